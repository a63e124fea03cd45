/**
 * Reading one CSV file of the contract into typed rows: detect the encoding, stream the rows, match
 * the header, parse each row with the file's own parser, then reject duplicates. Fatal problems
 * throw; rejected rows and missing values go to the IssueLog in line order; the report accounts
 * for every row (read = accepted + rejected).
 */
import type { FileSpec } from '../shared/config.js';
import type { Issue, IssueLog, Severity } from '../shared/issues.js';
import { KarteError } from '../shared/issues.js';
import type { FileId } from '../shared/types.js';
import { chooseEncoding } from './chooseEncoding.js';
import { detachString } from './detachString.js';
import type { FileReport } from './fileReport.js';
import { findDuplicates, type UniqueRule } from './findDuplicates.js';
import { Header } from './header.js';
import { profileFile } from './profileBytes.js';
import type { Problem, RowInput, RowOutcome } from './rowProblem.js';
import { streamCsvRows } from './streamCsvRows.js';

/** How to read one kind of file. */
export interface TableSpec<T> {
  id: FileId;
  /** Contract columns that must be in the header (after aliases). */
  required: readonly string[];
  /**
   * Called once with the header; returns the parser for each data row. It asks the header for the
   * columns it reads (the others are reported as unknown) and may warn about the header itself.
   */
  bind(header: Header, warnHeader: (problem: Problem) => void): (input: RowInput) => RowOutcome<T>;
  /** Uniqueness rules checked once every row is read; default none. */
  unique?: readonly UniqueRule<T>[];
  /** A header with no rows is a valid, empty file (not E_FILE_HEADER_ONLY); default false. */
  allowNoRows?: boolean;
}

/** Where a file is: `path` as reported, `resolved` to open, and its configuration. */
export interface TableSource {
  id: FileId;
  path: string;
  resolved: string;
  spec: Pick<FileSpec, 'encoding' | 'aliases'>;
}

/** The accepted rows of a file and its report. */
export interface TableRead<T> {
  rows: T[];
  report: FileReport;
}

/**
 * Reads a file. Throws KarteError for fatal problems: E_FILE_UNREADABLE, E_FILE_NOT_CSV,
 * E_ENCODING_*, E_CSV_QUOTE, E_COLUMN_MISSING, E_COLUMN_DUPLICATE, E_FILE_EMPTY (no non-blank
 * line) and E_FILE_HEADER_ONLY (unless the table allows no rows).
 */
export async function readTable<T>(
  source: TableSource,
  table: TableSpec<T>,
  log: IssueLog,
): Promise<TableRead<T>> {
  const file = source.path;
  const encoding = chooseEncoding(
    await profileFile(source.resolved, file),
    source.spec.encoding,
    file,
  );
  const issues: Issue[] = [];
  const candidates: T[] = [];
  const lines: number[] = [];
  let header: Header | null = null;
  let parse: ((input: RowInput) => RowOutcome<T>) | null = null;
  let rowsRead = 0;

  const onRow = (cells: string[], line: number): void => {
    if (cells.every((cell) => cell === '')) return;
    const warn = (problem: Problem): void => {
      issues.push(locate(problem, 'warning', file, line));
    };
    if (!header || !parse) {
      header = new Header(cells, source.spec.aliases, file);
      header.require(table.required);
      parse = table.bind(header, warn);
      for (const column of header.unused())
        warn({ code: 'W_COLUMN_UNKNOWN', column: column.header });
      return;
    }
    rowsRead++;
    const filled = filledWidth(cells);
    if (filled > header.width) {
      issues.push({
        code: 'R_FIELDS_EXTRA',
        severity: 'reject',
        file,
        line,
        count: filled,
        expected: String(header.width),
      });
      return;
    }
    const mark = issues.length;
    const outcome = parse({ cells, line, warn });
    if ('reject' in outcome) {
      issues.length = mark; // a rejected row's values do not matter: drop its warnings
      issues.push(locate(outcome.reject, 'reject', file, line));
    } else {
      candidates.push(outcome.row);
      lines.push(line);
    }
  };

  const streamed = await streamCsvRows(source.resolved, encoding, file, onRow);
  if (!header) throw new KarteError({ code: 'E_FILE_EMPTY', file });
  if (rowsRead === 0 && !table.allowNoRows) {
    throw new KarteError({ code: 'E_FILE_HEADER_ONLY', file });
  }

  const duplicates = findDuplicates(candidates, lines, table.unique ?? []);
  const duplicateLines = new Set([...duplicates.keys()].map((index) => lines[index]!));
  const kept = issues.filter((i) => !(i.severity === 'warning' && duplicateLines.has(i.line!)));
  for (const [index, problem] of duplicates) {
    kept.push(locate(problem, 'reject', file, lines[index]!));
  }
  kept.sort((a, b) => a.line! - b.line!);
  for (const issue of kept) log.add(issue);

  const rows = candidates.filter((_, index) => !duplicates.has(index));
  const rowsRejected = kept.filter((issue) => issue.severity === 'reject').length;
  return {
    rows,
    report: {
      id: table.id,
      path: file,
      present: true,
      encoding,
      bytes: streamed.bytes,
      sha256: streamed.sha256,
      rowsRead,
      rowsAccepted: rows.length,
      rowsRejected,
      warnings: kept.length - rowsRejected,
    },
  };
}

/** A problem placed in its file and line; the value is copied so that it does not pin its chunk. */
function locate(problem: Problem, severity: Severity, file: string, line: number): Issue {
  const issue: Issue = { ...problem, severity, file, line };
  if (issue.value !== undefined) issue.value = detachString(issue.value);
  return issue;
}

/** Number of cells up to the last non-empty one: trailing empty cells are not extra values. */
function filledWidth(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === '') width--;
  return width;
}
