/**
 * Corpus cases that stop the run (DATA-CONTRACT.md, "What happens to bad input", first row): a
 * required file missing, unreadable, empty, header only, not CSV, in an unknown encoding, or
 * without a required column; and the CSV and header faults that are fatal for the same reason.
 */
import type { CorpusCase } from './corpusCase.js';

const ZENKOKU_HEADERS =
  '国語_01, 国語_02, 算数_01, 数学_01, 理科_IRT, 理科_IRTバンド, 質問01, 質問02';

export const FATAL_CASES: CorpusCase[] = [
  {
    problem: 'a required file is missing',
    standsFor: 'zenkoku',
    input: 'missing',
    expect: { fatal: 'E_FILE_MISSING' },
  },
  {
    problem: 'a folder stands where a required file should be',
    standsFor: 'isus',
    input: 'directory',
    expect: { fatal: 'E_FILE_UNREADABLE', params: { detail: 'EISDIR' } },
  },
  {
    problem: 'the file has no bytes',
    standsFor: 'zenkoku',
    input: 'zenkoku-empty.csv',
    expect: { fatal: 'E_FILE_EMPTY' },
  },
  {
    problem: 'the file has only blank lines (CRLF, spaces, U+3000, bare commas)',
    standsFor: 'fukushima',
    input: 'fukushima-blank-lines-only.csv',
    expect: { fatal: 'E_FILE_EMPTY' },
  },
  {
    problem: 'the file has a header and no rows',
    standsFor: 'isus',
    input: 'isus-header-only.csv',
    expect: { fatal: 'E_FILE_HEADER_ONLY' },
  },
  {
    problem: 'a workbook (.xlsx) renamed to .csv',
    standsFor: 'zenkoku',
    input: 'zenkoku-renamed-xlsx.csv',
    expect: { fatal: 'E_FILE_NOT_CSV', params: { detail: '.xlsx / ZIP' } },
  },
  {
    problem: 'a PDF renamed to .csv',
    standsFor: 'schools',
    input: 'schools-renamed-pdf.csv',
    expect: { fatal: 'E_FILE_NOT_CSV', params: { detail: 'PDF' } },
  },
  {
    problem: 'a web system’s error page saved in place of its export',
    standsFor: 'zenkoku',
    input: 'zenkoku-html-error-page.csv',
    expect: { fatal: 'E_FILE_NOT_CSV', params: { detail: 'HTML' } },
  },
  {
    problem: 'Excel’s “XML Spreadsheet 2003” renamed to .csv',
    standsFor: 'schools',
    input: 'schools-xml-spreadsheet-2003.csv',
    expect: { fatal: 'E_FILE_NOT_CSV', params: { detail: 'XML' } },
  },
  {
    problem: 'tab-separated text (Excel’s “Text (Tab delimited)”) renamed to .csv',
    standsFor: 'isus',
    input: 'isus-tab-separated.csv',
    expect: { fatal: 'E_FILE_NOT_CSV', params: { detail: 'tab-separated / タブ区切り' } },
  },
  {
    problem: 'UTF-16LE with a byte-order mark (Excel’s “Unicode text”)',
    standsFor: 'schools',
    input: 'schools-utf16le.csv',
    expect: { fatal: 'E_ENCODING_UNKNOWN', params: { detail: 'UTF-16LE' } },
  },
  {
    problem: 'UTF-16LE without a byte-order mark',
    standsFor: 'isus',
    input: 'isus-utf16le-no-bom.csv',
    expect: { fatal: 'E_ENCODING_UNKNOWN', params: { detail: 'UTF-16LE' } },
  },
  {
    problem: 'UTF-16BE without a byte-order mark',
    standsFor: 'zenkoku',
    input: 'zenkoku-utf16be-no-bom.csv',
    expect: { fatal: 'E_ENCODING_UNKNOWN', params: { detail: 'UTF-16BE' } },
  },
  {
    problem: 'EUC-JP',
    standsFor: 'fukushima',
    input: 'fukushima-euc-jp.csv',
    expect: { fatal: 'E_ENCODING_UNKNOWN', params: { detail: 'EUC-JP' } },
  },
  {
    problem: 'ISO-2022-JP (JIS, as some mail tools save)',
    standsFor: 'schools',
    input: 'schools-iso-2022-jp.csv',
    expect: { fatal: 'E_ENCODING_UNKNOWN', params: { detail: 'ISO-2022-JP' } },
  },
  {
    problem: 'a Shift_JIS file with the encoding forced to UTF-8',
    standsFor: 'zenkoku',
    input: 'zenkoku-shift-jis-crlf.csv',
    config: { encoding: 'utf-8' },
    expect: { fatal: 'E_ENCODING_MISMATCH', params: { expected: 'UTF-8', detail: 'Shift_JIS' } },
  },
  {
    problem: 'a UTF-8 file with the encoding forced to Shift_JIS',
    standsFor: 'isus',
    input: 'fixture',
    config: { encoding: 'shift_jis' },
    expect: { fatal: 'E_ENCODING_MISMATCH', params: { expected: 'Shift_JIS', detail: 'UTF-8' } },
  },
  {
    problem: 'a required column is missing',
    standsFor: 'zenkoku',
    input: 'zenkoku-no-seat-column.csv',
    expect: {
      fatal: 'E_COLUMN_MISSING',
      params: {
        column: '出席番号',
        found: `学校コード, 学年, 組, 児童生徒ID, 性別, ${ZENKOKU_HEADERS}`,
      },
    },
  },
  {
    problem: 'a required column is missing, and an alias names a header the file lacks',
    standsFor: 'zenkoku',
    input: 'zenkoku-no-seat-column.csv',
    config: { aliases: { 出席番: '出席番号' } },
    expect: {
      fatal: 'E_COLUMN_MISSING',
      params: {
        column: '出席番号',
        found: `学校コード, 学年, 組, 児童生徒ID, 性別, ${ZENKOKU_HEADERS}`,
      },
    },
  },
  {
    problem: 'two required columns are misnamed, and no alias maps them',
    standsFor: 'zenkoku',
    input: 'zenkoku-misnamed-headers.csv',
    expect: {
      fatal: 'E_COLUMN_MISSING',
      params: {
        column: '学校コード, 出席番号',
        found: `学校番号, 学年, 組, 出席番, 児童生徒ID, 性別, ${ZENKOKU_HEADERS}`,
      },
    },
  },
  {
    problem: 'an alias maps a second column onto 学校コード',
    standsFor: 'fukushima',
    input: 'fukushima-two-school-code-columns.csv',
    config: { aliases: { 学校番号: '学校コード' } },
    expect: { fatal: 'E_COLUMN_DUPLICATE', params: { column: '学校コード', detail: '1, 6' } },
  },
  {
    problem: 'a quote that is never closed',
    standsFor: 'schools',
    input: 'schools-open-quote.csv',
    expect: { fatal: 'E_CSV_QUOTE', params: { line: 3 } },
  },
];
