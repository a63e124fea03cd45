/**
 * The eight files of the data contract and how each is written: encoding, byte-order mark and
 * line ends are mixed on purpose, as the real exports are (Excel on Windows saves Shift_JIS with
 * CRLF; the survey vendors' systems give UTF-8, some with a BOM, some with LF).
 */

/** How a CSV file is encoded on disk. */
export interface CsvDialect {
  /** `cp932` is Shift_JIS as Windows writes it, including the NEC and IBM extensions (髙, 﨑). */
  encoding: 'utf-8' | 'cp932';
  /** Write a UTF-8 byte-order mark first (UTF-8 only). */
  bom: boolean;
  eol: '\r\n' | '\n';
}

/** Logical names of the generated files, as `FileId` in pipeline/shared/types.ts. */
export type GeneratedFile =
  | 'schools'
  | 'zenkoku'
  | 'zenkokuItems'
  | 'zenkokuQuestions'
  | 'fukushima'
  | 'isus'
  | 'isusItems'
  | 'benchmarks';

/** File name and dialect of each generated file. */
export const FILES: Record<GeneratedFile, { name: string; dialect: CsvDialect }> = {
  schools: { name: 'schools.csv', dialect: { encoding: 'cp932', bom: false, eol: '\r\n' } },
  zenkoku: { name: 'zenkoku.csv', dialect: { encoding: 'cp932', bom: false, eol: '\r\n' } },
  zenkokuItems: {
    name: 'zenkoku_items.csv',
    dialect: { encoding: 'utf-8', bom: false, eol: '\n' },
  },
  zenkokuQuestions: {
    name: 'zenkoku_questions.csv',
    dialect: { encoding: 'utf-8', bom: false, eol: '\r\n' },
  },
  fukushima: { name: 'fukushima.csv', dialect: { encoding: 'utf-8', bom: true, eol: '\r\n' } },
  isus: { name: 'isus.csv', dialect: { encoding: 'utf-8', bom: false, eol: '\n' } },
  isusItems: { name: 'isus_items.csv', dialect: { encoding: 'utf-8', bom: true, eol: '\n' } },
  benchmarks: { name: 'benchmarks.csv', dialect: { encoding: 'utf-8', bom: false, eol: '\r\n' } },
};
