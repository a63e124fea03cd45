/**
 * The corpus's 50 MB file: a zenkoku.csv export of the bundled sample's shape (Shift_JIS, CRLF,
 * 75 columns), grown to 50 MiB with planted faults, written to a temporary folder as a stream and
 * never committed. Reading it checks that counts, line numbers and the hash stay exact across
 * hundreds of chunk boundaries.
 *
 * SLOW: about 10 s to write and read on a 2-core machine, and about 1 GB of heap for the rows.
 */
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../pipeline/read/readInputs.js';
import { IssueLog } from '../../pipeline/shared/issues.js';
import { projectRoot } from '../../pipeline/shared/paths.js';
import { configFor, expectAccounted, makeInputDir, removeInputDirs } from './readHelpers.js';

afterAll(removeInputDirs);

const SAMPLE = join(projectRoot(), 'data-samples', '2025');
const TARGET_BYTES = 50 * 1024 * 1024;
const BLOCK_ROWS = 2000;

// Planted faults, by row index (0-based, header not counted). Their periods are primes, so that
// the faults fall on rows of every school and class of the sample.
const ITEM_7 = { every: 10_007, at: 5_000 }; // 国語_01 = 7: a warning
const UNKNOWN_SCHOOL = { every: 50_021, at: 25_000 }; // 学校コード 0799999: a reject
const QUOTED_CLASS = 7; // every 7th row writes its 組 quoted
const BLANK_AFTER = 100_003; // a blank line after every 100,003rd row

/** What the generator wrote, counted as it went: the outcome the reader must reproduce. */
interface Written {
  bytes: number;
  sha256: string;
  rows: number;
  item7: number;
  unknownSchool: number;
  /** Physical line of the last row, a copy of the first row's key. */
  lastLine: number;
}

/**
 * Writes the file: the sample's rows over and over, each copy with its own seats (seat + 100 ×
 * copy) and 児童生徒ID, until 50 MiB; then one row repeating the key of the first row.
 */
async function writeLargeZenkoku(path: string): Promise<Written> {
  const text = iconv.decode(readFileSync(join(SAMPLE, 'zenkoku.csv')), 'cp932');
  const [header, ...templates] = text.split('\r\n').filter((line) => line !== '');
  const written: Written = {
    bytes: 0,
    sha256: '',
    rows: 0,
    item7: 0,
    unknownSchool: 0,
    lastLine: 1,
  };
  const hash = createHash('sha256');
  let line = 1;
  const emit = (chunk: string): Buffer => {
    const bytes = iconv.encode(chunk, 'cp932');
    hash.update(bytes);
    written.bytes += bytes.length;
    return bytes;
  };
  const rowOf = (i: number): string => {
    const cells = templates[i % templates.length]!.split(',');
    const copy = Math.floor(i / templates.length);
    cells[3] = String(Number(cells[3]) + 100 * copy);
    cells[4] = `S${String(i).padStart(9, '0')}`;
    if (i % QUOTED_CLASS === 0) cells[2] = `"${cells[2]}"`;
    const unknown = i % UNKNOWN_SCHOOL.every === UNKNOWN_SCHOOL.at;
    if (unknown) {
      cells[0] = '0799999';
      written.unknownSchool++;
    } else if (i % ITEM_7.every === ITEM_7.at) {
      cells[6] = '7';
      written.item7++;
    }
    return cells.join(',');
  };
  function* blocks(): Generator<Buffer> {
    yield emit(`${header}\r\n`);
    let i = 0;
    while (written.bytes < TARGET_BYTES) {
      let block = '';
      for (const end = i + BLOCK_ROWS; i < end; i++) {
        block += `${rowOf(i)}\r\n`;
        line++;
        if (i % BLANK_AFTER === BLANK_AFTER - 1) {
          block += '\r\n';
          line++;
        }
      }
      yield emit(block);
    }
    // The first row's key again, with another ID and no line end: both rows must be rejected.
    const again = templates[0]!.split(',');
    again[4] = 'S-DUPLICATE';
    yield emit(again.join(','));
    written.rows = i + 1;
    written.lastLine = line + 1;
  }
  await pipeline(Readable.from(blocks()), createWriteStream(path));
  written.sha256 = hash.digest('hex');
  return written;
}

describe('the 50 MB zenkoku.csv (generated, not committed)', () => {
  it('reads every row of a 50 MiB Shift_JIS export with exact counts, lines and hash', async () => {
    const input = makeInputDir();
    cpSync(SAMPLE, input, { recursive: true });
    const written = await writeLargeZenkoku(join(input, 'zenkoku.csv'));
    expect(written.bytes).toBeGreaterThanOrEqual(TARGET_BYTES);
    expect(written.item7).toBeGreaterThan(10);
    expect(written.unknownSchool).toBeGreaterThan(3);

    const config = configFor(input);
    const log = new IssueLog();
    const { files } = await readInputs(config, config.editions.provisional, log);
    const report = files.find((file) => file.id === 'zenkoku')!;
    const rejected = written.unknownSchool + 2;
    expect(report).toMatchObject({
      encoding: 'shift_jis',
      bytes: written.bytes,
      sha256: written.sha256,
      rowsRead: written.rows,
      rowsAccepted: written.rows - rejected,
      rowsRejected: rejected,
      warnings: written.item7,
    });
    for (const file of files) expectAccounted(file, log);

    const zenkoku = log.issues.filter((issue) => issue.file === report.path);
    const count = (code: string) => zenkoku.filter((issue) => issue.code === code).length;
    expect(count('W_VALUE_INVALID')).toBe(written.item7);
    expect(count('R_SCHOOL_UNKNOWN')).toBe(written.unknownSchool);
    const duplicates = zenkoku.filter((issue) => issue.code === 'R_KEY_DUPLICATE');
    expect(duplicates.map((issue) => [issue.line, issue.detail])).toEqual([
      [2, `2, ${written.lastLine}`],
      [written.lastLine, `2, ${written.lastLine}`],
    ]);
    // The first planted value is on row ITEM_7.at: its line is exact after quoted cells and
    // before any blank line.
    expect(zenkoku.find((issue) => issue.code === 'W_VALUE_INVALID')).toMatchObject({
      line: ITEM_7.at + 2,
      column: '国語_01',
      value: '7',
    });
  });
});
