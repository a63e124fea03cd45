/**
 * The build as `karte build` runs it: in a worker thread with a bounded heap. Same summary as in
 * this thread; out of memory, a catalogued message and no half-written folder left behind.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { buildInWorker } from '../../pipeline/buildInWorker.js';
import { discardStaging } from '../../pipeline/pack/outputFolder.js';
import { isKarteError } from '../../pipeline/shared/issues.js';
import { loadConfig } from '../../pipeline/shared/loadConfig.js';

const configFor = (output: string, overrides: { memoryMb?: number } = {}) => ({
  ...loadConfig(undefined, { output, buildDate: '2025-10-15' }),
  ...overrides,
});

describe('buildInWorker', () => {
  it('builds what build() builds in this thread, and reports the stages', async () => {
    const stagesHere: string[] = [];
    const here = await build({
      config: configFor(mkdtempSync(join(tmpdir(), 'karte-here-'))),
      edition: 'provisional',
      lang: 'en',
      onStage: (stage, detail) => stagesHere.push(`${stage} ${detail ?? ''}`),
    });
    const stages: string[] = [];
    const out = mkdtempSync(join(tmpdir(), 'karte-worker-'));
    const there = await buildInWorker({
      config: configFor(out),
      edition: 'provisional',
      lang: 'en',
      onStage: (stage, detail) => stages.push(`${stage} ${detail ?? ''}`),
    });
    expect(stages).toEqual(stagesHere);
    expect(new Set(stages.map((s) => s.split(' ')[0]))).toEqual(
      new Set(['read', 'join', 'analyze', 'pages', 'pack']),
    );
    for (const key of ['schools', 'students', 'charts', 'rejects', 'warnings'] as const)
      expect(there[key]).toBe(here[key]);
    expect(there.files).toEqual(here.files);
    expect(there.log.issues).toEqual(here.log.issues);
    const manifest = JSON.parse(
      readFileSync(join(out, '2025', 'provisional', 'manifest.json'), 'utf8'),
    ) as { schools: unknown[] };
    expect(manifest.schools).toHaveLength(here.schools);
  }, 120_000);

  it('stops with E_OUT_OF_MEMORY when the heap is too small, and cleans up after itself', async () => {
    const out = mkdtempSync(join(tmpdir(), 'karte-oom-'));
    const final = join(out, '2025', 'final');
    mkdirSync(final, { recursive: true });
    writeFileSync(join(final, 'previous.txt'), 'the last good edition');
    const ours = join(out, '2025', `.tmp-${process.pid}-1`);
    const theirs = join(out, '2025', `.tmp-${process.pid + 1}-1`);
    mkdirSync(ours);
    mkdirSync(theirs);

    const error = await buildInWorker({
      config: configFor(out, { memoryMb: 16 }),
      edition: 'final',
      lang: 'en',
    }).catch((e: unknown) => e);
    expect(isKarteError(error)).toBe(true);
    if (!isKarteError(error)) return;
    expect(error.issue.code).toBe('E_OUT_OF_MEMORY');
    expect(error.text('en')).toContain('limit 16 MB');
    expect(error.text('en')).toContain('memoryMb');
    expect(error.text('ja')).toContain('memoryMb を大きくして（例: 32）');
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(theirs)).toBe(true);
    expect(readFileSync(join(final, 'previous.txt'), 'utf8')).toBe('the last good edition');
  }, 60_000);
});

describe('discardStaging', () => {
  it('removes only the staging folders of the given process beside the edition', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'karte-staging-'));
    for (const name of ['.tmp-7-1', '.tmp-7-2', '.tmp-70-1', 'final'])
      mkdirSync(join(parent, name));
    await discardStaging(join(parent, 'final'), 7);
    expect(
      ['.tmp-7-1', '.tmp-7-2', '.tmp-70-1', 'final'].map((n) => existsSync(join(parent, n))),
    ).toEqual([false, false, true, true]);
  });

  it('does nothing when the folder does not exist yet', async () => {
    await expect(discardStaging('/nonexistent/karte/2025/final', 7)).resolves.toBeUndefined();
  });
});
