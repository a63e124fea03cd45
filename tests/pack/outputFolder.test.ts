import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openOutputFolder } from '../../pipeline/pack/outputFolder.js';
import { packFolder } from '../../pipeline/pack/zip.js';

describe('openOutputFolder', () => {
  it('writes beside the final folder and replaces the previous edition only on commit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'karte-out-'));
    const finalDir = join(root, '2025', 'final');
    mkdirSync(finalDir, { recursive: true });
    writeFileSync(join(finalDir, 'old.txt'), 'old');
    const out = await openOutputFolder(finalDir);
    writeFileSync(join(out.dir, 'new.txt'), 'new');
    expect(readdirSync(finalDir)).toEqual(['old.txt']);
    await out.commit();
    expect(readdirSync(finalDir)).toEqual(['new.txt']);
    expect(readdirSync(join(root, '2025'))).toEqual(['final']);
  });

  it('leaves the previous edition untouched when the build is discarded', async () => {
    const root = mkdtempSync(join(tmpdir(), 'karte-out-'));
    const finalDir = join(root, '2025', 'final');
    mkdirSync(finalDir, { recursive: true });
    writeFileSync(join(finalDir, 'old.txt'), 'old');
    const out = await openOutputFolder(finalDir);
    writeFileSync(join(out.dir, 'half.txt'), 'half');
    await out.discard();
    expect(readdirSync(join(root, '2025'))).toEqual(['final']);
    expect(readFileSync(join(finalDir, 'old.txt'), 'utf8')).toBe('old');
    expect(existsSync(out.dir)).toBe(false);
  });
});

describe('packFolder', () => {
  it('zips every file under the folder, prefixed, and gives the same bytes for the same input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'karte-zip-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'index.html'), '<p>学校</p>');
    writeFileSync(join(dir, 'sub', 'g6-c01.html'), '<p>学級</p>');
    const date = new Date('2025-10-15T00:00:00Z');
    const a = await packFolder(dir, '0720101', date);
    const b = await packFolder(dir, '0720101', date);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const files = unzipSync(a);
    expect(Object.keys(files).sort()).toEqual(['0720101/index.html', '0720101/sub/g6-c01.html']);
    expect(new TextDecoder().decode(files['0720101/index.html'])).toBe('<p>学校</p>');
  });
});
