/** zenkoku_items.csv (設問マスタ): one row per item of the national test. */
import type { ZenkokuItem } from '../shared/types.js';
import { canonicalItemNo } from './parseValue.js';
import type { TableSpec } from './readTable.js';
import { RANGES, readNumber } from './readValue.js';
import { accept, cellOf, reject } from './rowProblem.js';
import { readSchoolTypeCell } from './readSchoolTypeCell.js';

/**
 * How to read zenkoku_items.csv. 校種, 教科 and 設問番号 must be filled (else the row is
 * rejected); 領域, 観点 and 問題形式 may be blank; the published rates are optional, 0–100.
 */
export const zenkokuItemsTable: TableSpec<ZenkokuItem> = {
  id: 'zenkokuItems',
  required: ['校種', '教科', '設問番号', '領域', '観点', '問題形式'],
  bind(header) {
    const type = header.required('校種');
    const subject = header.required('教科');
    const itemNo = header.required('設問番号');
    const domain = header.required('領域');
    const viewpoint = header.required('観点');
    const format = header.required('問題形式');
    const national = header.column('全国正答率');
    const prefecture = header.column('福島県正答率');
    return (input) => {
      const schoolType = readSchoolTypeCell(input, type);
      if ('reject' in schoolType) return schoolType;
      for (const column of [subject, itemNo]) {
        if (cellOf(input, column) === '') {
          return reject({ code: 'R_REQUIRED_EMPTY', column: column.header });
        }
      }
      return accept({
        schoolType: schoolType.row,
        subject: cellOf(input, subject),
        itemNo: cellOf(input, itemNo),
        domain: cellOf(input, domain),
        viewpoint: cellOf(input, viewpoint),
        format: cellOf(input, format),
        nationalRate: readNumber(input, national, RANGES.rate),
        prefectureRate: readNumber(input, prefecture, RANGES.rate),
      });
    };
  },
  unique: [
    {
      keyOf: (item) => [item.schoolType, item.subject, canonicalItemNo(item.itemNo)].join('\u0000'),
      problem: (item, lines, count) => ({
        code: 'R_ROW_DUPLICATE',
        column: '校種・教科・設問番号',
        value: `${item.schoolType}・${item.subject}・${item.itemNo}`,
        count,
        detail: lines,
      }),
    },
  ],
};
