/**
 * The second pass over a file: bytes → SHA-256 and text → CSV rows (papaparse) → normalised
 * cells, one row at a time, each with the physical line it starts on. Nothing but the current
 * chunk and row is held, so a 100 MB export streams through in constant memory.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { KarteError } from '../shared/issues.js';
import type { TextEncoding } from './chooseEncoding.js';
import { createLineEndNormalizer, createTextDecoder } from './decodeText.js';
import { normalizeCell } from './normalizeCell.js';
import { readFailure } from './readFailure.js';

/** Receives each physical row, blank ones included, with its first line (the header's is 1). */
export type RowHandler = (cells: string[], line: number) => void;

/** What the second pass measured: the bytes read and their SHA-256 (hex). */
export interface StreamedFile {
  bytes: number;
  sha256: string;
}

const CHUNK_BYTES = 1 << 20;
// No row of the contract's files comes near this; a row that does is a quote left open (or a file
// without line breaks), and papaparse would otherwise gather the rest of the file into one cell.
const MAX_ROW_CHARS = 4 << 20;
const MAX_ROW_LABEL = '4 MB';

/**
 * Streams the rows of a CSV file to `onRow`. Throws KarteError E_CSV_QUOTE when a quote is not
 * closed or is misplaced (the rest of the file would otherwise run into one cell),
 * E_CSV_ROW_TOO_LONG when a row runs on past 4 MB (found before the parser holds the rest of a large
 * file),
 * E_FILE_UNREADABLE on a read error, and whatever `onRow` throws.
 */
export async function streamCsvRows(
  path: string,
  encoding: TextEncoding,
  file: string,
  onRow: RowHandler,
): Promise<StreamedFile> {
  const hash = createHash('sha256');
  let bytes = 0;

  async function* decodeFile(): AsyncGenerator<string> {
    const decoder = createTextDecoder(encoding);
    const normalizeLineEnds = createLineEndNormalizer();
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
      const buffer = chunk as Buffer;
      hash.update(buffer);
      bytes += buffer.length;
      const text = normalizeLineEnds(decoder.write(buffer), false);
      pending += text.length;
      if (pending > MAX_ROW_CHARS) {
        throw new KarteError({ code: 'E_CSV_ROW_TOO_LONG', file, line, detail: MAX_ROW_LABEL });
      }
      if (text) yield text;
    }
    const rest = normalizeLineEnds(decoder.end(), true);
    if (rest) yield rest;
  }

  let line = 1;
  let pending = 0; // characters handed to the parser since it last completed a row
  const text = Readable.from(decodeFile());
  let failure: Error | null = null;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step(result, parser) {
        pending = 0;
        const start = line;
        line += 1 + countLineBreaks(result.data);
        try {
          // LIMITATION: every quote error stops the file, even a stray quote papaparse could read
          // past within its own line (`"ab"c"`); the message names the line to fix.
          if (result.errors.length > 0) {
            throw new KarteError({ code: 'E_CSV_QUOTE', file, line: start });
          }
          onRow(result.data.map(normalizeCell), start);
        } catch (error) {
          failure = error instanceof Error ? error : new Error(String(error));
          parser.abort();
        }
      },
      complete() {
        text.destroy();
        if (failure) reject(failure);
        else resolve();
      },
      error(error: Error) {
        text.destroy();
        reject(readFailure(error, file));
      },
    });
  });
  return { bytes, sha256: hash.digest('hex') };
}

/** Line breaks inside the row's quoted cells: each moves the next row one line further down. */
function countLineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) count++;
  }
  return count;
}
