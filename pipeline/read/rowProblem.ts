/** The shapes a row reader returns: a row, or the reason it is rejected. */
import type { Issue } from '../shared/issues.js';

/** An issue before the table reader adds the file, the line and the severity. */
export type Problem = Omit<Issue, 'severity' | 'file' | 'line'>;

/** A row parser's verdict on one row. */
export type RowOutcome<T> = { row: T } | { reject: Problem };

/** What a row parser is given: the row's normalised cells, its line, and a way to warn. */
export interface RowInput {
  cells: readonly string[];
  line: number;
  /** Records a value problem (severity `warning`) at this row's line. */
  warn(problem: Problem): void;
}

/** The normalised cell of a column, `''` when the file lacks the column or the row is short. */
export function cellOf(input: RowInput, column: { index: number } | undefined): string {
  return column ? (input.cells[column.index] ?? '') : '';
}

/** A row the parser keeps. */
export const accept = <T>(row: T): RowOutcome<T> => ({ row });
/** The reason the parser sets a row aside (severity `reject`). */
export const reject = <T>(problem: Problem): RowOutcome<T> => ({ reject: problem });
