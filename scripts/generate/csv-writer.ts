/**
 * A streaming CSV writer: rows are buffered in small chunks, encoded and appended to a partial
 * file, which is renamed into place on close, so a big city never sits in memory as one string
 * and an interrupted run leaves no half-written file under the final name.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { CsvDialect } from './files.js';

/** Flush the buffer once it holds this many characters. */
const CHUNK_CHARS = 1 << 16;

/** An open CSV file. */
export interface CsvWriter {
  /** Append one row; cells are quoted only where they must be (comma, quote or line break). */
  writeRow(cells: readonly string[]): void;
  /** Flush, close and move the file into place. Returns the number of data rows written. */
  close(): number;
}

/** Quote a cell the way Excel does: only when it holds a comma, a quote or a line break. */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Open `path` for writing with `header` as its first line. */
export function openCsvWriter(
  path: string,
  header: readonly string[],
  dialect: CsvDialect,
): CsvWriter {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  let buffer = '';
  let rows = 0;

  const flush = (): void => {
    if (buffer === '') return;
    const bytes =
      dialect.encoding === 'cp932' ? iconv.encode(buffer, 'cp932') : Buffer.from(buffer, 'utf8');
    writeSync(fd, bytes);
    buffer = '';
  };
  const append = (cells: readonly string[]): void => {
    buffer += cells.map(quoteCell).join(',') + dialect.eol;
    if (buffer.length >= CHUNK_CHARS) flush();
  };

  if (dialect.bom && dialect.encoding === 'utf-8') buffer = '\uFEFF';
  append(header);
  return {
    writeRow(cells) {
      append(cells);
      rows++;
    },
    close() {
      flush();
      closeSync(fd);
      renameSync(partial, path);
      return rows;
    },
  };
}
