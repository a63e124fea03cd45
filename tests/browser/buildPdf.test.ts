/**
 * `karte build --pdf` from the command line. With a browser, on a copy of the bundled sample
 * cut down to one school: the PDF is in the school's folder and pack and in the manifest, has
 * as many sheets as the school's pages printed one by one, holds the school's name and Japanese
 * text, is tagged with an outline, carries the build date and prints again to the same bytes.
 * Without a browser: a message naming where it looked and what to set, exit status 1, nothing
 * written.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../pipeline/pack/manifest.js';
import { openPdfPrinter } from '../../pipeline/pack/printPdf.js';
import { projectRoot } from '../../pipeline/shared/paths.js';
import { readPdf } from './readPdf.js';
import { describeInBrowser } from './suite.js';

const root = projectRoot();
const samples = join(root, 'data-samples', '2025');

/** Runs the CLI from source; resolves with its status and output, never rejects. */
async function karte(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const run = promisify(execFile);
  try {
    const { stdout, stderr } = await run(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'pipeline', 'cli', 'bin.ts'), ...args],
      { cwd: root, env: { ...process.env, LANG: 'ja_JP.UTF-8' }, maxBuffer: 64 << 20 },
    );
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** A copy of the sample whose schools.csv keeps only `code` (other schools' rows are rejected). */
function oneSchoolInput(dir: string, code: string): string {
  const input = join(dir, 'input');
  cpSync(samples, input, { recursive: true });
  const lines = iconv.decode(readFileSync(join(samples, 'schools.csv')), 'cp932').split('\r\n');
  const kept = lines.filter((line, i) => i === 0 || line.startsWith(`${code},`));
  expect(kept).toHaveLength(2);
  writeFileSync(join(input, 'schools.csv'), iconv.encode(`${kept.join('\r\n')}\r\n`, 'cp932'));
  return input;
}

describe('karte build --pdf without a browser', () => {
  it('stops before any work with a message naming the browser and the option to set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'karte-nopdf-'));
    const missing = join(dir, 'no-such-chromium');
    try {
      const ja = await karte(['build', '--out', dir, '--chromium', missing]);
      expect(ja.status).toBe(1);
      expect(ja.stderr).toContain(missing);
      expect(ja.stderr).toContain('--chromium');
      expect(ja.stderr).toContain('chromiumPath');
      expect(ja.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(existsSync(join(dir, '2025'))).toBe(false);
      const en = await karte([
        'build',
        '--out',
        dir,
        '--pdf',
        '--chromium',
        missing,
        '--lang',
        'en',
      ]);
      expect(en.status).toBe(1);
      expect(en.stderr).toMatch(/the browser named is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeInBrowser('karte build --pdf', (env) => {
  const code = '0720105';
  let dir: string;
  let out: string;
  let run: Awaited<ReturnType<typeof karte>>;
  let manifest: Manifest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'karte-pdf-'));
    const input = oneSchoolInput(dir, code);
    run = await karte([
      'build',
      '--input',
      input,
      '--out',
      join(dir, 'out'),
      '--build-date',
      '2025-10-15',
      '--pdf',
      '--chromium',
      env.chromiumPath,
    ]);
    out = join(dir, 'out', '2025', 'final');
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('builds, says which browser printed, and lists the PDF in the manifest', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`ブラウザ: ${env.chromiumPath}`);
    expect(manifest.schools.map((s) => s.code)).toEqual([code]);
    expect(manifest.schools[0]!.pdf).toBe(`schools/${code}/karte.pdf`);
  });

  it('puts the PDF in the school’s folder and in its pack, byte for byte', () => {
    const pdf = readFileSync(join(out, 'schools', code, 'karte.pdf'));
    const zip = unzipSync(readFileSync(join(out, 'packs', `${code}.zip`)));
    expect(Buffer.from(zip[`${code}/karte.pdf`]!).equals(pdf)).toBe(true);
  });

  it('prints every page, each from a new sheet: as many sheets as the pages printed one by one', async () => {
    const pdf = readPdf(readFileSync(join(out, 'schools', code, 'karte.pdf')));
    expect(pdf.pages.length).toBe(pdf.count);
    const context = await env.browser().newContext({ javaScriptEnabled: false });
    let sheets = 0;
    for (const path of manifest.schools[0]!.pages) {
      const page = await context.newPage();
      await page.goto(`file://${join(out, path)}`);
      const alone = readPdf(
        await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
      );
      sheets += alone.pages.length;
      await page.close();
    }
    await context.close();
    expect(manifest.schools[0]!.pages.length).toBeGreaterThan(2);
    expect(pdf.pages.length).toBe(sheets);
  });

  it('prints the same bytes again (a rebuild gives the same PDF)', async () => {
    const printer = await openPdfPrinter(env.chromiumPath);
    try {
      const pages = manifest.schools[0]!.pages.map((p) => readFileSync(join(out, p), 'utf8'));
      const again = await printer.print(pages, '2025-10-15');
      const built = readFileSync(join(out, 'schools', code, 'karte.pdf'));
      expect(Buffer.from(again).equals(built)).toBe(true);
    } finally {
      await printer.close();
    }
  });

  it('holds the school’s name and Japanese text, tagged, with an outline and the build date', () => {
    const bytes = readFileSync(join(out, 'schools', code, 'karte.pdf'));
    const pdf = readPdf(bytes);
    const name = manifest.schools[0]!.name;
    expect(pdf.title).toContain(name);
    for (const ch of `${name}学年組平均正答率`) expect(pdf.characters.has(ch), ch).toBe(true);
    expect(pdf.fonts.some((font) => /CJK|Gothic|Hiragino|Meiryo/i.test(font))).toBe(true);
    const text = bytes.toString('latin1');
    expect(text).toContain('/StructTreeRoot');
    expect(text).toContain('/Outlines');
    expect(text).toContain("/CreationDate (D:20251015000000+00'00')");
  });
});
