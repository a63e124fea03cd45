/**
 * End to end: builds the bundled data-samples/2025 into a temporary folder and checks the whole
 * output, and that the results of one school equal an independent computation from the raw CSV.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityResultsSchema, type CityResults } from '../../pipeline/analyze/board/schema.js';
import { schoolResultsSchema, type SchoolResults } from '../../pipeline/analyze/resultsSchema.js';
import { build, type BuildSummary } from '../../pipeline/build.js';
import type { Manifest } from '../../pipeline/pack/manifest.js';
import { loadConfig } from '../../pipeline/shared/loadConfig.js';
import { projectRoot } from '../../pipeline/shared/paths.js';

const samples = join(projectRoot(), 'data-samples', '2025');

/** Reads a sample CSV without the pipeline: decode, parse, NFKC-trim. */
function rawCsv(name: string, encoding: 'cp932' | 'utf8'): Record<string, string>[] {
  const text = iconv.decode(readFileSync(join(samples, name)), encoding).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.normalize('NFKC').trim(),
  });
  return parsed.data.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, (v ?? '').normalize('NFKC').trim()]),
    ),
  );
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('karte build on data-samples/2025 (final edition)', () => {
  let out: string;
  let summary: BuildSummary;
  let manifest: Manifest;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'karte-e2e-'));
    const config = loadConfig(undefined, { output: dir, buildDate: '2025-10-15' }, dir);
    summary = await build({ config, edition: 'final', lang: 'ja' });
    out = join(dir, '2025', 'final');
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  });

  it('writes the edition layout and nothing temporary', () => {
    expect(summary.outDir).toBe(out);
    for (const name of ['manifest.json', 'rejects.csv', 'schools', 'results', 'packs'])
      expect(existsSync(join(out, name))).toBe(true);
    expect(readdirSync(join(out, '..')).filter((n) => n.startsWith('.'))).toEqual([]);
    const schools = readdirSync(join(out, 'schools')).sort();
    expect(schools.length).toBeGreaterThanOrEqual(10);
    expect(readdirSync(join(out, 'packs')).sort()).toEqual(schools.map((s) => `${s}.zip`));
    expect(readdirSync(join(out, 'results')).sort()).toEqual(schools.map((s) => `${s}.json`));
  });

  it('accounts for every row of every input file', () => {
    expect(manifest.inputs.filter((f) => f.present)).toHaveLength(8);
    for (const file of manifest.inputs.filter((f) => f.present)) {
      expect(file.rowsRead).toBe(file.rowsAccepted + file.rowsRejected);
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(file.rowsRead).toBeGreaterThan(0);
    }
    expect(manifest.totals.students).toBe(summary.students);
    expect(manifest.totals.charts).toBeGreaterThan(0);
  });

  it('writes results that follow the JSON Schema for every school', () => {
    for (const school of manifest.schools) {
      const results = JSON.parse(readFileSync(join(out, school.results), 'utf8')) as unknown;
      expect(() => schoolResultsSchema.parse(results)).not.toThrow();
    }
  });

  it('gives means equal to an independent computation from the raw CSV', () => {
    const schools = rawCsv('schools.csv', 'cp932');
    const items = rawCsv('zenkoku_items.csv', 'utf8').filter(
      (i) => i['校種'] === '小' && i['教科'] === '国語',
    );
    const zenkoku = rawCsv('zenkoku.csv', 'cp932');
    const elementary = new Set(
      schools.filter((s) => s['校種'] === '小').map((s) => s['学校コード']),
    );
    // the 小 school with the most 小6 students in the national test
    const counts = new Map<string, number>();
    for (const row of zenkoku)
      if (elementary.has(row['学校コード']) && row['学年'] === '6')
        counts.set(row['学校コード']!, (counts.get(row['学校コード']!) ?? 0) + 1);
    const code = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];

    const rates = zenkoku
      .filter((row) => row['学校コード'] === code && row['学年'] === '6')
      .map((row) => items.map((i) => row[`国語_${i['設問番号']}`] ?? ''))
      .filter((codes) => codes.some((c) => c !== ''))
      .map((codes) => (100 * codes.filter((c) => c === '1').length) / items.length);

    const results = JSON.parse(
      readFileSync(join(out, 'results', `${code}.json`), 'utf8'),
    ) as SchoolResults;
    const figure = results.grades
      .find((g) => g.grade === 6)!
      .figures.find((f) => f.measure === 'zenkoku.国語.rate')!;
    expect(figure.group.n).toBe(rates.length);
    expect(figure.group.mean).toBeCloseTo(mean(rates), 9);
  });

  it('gives the level mean of a fukushima grade equal to the raw CSV', () => {
    const fukushima = rawCsv('fukushima.csv', 'utf8');
    const code = manifest.schools.find((s) => s.type === '中')!.code;
    const step = (label: string) => {
      const m = /^(\d+)-([ABC])$/.exec(label);
      return m ? (Number(m[1]) - 1) * 3 + { C: 1, B: 2, A: 3 }[m[2] as 'A' | 'B' | 'C'] : null;
    };
    const steps = fukushima
      .filter((r) => r['学校コード'] === code && r['学年'] === '1')
      .map((r) => step(r['国語_学力レベル'] ?? ''))
      .filter((s): s is number => s !== null);
    const results = JSON.parse(
      readFileSync(join(out, 'results', `${code}.json`), 'utf8'),
    ) as SchoolResults;
    const figure = results.grades
      .find((g) => g.grade === 1)!
      .figures.find((f) => f.measure === 'fukushima.国語.step')!;
    expect(figure.group.n).toBe(steps.length);
    expect(figure.group.mean).toBeCloseTo(mean(steps), 9);
  });

  it('packs each school folder, and only that school, into its zip', () => {
    const school = manifest.schools[0]!;
    const entries = Object.keys(unzipSync(readFileSync(join(out, school.pack))));
    expect(entries).toContain(`${school.code}/index.html`);
    expect(entries.every((e) => e.startsWith(`${school.code}/`))).toBe(true);
    expect(entries.length).toBe(school.pages.length);
  });

  it('writes self-contained pages with a Content-Security-Policy and no script', () => {
    for (const school of manifest.schools) {
      for (const page of school.pages) {
        const html = readFileSync(join(out, page), 'utf8');
        expect(html).toContain('http-equiv="Content-Security-Policy"');
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
      }
    }
  });

  it('never puts another school’s name in a school’s pack', () => {
    const names = manifest.schools.map((s) => s.name);
    for (const school of manifest.schools) {
      const files = unzipSync(readFileSync(join(out, school.pack)));
      const text = Object.values(files)
        .map((b) => new TextDecoder().decode(b))
        .join('\n');
      for (const other of names.filter((n) => n !== school.name)) expect(text).not.toContain(other);
    }
  });
  it('writes the board’s city results beside the schools, under its schema, naming no school', () => {
    const path = join(out, 'city', 'results.json');
    const city = JSON.parse(readFileSync(path, 'utf8')) as CityResults;
    expect(cityResultsSchema.parse(city)).toEqual(city);
    expect(city.types.map((t) => t.schoolType)).toEqual(['小', '中']);
    expect(city.types.flatMap((t) => t.models).length).toBeGreaterThan(0);
    const read = city.dataQuality.files.filter((f) => f.present);
    expect(read).toHaveLength(8);
    for (const f of read) expect(f.rowsRead).toBe(f.rowsAccepted + f.rowsRejected);
    expect(city.dataQuality.join.students).toBe(summary.students);
    const text = readFileSync(path, 'utf8');
    for (const school of manifest.schools) {
      expect(text).not.toContain(`"${school.code}"`);
      expect(text).not.toContain(school.name);
    }
  });

  it('lists the board’s city page and results in the manifest, with the files’ SHA-256', () => {
    const page = readFileSync(join(out, 'city', 'index.html'));
    const results = readFileSync(join(out, 'city', 'results.json'));
    expect(manifest.city).toEqual({
      page: 'city/index.html',
      pageSha256: sha256Hex(page),
      results: 'city/results.json',
      resultsSha256: sha256Hex(results),
    });
    // no pack holds either file, under any name
    const hashes = [manifest.city.pageSha256, manifest.city.resultsSha256];
    for (const school of manifest.schools) {
      const files = Object.values(unzipSync(readFileSync(join(out, school.pack))));
      expect(files.map(sha256Hex).filter((h) => hashes.includes(h))).toEqual([]);
    }
  });

  it('keeps the city results out of every pack', () => {
    for (const school of manifest.schools) {
      const files = unzipSync(readFileSync(join(out, school.pack)));
      expect(Object.keys(files).some((name) => name.includes('city'))).toBe(false);
      const text = Object.values(files)
        .map((b) => new TextDecoder().decode(b))
        .join('\n');
      expect(text).not.toContain('"dataQuality"');
    }
  });

  it('gives each school its influencer panels, cross analysis and 強み・課題 in its results', () => {
    let statements = 0;
    for (const school of manifest.schools) {
      const text = readFileSync(join(out, school.results), 'utf8');
      const results = JSON.parse(text) as SchoolResults;
      expect(results.influence.city.length).toBeGreaterThan(0);
      expect(results.influence.school.length).toBe(results.influence.city.length);
      expect(results.grades.every((g) => g.cross.length > 0)).toBe(true);
      statements += results.grades.flatMap((g) => g.statements).length;
      // a school's file stays a size a browser and a mail attachment can take
      expect(text.length).toBeLessThan(4_000_000);
    }
    expect(statements).toBeGreaterThan(manifest.schools.length);
  });
});
