/** isus.csv (I-SUS): one row per student of 小4〜中3 and round (実施回). */
import type { IsusItem, IsusRow, School } from '../shared/types.js';
import { canonicalItemNo } from './parseValue.js';
import type { TableSpec } from './readTable.js';
import { RANGES, readNumber } from './readValue.js';
import { accept, cellOf } from './rowProblem.js';
import { bindKeyColumns, KEY_COLUMNS, parseStudentKey, studentUniqueRules } from './studentKey.js';

const ITEM_COLUMN = /^Q\d+$/i;

/**
 * How to read isus.csv, given schools.csv and the item master (named `itemsFile` in warnings).
 * `Q<番号>` columns are the items the master lists; others are ignored with a warning. An answer
 * outside 1–4 becomes missing with a warning; 実施回 blank reads as 1, and anything but 1 or 2
 * reads as 1 with a warning. Key and 児童生徒ID must be unique per round.
 */
export function isusTable(
  schools: ReadonlyMap<string, School>,
  items: readonly IsusItem[],
  itemsFile: string,
): TableSpec<IsusRow> {
  const itemNos = new Map(items.map((item) => [canonicalItemNo(item.itemNo), item.itemNo]));
  return {
    id: 'isus',
    required: KEY_COLUMNS,
    bind(header, warnHeader) {
      const key = bindKeyColumns(header);
      const round = header.column('実施回');
      const answers = header
        .columnsWhere((name) => ITEM_COLUMN.test(name))
        .flatMap((column) => {
          const itemNo = itemNos.get(canonicalItemNo(column.name));
          if (itemNo !== undefined) return [{ ...column, itemNo }];
          warnHeader({ code: 'W_COLUMN_NOT_IN_MASTER', column: column.header, detail: itemsFile });
          return [];
        });
      return (input) => {
        const parsed = parseStudentKey(input, key, schools);
        if ('reject' in parsed) return parsed;
        const roundCell = cellOf(input, round);
        // An unreadable round is read as the default rather than setting the row aside: the row's
        // answers are still good, and a clash with the real round-1 row is caught as a duplicate.
        let roundValue = 1;
        if (roundCell === '2') roundValue = 2;
        else if (roundCell !== '' && roundCell !== '1') {
          input.warn({ code: 'W_ROUND_INVALID', column: round?.header, value: roundCell });
        }
        const rowAnswers: IsusRow['answers'] = {};
        for (const column of answers) {
          rowAnswers[column.itemNo] = readNumber(input, column, RANGES.isusAnswer);
        }
        return accept({
          key: parsed.key,
          line: input.line,
          id: parsed.id,
          round: roundValue,
          answers: rowAnswers,
        });
      };
    },
    unique: studentUniqueRules((row) => row.round),
  };
}
