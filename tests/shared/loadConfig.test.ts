import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKarteError, type KarteError } from '../../pipeline/shared/issues.js';
import { loadConfig } from '../../pipeline/shared/loadConfig.js';
import { projectRoot } from '../../pipeline/shared/paths.js';

const dir = () => mkdtempSync(join(tmpdir(), 'karte-config-'));

function errorOf(run: () => unknown): KarteError {
  try {
    run();
  } catch (e) {
    if (isKarteError(e)) return e;
    throw e;
  }
  throw new Error('expected a KarteError');
}

describe('loadConfig', () => {
  it('defaults to the bundled samples of the year when nothing is given', () => {
    const cwd = dir();
    const config = loadConfig(undefined, {}, cwd);
    expect(config.input).toBe(join(projectRoot(), 'data-samples', '2025'));
    expect(config.output).toBe(join(cwd, 'out'));
    expect(config.minGroupSize).toBe(10);
  });

  it('reads karte.config.json from the working folder, with paths relative to the file', () => {
    const cwd = dir();
    writeFileSync(
      join(cwd, 'karte.config.json'),
      JSON.stringify({ input: 'data/2026', year: 2026, minGroupSize: 5 }),
    );
    const config = loadConfig(undefined, {}, cwd);
    expect(config).toMatchObject({ input: join(cwd, 'data/2026'), year: 2026, minGroupSize: 5 });
  });

  it('lets command-line options override the file, relative to the working folder', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'k.json'), JSON.stringify({ input: 'a', output: 'b', year: 2023 }));
    const config = loadConfig('k.json', { input: 'x', year: 2024 }, cwd);
    expect(config.input).toBe(join(cwd, 'x'));
    expect(config.output).toBe(join(cwd, 'b'));
    expect(config.year).toBe(2024);
  });

  it('names the field, the expectation and the value of a bad setting', () => {
    const cwd = dir();
    writeFileSync(
      join(cwd, 'karte.config.json'),
      JSON.stringify({
        editions: { final: { grades: { 小: [4, 5, 8], 中: [1] }, sources: ['zenkoku'] } },
      }),
    );
    const error = errorOf(() => loadConfig(undefined, {}, cwd));
    expect(error.issue.code).toBe('E_CONFIG_INVALID');
    expect(error.text('en')).toContain('`editions.final.grades.小[2]`: expected ≤ 6, got 8');
  });

  it('refuses unknown keys (a typo is not silently ignored)', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'karte.config.json'), JSON.stringify({ minGroupsize: 5 }));
    expect(errorOf(() => loadConfig(undefined, {}, cwd)).text('en')).toContain('minGroupsize');
  });

  it('reports a file that is not JSON, and a missing file named explicitly', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'bad.json'), '{ "year": 2025, }');
    expect(errorOf(() => loadConfig('bad.json', {}, cwd)).text('ja')).toContain('JSON');
    expect(errorOf(() => loadConfig('nope.json', {}, cwd)).text('en')).toContain('ENOENT');
  });
});
