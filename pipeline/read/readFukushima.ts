/** fukushima.csv (ふくしま学力調査): one row per student of 小4〜中2. */
import type { FukushimaRow, School } from '../shared/types.js';
import type { Column } from './header.js';
import { normalizeCell } from './normalizeCell.js';
import { parseLevelStep } from './parseValue.js';
import type { TableSpec } from './readTable.js';
import { RANGES, readNumber } from './readValue.js';
import { accept, cellOf, type RowInput } from './rowProblem.js';
import { bindKeyColumns, KEY_COLUMNS, parseStudentKey, studentUniqueRules } from './studentKey.js';

const LEVEL = /^(.+)_学力レベル$/;
const LEVEL_LABEL = 'N-X (N = 1–12, X = A/B/C)';

/**
 * How to read fukushima.csv. Subjects are the `<教科>_学力レベル` columns, each with optional
 * `<教科>_前年度学力レベル` and `<教科>_正答率`; `scaleNames` are the questionnaire scale columns
 * of the configuration, and one the file lacks is left out with a warning. A level label not of the
 * form N-X, a 正答率 outside 0–100 or a scale score outside 1.00–4.00 becomes missing with a warning.
 */
export function fukushimaTable(
  schools: ReadonlyMap<string, School>,
  scaleNames: readonly string[],
): TableSpec<FukushimaRow> {
  return {
    id: 'fukushima',
    required: KEY_COLUMNS,
    bind(header, warnHeader) {
      const key = bindKeyColumns(header);
      const subjects = header
        .columnsWhere((name) => LEVEL.test(name))
        .map((level) => {
          const subject = LEVEL.exec(level.name)![1]!;
          return {
            subject,
            level,
            previous: header.column(`${subject}_前年度学力レベル`),
            rate: header.column(`${subject}_正答率`),
          };
        });
      const scales: { name: string; column: Column }[] = [];
      for (const name of new Set(scaleNames.map(normalizeCell))) {
        const column = header.column(name);
        if (column) scales.push({ name, column });
        else warnHeader({ code: 'W_COLUMN_ABSENT', column: name });
      }
      return (input) => {
        const parsed = parseStudentKey(input, key, schools);
        if ('reject' in parsed) return parsed;
        const rowSubjects: FukushimaRow['subjects'] = {};
        for (const { subject, level, previous, rate } of subjects) {
          rowSubjects[subject] = {
            step: readLevel(input, level),
            prevStep: readLevel(input, previous),
            rate: readNumber(input, rate, RANGES.rate),
          };
        }
        const rowScales: FukushimaRow['scales'] = {};
        for (const { name, column } of scales) {
          rowScales[name] = readNumber(input, column, RANGES.scale);
        }
        return accept({
          key: parsed.key,
          line: input.line,
          id: parsed.id,
          subjects: rowSubjects,
          scales: rowScales,
        });
      };
    },
    unique: studentUniqueRules(),
  };
}

/** A level label as its step on the 36-step scale; blank is missing, a bad label warns. */
function readLevel(input: RowInput, column: Column | undefined): number | null {
  const cell = cellOf(input, column);
  if (cell === '' || !column) return null;
  const step = parseLevelStep(cell);
  if (step === null) {
    input.warn({
      code: 'W_VALUE_INVALID',
      column: column.header,
      value: cell,
      expected: LEVEL_LABEL,
    });
  }
  return step;
}
