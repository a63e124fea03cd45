/**
 * Corpus cases that are awkward but valid (DATA-CONTRACT.md, "Encoding and CSV dialect"): real
 * exports come like this and must read without a rejection. Where line counting is the point, the
 * file carries one planted warning whose line proves it.
 */
import type { CorpusCase, ReadOutcome } from './corpusCase.js';

/** A clean read of `rows` rows. */
const clean = (
  encoding: ReadOutcome['encoding'],
  rows: number,
  extra: Partial<ReadOutcome> = {},
): ReadOutcome => ({
  encoding,
  rowsRead: rows,
  rowsAccepted: rows,
  rowsRejected: 0,
  warnings: 0,
  issues: [],
  ...extra,
});

const key = (school: string, grade: number, className: string, seat: number) => ({
  key: { school, grade, class: className, seat },
});

/** The fixture's isus.csv rows, as read. */
const ISUS_ROWS = [
  { ...key('1101', 4, '1', 1), id: 'S1001', round: 1, answers: { Q01: 4, Q02: 3, Q03: 1 } },
  { ...key('1101', 4, '1', 1), id: 'S1001', round: 2, answers: { Q01: 3, Q02: 3, Q03: 2 } },
  { ...key('1101', 6, '1', 1), id: 'S0001', round: 1, answers: { Q01: 2, Q02: null, Q03: 4 } },
  { ...key('2101', 3, '1', 1), id: 'S0004', round: 1, answers: { Q01: 1, Q02: 2, Q03: 3 } },
];

/** The fixture's zenkoku.csv rows, as read. */
const ZENKOKU_ROWS = [
  {
    ...key('1101', 6, '1', 1),
    id: 'S0001',
    sex: 1,
    items: { 国語: { '01': 1, '02': 0 }, 算数: { '01': 1 }, 数学: { '01': null } },
    irt: { 理科: 512.5 },
    irtBand: { 理科: 3 },
    questions: { '01': 1, '02': null },
  },
  { ...key('1101', 6, '1', 2), id: 'S0002', items: { 算数: { '01': 9 } }, irt: { 理科: 488 } },
  { ...key('1102', 6, 'ひまわり', 1), id: 'S0003', questions: { '01': null } },
  {
    ...key('2101', 3, '1', 1),
    id: 'S0004',
    items: { 国語: { '01': 1, '02': null }, 数学: { '01': 0 } },
    irt: { 理科: 530 },
    questions: { '01': 3, '02': 5 },
  },
];

