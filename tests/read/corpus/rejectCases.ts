/**
 * Corpus cases whose rows are set aside (DATA-CONTRACT.md, "What happens to bad input", second
 * row): a bad key or a duplicated one rejects the row, or every row of the duplicate, and the
 * rest of the file is read.
 */
import type { CorpusCase } from './corpusCase.js';

const KEY = '学校コード・学年・組・出席番号';

/** isus-seat-<name>.csv, whose line 4 has 出席番号 `seat`: rejected, the other rows kept. */
const isusSeat = (name: string, seat: string): CorpusCase => ({
  problem: `出席番号 ${seat === '' ? 'blank' : seat}`,
  standsFor: 'isus',
  input: `isus-seat-${name}.csv`,
  expect: {
    encoding: 'utf-8',
    rowsRead: 4,
    rowsAccepted: 3,
    rowsRejected: 1,
    warnings: 0,
    issues: [
      seat === '' ? ['R_REQUIRED_EMPTY', 4, '出席番号'] : ['R_SEAT_INVALID', 4, '出席番号', seat],
    ],
  },
});

export const REJECT_CASES: CorpusCase[] = [
  {
    problem: 'a 学校コード that schools.csv does not list',
    standsFor: 'zenkoku',
    input: 'zenkoku-unknown-school.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 4,
      rowsAccepted: 3,
      rowsRejected: 1,
      warnings: 0,
      issues: [['R_SCHOOL_UNKNOWN', 3, '学校コード', '1103']],
    },
  },
  {
    problem: '学年 7 at a 小 school',
    standsFor: 'fukushima',
    input: 'fukushima-grade-7-sho.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 3,
      rowsAccepted: 2,
      rowsRejected: 1,
      warnings: 0,
      issues: [['R_GRADE_OUT_OF_RANGE', 3, '学年', '7', { expected: '1–6' }]],
    },
  },
  {
    problem: '学年 4 at a 中 school',
    standsFor: 'fukushima',
    input: 'fukushima-grade-4-chu.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 3,
      rowsAccepted: 2,
      rowsRejected: 1,
      warnings: 0,
      issues: [['R_GRADE_OUT_OF_RANGE', 4, '学年', '4', { expected: '1–3' }]],
    },
  },
  isusSeat('0', '0'),
  isusSeat('negative', '-1'),
  isusSeat('decimal', '1.5'),
  isusSeat('blank', ''),
  {
    problem: 'an empty 組',
    standsFor: 'zenkoku',
    input: 'zenkoku-class-empty.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 4,
      rowsAccepted: 3,
      rowsRejected: 1,
      warnings: 0,
      issues: [['R_CLASS_EMPTY', 4, '組']],
    },
  },
  {
    problem: 'one key on three rows: every one of them is rejected',
    standsFor: 'zenkoku',
    input: 'zenkoku-duplicate-key.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 6,
      rowsAccepted: 3,
      rowsRejected: 3,
      warnings: 0,
      issues: [2, 4, 7].map((line) => [
        'R_KEY_DUPLICATE',
        line,
        KEY,
        '1101・6・1・1',
        { count: 3, detail: '2, 4, 7' },
      ]),
    },
  },
  {
    problem: 'one 児童生徒ID on two students',
    standsFor: 'fukushima',
    input: 'fukushima-duplicate-id.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 3,
      rowsAccepted: 1,
      rowsRejected: 2,
      warnings: 0,
      issues: [2, 3].map((line) => [
        'R_ID_DUPLICATE',
        line,
        '児童生徒ID',
        'S1001',
        { count: 2, detail: '2, 3' },
      ]),
    },
  },
  {
    problem: 'one key twice in the same 実施回 (once in another is fine)',
    standsFor: 'isus',
    input: 'isus-duplicate-key-round.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 5,
      rowsAccepted: 3,
      rowsRejected: 2,
      warnings: 0,
      issues: [3, 6].map((line) => [
        'R_KEY_ROUND_DUPLICATE',
        line,
        `${KEY}・実施回`,
        '1101・4・1・1・2',
        { count: 2, detail: '3, 6' },
      ]),
    },
  },
  {
    problem: 'an item listed twice in the 設問マスタ (01 and 1)',
    standsFor: 'zenkokuItems',
    input: 'zenkoku_items-duplicate-item.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 6,
      rowsAccepted: 4,
      rowsRejected: 2,
      warnings: 0,
      issues: [
        [
          'R_ROW_DUPLICATE',
          2,
          '校種・教科・設問番号',
          '小・国語・01',
          { count: 2, detail: '2, 7' },
        ],
        ['R_ROW_DUPLICATE', 7, '校種・教科・設問番号', '小・国語・1', { count: 2, detail: '2, 7' }],
      ],
    },
  },
  {
    problem: 'a comma inside an unquoted value gives the row one value too many',
    standsFor: 'schools',
    input: 'schools-unquoted-comma.csv',
    expect: {
      encoding: 'utf-8',
      rowsRead: 4,
      rowsAccepted: 3,
      rowsRejected: 1,
      warnings: 0,
      issues: [['R_FIELDS_EXTRA', 5, undefined, undefined, { count: 6, expected: '5' }]],
    },
  },
];
