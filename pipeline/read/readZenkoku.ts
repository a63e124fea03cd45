/** zenkoku.csv (全国学力・学習状況調査): one row per student of 小6 and 中3. */
import type { ItemCode, School, ZenkokuRow } from '../shared/types.js';
import { parseInteger } from './parseValue.js';
import type { TableSpec } from './readTable.js';
import { RANGES, readCode, readNumber } from './readValue.js';
import { accept, cellOf, type RowInput } from './rowProblem.js';
import { bindKeyColumns, KEY_COLUMNS, parseStudentKey, studentUniqueRules } from './studentKey.js';
import { bindZenkokuColumns, type QuestionColumn, type ZenkokuMasters } from './zenkokuColumns.js';

const ITEM_CODES = new Map<string, ItemCode>([
  ['1', 1],
  ['0', 0],
  ['9', 9],
]);
const SEXES = new Map<string, 1 | 2>([
  ['1', 1],
  ['2', 2],
]);

/**
 * How to read zenkoku.csv, given schools.csv and both masters. Rows with a bad key are rejected;
 * an item code other than 1/0/9, an IRT score outside 0–1000, a band outside 1–5, a 性別 other
 * than 1/2 or an answer not among the question's choices becomes missing with a warning.
 * Answers 9 and blank are 無回答 and read as missing without a warning.
 */
export function zenkokuTable(
  schools: ReadonlyMap<string, School>,
  masters: ZenkokuMasters,
): TableSpec<ZenkokuRow> {
  return {
    id: 'zenkoku',
    required: KEY_COLUMNS,
    bind(header, warnHeader) {
      const key = bindKeyColumns(header);
      const sex = header.column('性別');
      const columns = bindZenkokuColumns(header, masters, warnHeader);
      return (input) => {
        const parsed = parseStudentKey(input, key, schools);
        if ('reject' in parsed) return parsed;
        const sexValue = readCode(input, sex, SEXES, '1, 2');
        const items: ZenkokuRow['items'] = {};
        for (const { subject, items: itemColumns } of columns.subjects) {
          const codes: Record<string, ItemCode | null> = {};
          for (const column of itemColumns) {
            codes[column.itemNo] = readCode(input, column, ITEM_CODES, '1, 0, 9');
          }
          items[subject] = codes;
        }
        const irt: ZenkokuRow['irt'] = {};
        for (const column of columns.irt)
          irt[column.subject] = readNumber(input, column, RANGES.irt);
        const irtBand: ZenkokuRow['irtBand'] = {};
        for (const column of columns.irtBand) {
          irtBand[column.subject] = readNumber(input, column, RANGES.irtBand);
        }
        const questions: ZenkokuRow['questions'] = {};
        for (const column of columns.questions) {
          questions[column.questionNo] = readAnswer(input, column, parsed.schoolType);
        }
        return accept({
          key: parsed.key,
          line: input.line,
          id: parsed.id,
          sex: sexValue,
          items,
          irt,
          irtBand,
          questions,
        });
      };
    },
    unique: studentUniqueRules(),
  };
}

/** A questionnaire answer: 9 and blank are 無回答; otherwise one of the choices for the 校種. */
function readAnswer(input: RowInput, column: QuestionColumn, schoolType: School['type']) {
  const cell = cellOf(input, column);
  if (cell === '' || cell === '9') return null;
  const choices = column.choices.get(schoolType);
  if (!choices) {
    input.warn({
      code: 'W_ANSWER_NO_QUESTION',
      column: column.header,
      value: cell,
      detail: schoolType,
    });
    return null;
  }
  const code = parseInteger(cell);
  if (code !== null && choices.has(code)) return code;
  input.warn({
    code: 'W_VALUE_INVALID',
    column: column.header,
    value: cell,
    expected: [...choices].join(', '),
  });
  return null;
}
