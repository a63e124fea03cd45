/**
 * `karte validate` on the bundled sample with planted faults: the per-file table must count them
 * exactly, the problems must be summarised one line per code and file, and only --strict may fail
 * on rejected rows. The faults are written in each file's own encoding and line ends.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/shared/paths.js';

const root = projectRoot();
const SAMPLE = join(root, 'data-samples', '2025');

/** Runs `karte validate --input <input> --lang en` with more arguments, from a scratch folder. */
function validate(input: string, ...args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'karte-validate-cwd-'));
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [
      join(root, 'pipeline', 'cli', 'bin.ts'),
      'validate',
      '--input',
      input,
      '--lang',
      'en',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  const wroteOutput = existsSync(join(cwd, 'out'));
  rmSync(cwd, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, wroteOutput };
}

/** Edits a file's lines in its own encoding and line ends; returns its number of data rows. */
function editLines(
  path: string,
  encoding: 'cp932' | 'utf-8',
  eol: string,
  edit: (lines: string[], column: (name: string) => number) => void,
): number {
  // Node's own UTF-8 decoding keeps a leading BOM as U+FEFF (iconv-lite would strip it), so the
  // file is written back with its BOM.
  const bytes = readFileSync(path);
  const text = encoding === 'cp932' ? iconv.decode(bytes, 'cp932') : bytes.toString('utf8');
  const lines = text.split(eol);
  const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
  edit(lines, (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no column ${name} in ${path}`);
    return index;
  });
  const edited = lines.join(eol);
  writeFileSync(path, encoding === 'cp932' ? iconv.encode(edited, 'cp932') : edited);
  return lines.filter((line) => line !== '').length - 1;
}

/** Sets one cell of a line (1-based line number, as messages count). */
function setCell(lines: string[], line: number, column: number, value: string): void {
  const cells = lines[line - 1]!.split(',');
  cells[column] = value;
  lines[line - 1] = cells.join(',');
}

let input = '';
const rows = { zenkoku: 0, fukushima: 0, isus: 0 };

beforeAll(() => {
  input = mkdtempSync(join(tmpdir(), 'karte-faults-'));
  cpSync(SAMPLE, input, { recursive: true });
  // zenkoku.csv (Shift_JIS, CRLF): line 6's key again on a new line 21, with another ID; and an
  // item code 7 on line 31.
  rows.zenkoku = editLines(join(input, 'zenkoku.csv'), 'cp932', '\r\n', (lines, column) => {
    const copy = lines[5]!.split(',');
    copy[column('児童生徒ID')] = 'S-PLANTED';
    lines.splice(20, 0, copy.join(','));
    setCell(lines, 31, column('国語_01'), '7');
  });
  // fukushima.csv (UTF-8 with BOM, CRLF): a level 13-D on line 101.
  rows.fukushima = editLines(join(input, 'fukushima.csv'), 'utf-8', '\r\n', (lines, column) =>
    setCell(lines, 101, column('国語_学力レベル'), '13-D'),
  );
  // isus.csv (UTF-8, LF): a school code schools.csv does not list, on line 201.
  rows.isus = editLines(join(input, 'isus.csv'), 'utf-8', '\n', (lines, column) =>
    setCell(lines, 201, column('学校コード'), '0729999'),
  );
});

afterAll(() => rmSync(input, { recursive: true, force: true }));

/** The table row printed for a file: name, encoding, read, accepted, rejected, warnings. */
const tableRow = (stdout: string, file: string): string[] | undefined =>
  stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((cells) => cells[0] === file);

describe('karte validate with planted faults', () => {
  it('counts the faults exactly in the per-file table, groups them, and exits 0', () => {
    const result = validate(input);
    expect(result.status).toBe(0);
    expect(result.wroteOutput).toBe(false);
    expect(tableRow(result.stdout, 'zenkoku.csv')).toEqual(
      ['zenkoku.csv', 'shift_jis', rows.zenkoku, rows.zenkoku - 2, 2, 1].map(String),
    );
    expect(tableRow(result.stdout, 'fukushima.csv')).toEqual(
      ['fukushima.csv', 'utf-8-bom', rows.fukushima, rows.fukushima, 0, 1].map(String),
    );
    expect(tableRow(result.stdout, 'isus.csv')).toEqual(
      ['isus.csv', 'utf-8', rows.isus, rows.isus - 1, 1, 0].map(String),
    );
    for (const clean of ['schools.csv', 'zenkoku_items.csv', 'isus_items.csv']) {
      const [, , read, accepted, rejected, warnings] = tableRow(result.stdout, clean)!;
      expect([rejected, warnings, accepted]).toEqual(['0', '0', read]);
    }
    expect(result.stdout).toContain('No fatal problem found.');

    const at = (file: string) => join(input, file);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `R_KEY_DUPLICATE ×2 in ${at('zenkoku.csv')}, first at line 6: 2 rows share this school, grade, class and seat (lines 6, 21). None is used; resolve the duplicate.`,
      `W_VALUE_INVALID ×1 in ${at('zenkoku.csv')}, first at line 31: column "国語_01": cannot read value "7" (1, 0, 9); read as missing.`,
      `W_VALUE_INVALID ×1 in ${at('fukushima.csv')}, first at line 101: column "国語_学力レベル": cannot read value "13-D" (N-X (N = 1–12, X = A/B/C)); read as missing.`,
      `R_SCHOOL_UNKNOWN ×1 in ${at('isus.csv')}, first at line 201: school code "0729999" is not in schools.csv. Correct the school code.`,
    ]);
  });

  it('fails with --strict, naming the number of rejected rows', () => {
    const result = validate(input, '--strict');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--strict: failing because 3 rows were rejected.');
    expect(result.stdout).not.toContain('No fatal problem found.');
    expect(result.stdout).toMatch(/^zenkoku\.csv\s+shift_jis\s+\d+\s+\d+\s+2\s+1$/m);
  });
});
