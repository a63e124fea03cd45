/**
 * The shape of one case of the malformed-input corpus (tests/fixtures/corpus): which contract file
 * a corpus file stands in for, how it is configured, and exactly what reading it must give.
 */
import type { TextEncoding } from '../../../pipeline/read/chooseEncoding.js';
import type { FileSpec } from '../../../pipeline/shared/config.js';
import type { MessageCode, MessageParams } from '../../../pipeline/shared/messages.js';
import type { FileId } from '../../../pipeline/shared/types.js';

/**
 * What takes the place of the fixture city's file: a file of tests/fixtures/corpus; `missing`
 * (no file at all); `directory` (a folder of that name); or `fixture` (the fixture's own file,
 * for cases whose problem is in the configuration).
 */
export type CorpusInput = `${string}.csv` | 'missing' | 'directory' | 'fixture';

/**
 * One issue of the stood-in file: code, line, column and value, then any other details of the
 * message (expected, count, detail). `<input>` in a detail stands for the temporary input folder.
 */
export type ExpectedIssue = [
  code: MessageCode,
  line: number,
  column?: string,
  value?: string,
  details?: Pick<MessageParams, 'expected' | 'count' | 'detail'>,
];

/** A fatal problem: the code, and every detail of the message besides the file. */
export interface FatalOutcome {
  fatal: MessageCode;
  params?: Omit<MessageParams, 'file'>;
}

/** A file that is read: its report, every issue of the run, and optionally its rows. */
export interface ReadOutcome {
  encoding: TextEncoding;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  warnings: number;
  /** Every issue of the whole run, in order; all belong to the stood-in file. */
  issues: ExpectedIssue[];
  /** The accepted rows of the stood-in file, each matched as a subset, when values matter. */
  rows?: unknown[];
}

/** One case: a problem, the file it concerns, its input and configuration, and the outcome. */
export interface CorpusCase {
  problem: string;
  standsFor: FileId;
  input: CorpusInput;
  /** The stood-in file's settings, over the defaults (`auto`, no aliases). */
  config?: Partial<Pick<FileSpec, 'encoding' | 'aliases'>>;
  expect: FatalOutcome | ReadOutcome;
}

/** Whether a case stops the run. */
export const isFatal = (outcome: CorpusCase['expect']): outcome is FatalOutcome =>
  'fatal' in outcome;
