/**
 * Run by memory.test.ts in a child process with --expose-gc: writes a wide zenkoku-like file with
 * long 児童生徒IDs, reads it, and prints the bytes of the file and the heap the read rows retain.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTable } from '../../pipeline/read/readTable.js';
import { zenkokuTable } from '../../pipeline/read/readZenkoku.js';
import { IssueLog } from '../../pipeline/shared/issues.js';
import { SCHOOLS } from './readHelpers.js';

const ROWS = 20_000;
const FILLER = 600;
const dir = mkdtempSync(join(tmpdir(), 'karte-memory-'));
const path = join(dir, 'zenkoku.csv');
writeWideFile();

/** The file is written in blocks from a function, so none of its text is left for gc to miss. */
function writeWideFile(): void {
  const header = ['学校コード', '学年', '組', '出席番号', '児童生徒ID'];
  for (let i = 0; i < FILLER; i++) header.push(`解答類型_${i}`);
  const filler = Array.from({ length: FILLER }, (_, i) => String(i % 100).padStart(3, '0'));
  writeFileSync(path, `${header.join(',')}\r\n`);
  for (let r = 0; r < ROWS; r += 1000) {
    const block: string[] = [];
    for (let k = r; k < r + 1000; k++) {
      const id = `ID-2025-${String(k).padStart(12, '0')}`;
      block.push(`1101,6,${1 + (k % 7)},${1 + Math.floor(k / 7)},${id},${filler.join(',')}\r\n`);
    }
    appendFileSync(path, block.join(''));
  }
}

const gc = (globalThis as { gc?: () => void }).gc!;
gc();
gc();
const before = process.memoryUsage().heapUsed;
const table = zenkokuTable(SCHOOLS, { items: [], questions: [], itemsFile: '', questionsFile: '' });
const source = {
  id: 'zenkoku' as const,
  path,
  resolved: path,
  spec: { encoding: 'auto' as const, aliases: {} },
};
const { rows, report } = await readTable(source, table, new IssueLog());
gc();
const retained = process.memoryUsage().heapUsed - before;
process.stdout.write(JSON.stringify({ bytes: report.bytes, rows: rows.length, retained }));
rmSync(dir, { recursive: true, force: true });
