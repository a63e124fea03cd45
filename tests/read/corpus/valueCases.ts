/**
 * Corpus cases with one bad value in an otherwise good row (DATA-CONTRACT.md, "What happens to bad
 * input", third row): the value reads as missing with a warning, and the row is kept.
 */
import type { CorpusCase, ExpectedIssue } from './corpusCase.js';

const LEVEL_FORM = 'N-X (N = 1–12, X = A/B/C)';

/** A file of `rows` rows, all kept, with the one warning `issue`. */
const oneWarning = (
  problem: string,
  standsFor: CorpusCase['standsFor'],
  input: CorpusCase['input'],
  rows: number,
  issue: ExpectedIssue,
): CorpusCase => ({
  problem,
  standsFor,
  input,
  expect: {
    encoding: 'utf-8',
    rowsRead: rows,
    rowsAccepted: rows,
    rowsRejected: 0,
    warnings: 1,
    issues: [issue],
  },
});

export const VALUE_CASES: CorpusCase[] = [
  oneWarning('an item code of 7', 'zenkoku', 'zenkoku-item-code-7.csv', 4, [
    'W_VALUE_INVALID',
    3,
    '国語_01',
    '7',
    { expected: '1, 0, 9' },
  ]),
  oneWarning(
    'an answer outside the master’s codes',
    'zenkoku',
    'zenkoku-answer-not-in-master.csv',
    4,
    ['W_VALUE_INVALID', 2, '質問01', '5', { expected: '1, 2, 3, 4' }],
  ),
  oneWarning(
    'an answer to a question the master lists only for the other 校種',
    'zenkoku',
    'zenkoku-answer-no-question.csv',
    4,
    ['W_ANSWER_NO_QUESTION', 3, '質問02', '1', { detail: '小' }],
  ),
  oneWarning('an IRT score of 1200', 'zenkoku', 'zenkoku-irt-out-of-range.csv', 4, [
    'W_VALUE_OUT_OF_RANGE',
    3,
    '理科_IRT',
    '1200',
    { expected: '0–1000' },
  ]),
  oneWarning(
    'an item column the 設問マスタ lacks',
    'zenkoku',
    'zenkoku-item-not-in-master.csv',
    4,
    ['W_COLUMN_NOT_IN_MASTER', 1, '国語_03', undefined, { detail: '<input>/zenkoku_items.csv' }],
  ),
  oneWarning('a level label 13-D', 'fukushima', 'fukushima-level-13-D.csv', 3, [
    'W_VALUE_INVALID',
    3,
    '国語_学力レベル',
    '13-D',
    { expected: LEVEL_FORM },
  ]),
  oneWarning('a malformed level label B-6', 'fukushima', 'fukushima-level-malformed.csv', 3, [
    'W_VALUE_INVALID',
    2,
    '算数_学力レベル',
    'B-6',
    { expected: LEVEL_FORM },
  ]),
  oneWarning('a scale score of 5.2', 'fukushima', 'fukushima-scale-5.2.csv', 3, [
    'W_VALUE_OUT_OF_RANGE',
    4,
    '自制心',
    '5.2',
    { expected: '1.00–4.00' },
  ]),
  oneWarning('a 正答率 of 104.5', 'fukushima', 'fukushima-rate-over-100.csv', 3, [
    'W_VALUE_OUT_OF_RANGE',
    3,
    '国語_正答率',
    '104.5',
    { expected: '0–100' },
  ]),
  oneWarning('an I-SUS answer of 5', 'isus', 'isus-answer-5.csv', 4, [
    'W_VALUE_OUT_OF_RANGE',
    5,
    'Q02',
    '5',
    { expected: '1–4' },
  ]),
];