export const AWKWARD_CASES: CorpusCase[] = [
  {
    problem: 'full-width digits and letters in headers, keys and values (６年, ５１２．５)',
    standsFor: 'zenkoku',
    input: 'zenkoku-full-width.csv',
    expect: clean('utf-8', 4, { rows: ZENKOKU_ROWS }),
  },
  {
    problem: 'ASCII spaces and U+3000 around headers and cells',
    standsFor: 'isus',
    input: 'isus-spaces-around-cells.csv',
    expect: clean('utf-8', 4, { rows: ISUS_ROWS }),
  },
  {
    problem: 'byte-order marks in the middle of the file and at the end of a cell',
    standsFor: 'zenkoku',
    input: 'zenkoku-bom-mid-file.csv',
    expect: clean('utf-8-bom', 4, { rows: ZENKOKU_ROWS }),
  },
  {
    problem: 'CRLF, LF and a lone CR in one file, the last line unterminated (Q01 = 0 on line 5)',
    standsFor: 'isus',
    input: 'isus-mixed-crlf-lf.csv',
    expect: clean('utf-8', 4, {
      warnings: 1,
      issues: [['W_VALUE_OUT_OF_RANGE', 5, 'Q01', '0', { expected: '1–4' }]],
    }),
  },
  {
    problem: 'quoted fields with commas, doubled quotes and line breaks (bad address on line 6)',
    standsFor: 'schools',
    input: 'schools-quoted-commas-newlines.csv',
    expect: clean('utf-8', 3, {
      warnings: 1,
      issues: [
        ['W_VALUE_INVALID', 6, '送付先メール', 'kyoto@example', { expected: 'name@example.jp' }],
      ],
      rows: [
        { code: '1101', name: 'いわき市立平第一小学校\n本校, 分校', district: '平,\n中央' },
        { code: '1102', name: 'いわき市立小名浜小学校, "みなと"', district: '小名浜' },
        { code: '2101', emails: [] },
      ],
    }),
  },
  {
    problem: 'a trailing empty column (a comma at the end of every line)',
    standsFor: 'fukushima',
    input: 'fukushima-trailing-empty-column.csv',
    expect: clean('utf-8', 3),
  },
  {
    problem: 'blank and comma-only lines between rows (Q03 = 5 on line 10)',
    standsFor: 'isus',
    input: 'isus-blank-lines-between-rows.csv',
    expect: clean('utf-8', 4, {
      warnings: 1,
      issues: [['W_VALUE_OUT_OF_RANGE', 10, 'Q03', '5', { expected: '1–4' }]],
    }),
  },
  {
    problem: 'Shift_JIS with NEC and IBM extension characters (①, ㈱, 髙, 﨑) in school names',
    standsFor: 'schools',
    input: 'schools-shift-jis-nec-ibm.csv',
    expect: clean('shift_jis', 3, {
      // NFKC reads ① as 1 and ㈱ as (株); 髙 and 﨑 have no other form and stay.
      rows: [
        { code: '1101', name: 'いわき市立髙野1小学校' },
        { code: '1102', name: '(株)いわき学園 岩﨑小学校' },
        { code: '2101', name: 'いわき市立髙﨑中学校' },
      ],
    }),
  },
  {
    problem: 'Shift_JIS with CRLF, as Excel for Japanese Windows saves',
    standsFor: 'zenkoku',
    input: 'zenkoku-shift-jis-crlf.csv',
    expect: clean('shift_jis', 4, { rows: ZENKOKU_ROWS }),
  },
  {
    problem: 'UTF-8 with a byte-order mark and CRLF',
    standsFor: 'fukushima',
    input: 'fukushima-utf8-bom.csv',
    expect: clean('utf-8-bom', 3),
  },
  {
    problem: 'a DOS end-of-file mark (Ctrl-Z) after the last line',
    standsFor: 'isus',
    input: 'isus-dos-eof-mark.csv',
    expect: clean('utf-8', 4, { rows: ISUS_ROWS }),
  },
  {
    problem: 'a DOS end-of-file mark (Ctrl-Z) right after the last cell, in Shift_JIS',
    standsFor: 'zenkoku',
    input: 'zenkoku-dos-eof-mark-unterminated.csv',
    expect: clean('shift_jis', 4, { rows: ZENKOKU_ROWS }),
  },
  {
    problem: 'an export with extra columns outside the contract',
    standsFor: 'zenkoku',
    input: 'zenkoku-extra-columns.csv',
    expect: clean('utf-8', 4, {
      warnings: 2,
      issues: [
        ['W_COLUMN_UNKNOWN', 1, '学級担任'],
        ['W_COLUMN_UNKNOWN', 1, '備考'],
      ],
      rows: ZENKOKU_ROWS,
    }),
  },
  {
    problem: 'two misnamed required columns mapped by aliases',
    standsFor: 'zenkoku',
    input: 'zenkoku-misnamed-headers.csv',
    config: { aliases: { 学校番号: '学校コード', 出席番: '出席番号' } },
    expect: clean('utf-8', 4, { rows: ZENKOKU_ROWS }),
  },
  {
    problem: 'a second school-code column without an alias is ignored with a warning',
    standsFor: 'fukushima',
    input: 'fukushima-two-school-code-columns.csv',
    expect: clean('utf-8', 3, { warnings: 1, issues: [['W_COLUMN_UNKNOWN', 1, '学校番号']] }),
  },
  {
    problem: 'two exports joined: the second one’s BOM and header come back as a row',
    standsFor: 'zenkoku',
    input: 'zenkoku-joined-exports.csv',
    expect: {
      ...clean('utf-8-bom', 5, { rows: ZENKOKU_ROWS }),
      rowsAccepted: 4,
      rowsRejected: 1,
      issues: [['R_SCHOOL_UNKNOWN', 4, '学校コード', '学校コード']],
    },
  },
];
