/** zenkoku_questions.csv (質問紙マスタ): one row per question of the student questionnaire. */
import type { ZenkokuQuestion } from '../shared/types.js';
import { canonicalItemNo, parseFlag, parseInteger } from './parseValue.js';
import type { TableSpec } from './readTable.js';
import { readSchoolTypeCell } from './readSchoolTypeCell.js';
import { accept, cellOf, reject } from './rowProblem.js';

type Choice = ZenkokuQuestion['choices'][number];

/**
 * `1:当てはまる;2:…` as choices, or `null` when a part is not `code:label` with a whole-number
 * code of 1 or more, when a code repeats, or when there is no choice at all.
 */
export function parseChoices(cell: string): Choice[] | null {
  const choices: Choice[] = [];
  for (const part of cell.split(';')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    const code = colon > 0 ? parseInteger(part.slice(0, colon).trim()) : null;
    const label = part.slice(colon + 1).trim();
    if (code === null || code < 1 || label === '' || choices.some((c) => c.code === code)) {
      return null;
    }
    choices.push({ code, label });
  }
  return choices.length > 0 ? choices : null;
}

/** `1;2` as codes, or `null` when a part is not one of the choices' codes. */
export function parseCodeList(cell: string, choices: readonly Choice[]): number[] | null {
  const codes: number[] = [];
  for (const part of cell.split(';')) {
    if (part.trim() === '') continue;
    const code = parseInteger(part.trim());
    if (code === null || !choices.some((c) => c.code === code)) return null;
    codes.push(code);
  }
  return codes;
}

/**
 * How to read zenkoku_questions.csv. A row without 校種, 質問番号, 質問文 or readable 選択肢 is
 * rejected; an unreadable 肯定的回答 becomes `[]` and an unreadable 要因分析 `false`, with a warning.
 */
export const zenkokuQuestionsTable: TableSpec<ZenkokuQuestion> = {
  id: 'zenkokuQuestions',
  required: ['校種', '質問番号', '質問文', '分類', '選択肢', '肯定的回答', '要因分析'],
  bind(header) {
    const type = header.required('校種');
    const questionNo = header.required('質問番号');
    const text = header.required('質問文');
    const category = header.required('分類');
    const choicesColumn = header.required('選択肢');
    const positive = header.required('肯定的回答');
    const factor = header.required('要因分析');
    return (input) => {
      const schoolType = readSchoolTypeCell(input, type);
      if ('reject' in schoolType) return schoolType;
      for (const column of [questionNo, text, choicesColumn]) {
        if (cellOf(input, column) === '') {
          return reject({ code: 'R_REQUIRED_EMPTY', column: column.header });
        }
      }
      const choicesCell = cellOf(input, choicesColumn);
      const choices = parseChoices(choicesCell);
      if (!choices) {
        return reject({
          code: 'R_VALUE_INVALID',
          column: choicesColumn.header,
          value: choicesCell,
          expected: '1:…;2:…',
        });
      }
      const positiveCell = cellOf(input, positive);
      let positiveCodes = parseCodeList(positiveCell, choices);
      if (!positiveCodes) {
        const codes = choices.map((c) => c.code).join(';');
        input.warn({
          code: 'W_VALUE_INVALID',
          column: positive.header,
          value: positiveCell,
          expected: codes,
        });
        positiveCodes = [];
      }
      const factorCell = cellOf(input, factor);
      let isFactor = parseFlag(factorCell);
      if (isFactor === null) {
        input.warn({
          code: 'W_VALUE_INVALID',
          column: factor.header,
          value: factorCell,
          expected: '1, 0',
        });
        isFactor = false;
      }
      return accept({
        schoolType: schoolType.row,
        questionNo: cellOf(input, questionNo),
        text: cellOf(input, text),
        category: cellOf(input, category),
        choices,
        positive: positiveCodes,
        factor: isFactor,
      });
    };
  },
  unique: [
    {
      keyOf: (q) => `${q.schoolType}\u0000${canonicalItemNo(q.questionNo)}`,
      problem: (q, lines, count) => ({
        code: 'R_ROW_DUPLICATE',
        column: '校種・質問番号',
        value: `${q.schoolType}・${q.questionNo}`,
        count,
        detail: lines,
      }),
    },
  ],
};
