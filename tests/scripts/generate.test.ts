import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILES } from '../../scripts/generate/files.js';
import { DEFAULT_SEED } from '../../scripts/generate/options.js';
import { SAMPLE_DIR, generateInto, removeDir, tempDir } from './generate-read.js';

const FILE_NAMES = Object.values(FILES)
  .map((f) => f.name)
  .sort();
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function generated(seed = DEFAULT_SEED, year = 2025): string {
  const { dir } = generateInto('sample', seed, year);
  dirs.push(dir);
  return dir;
}

const bytes = (dir: string, name: string): Buffer => readFileSync(join(dir, name));

describe('generate-city determinism', () => {
  const first = generated();

  it('writes exactly the eight files of the contract', () => {
    expect(readdirSync(first).sort()).toEqual(FILE_NAMES);
  });

  it('gives identical bytes for the same seed', () => {
    const second = generated();
    for (const name of FILE_NAMES)
      expect(bytes(second, name).equals(bytes(first, name)), name).toBe(true);
  });

  it('gives different student data for a different seed or year', () => {
    for (const other of [generated(DEFAULT_SEED + 1), generated(DEFAULT_SEED, 2026)]) {
      for (const name of ['zenkoku.csv', 'fukushima.csv', 'isus.csv', 'zenkoku_items.csv']) {
        expect(bytes(other, name).equals(bytes(first, name)), name).toBe(false);
      }
    }
  });

  it('matches the committed data-samples/2025 byte for byte', () => {
    // .gitattributes keeps git from converting the files' line ends on checkout.
    const committed = readdirSync(SAMPLE_DIR).filter((name) => name !== '.gitattributes');
    expect(committed.sort()).toEqual(FILE_NAMES);
    for (const name of FILE_NAMES) {
      expect(
        bytes(SAMPLE_DIR, name).equals(bytes(first, name)),
        `${name} drifted; regenerate it`,
      ).toBe(true);
    }
  });
});

describe('generate-city CLI', () => {
  const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
  const script = join(import.meta.dirname, '../../scripts/generate-city.ts');
  const run = (args: string[]) =>
    spawnSync(tsx, [script, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });

  it('reproduces the committed sample with the default seed', () => {
    const out = tempDir();
    dirs.push(out);
    const result = run(['--size', 'sample', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^done: .*12 schools.*schools\.csv 12/);
    for (const name of FILE_NAMES)
      expect(bytes(out, name).equals(bytes(SAMPLE_DIR, name)), name).toBe(true);
  });

  it('rejects an unknown size and a bad seed with a usage message', () => {
    const size = run(['--size', 'town', '--out', tempDir()]);
    expect(size.status).not.toBe(0);
    expect(size.stderr).toMatch(/^usage error: .*town/);
    const seed = run(['--size', 'sample', '--out', tempDir(), '--seed', '1.5']);
    expect(seed.status).not.toBe(0);
    expect(seed.stderr).toMatch(/usage error: .*1\.5: expected a whole number/);
  });
});
