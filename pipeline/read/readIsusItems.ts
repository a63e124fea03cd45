/** isus_items.csv (I-SUS 項目マスタ): one row per item, with its scale and reversal. */
import type { IsusItem } from '../shared/types.js';
import { canonicalItemNo, parseFlag } from './parseValue.js';
import type { TableSpec } from './readTable.js';
import { accept, cellOf, reject } from './rowProblem.js';

const ITEM_NO = /^Q\d+$/;

/**
 * How to read isus_items.csv. 項目番号 must be `Q<番号>` (`q01` and `Ｑ０１` read as `Q01`);
 * 項目内容 and 尺度 must be filled; 逆転 other than 1, 0 or blank becomes `false` with a warning.
 */
export const isusItemsTable: TableSpec<IsusItem> = {
  id: 'isusItems',
  required: ['項目番号', '項目内容', '尺度', '逆転'],
  bind(header) {
    const itemNo = header.required('項目番号');
    const text = header.required('項目内容');
    const scale = header.required('尺度');
    const reversed = header.required('逆転');
    return (input) => {
      for (const column of [itemNo, text, scale]) {
        if (cellOf(input, column) === '') {
          return reject({ code: 'R_REQUIRED_EMPTY', column: column.header });
        }
      }
      const itemCell = cellOf(input, itemNo).toUpperCase();
      if (!ITEM_NO.test(itemCell)) {
        return reject({
          code: 'R_VALUE_INVALID',
          column: itemNo.header,
          value: cellOf(input, itemNo),
          expected: 'Q01',
        });
      }
      const reversedCell = cellOf(input, reversed);
      let isReversed = parseFlag(reversedCell);
      if (isReversed === null) {
        input.warn({
          code: 'W_VALUE_INVALID',
          column: reversed.header,
          value: reversedCell,
          expected: '1, 0',
        });
        isReversed = false;
      }
      return accept({
        itemNo: itemCell,
        text: cellOf(input, text),
        scale: cellOf(input, scale),
        reversed: isReversed,
      });
    };
  },
  unique: [
    {
      keyOf: (item) => canonicalItemNo(item.itemNo),
      problem: (item, lines, count) => ({
        code: 'R_ROW_DUPLICATE',
        column: '項目番号',
        value: item.itemNo,
        count,
        detail: lines,
      }),
    },
  ],
};
