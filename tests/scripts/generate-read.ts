/**
 * Helpers for the generator tests: generate into a fresh temporary folder, and read a
 * generated CSV back as rows of cells (decoding CP932 or UTF-8, dropping a BOM).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { FILES, type GeneratedFile } from '../../scripts/generate/files.js';
import { DEFAULT_SEED, type CitySize } from '../../scripts/generate/options.js';
import { generateCity, type GenerateSummary } from '../../scripts/generate/write-city.js';

/** The committed sample folder. */
export const SAMPLE_DIR = join(import.meta.dirname, '../../data-samples/2025');

/** A new empty temporary folder; remove it with `removeDir`. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'karte-generate-'));
}

/** Remove a folder made by `tempDir` or `generateInto`. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Generate a city of `size` into a new temporary folder. */
export function generateInto(
  size: CitySize,
  seed = DEFAULT_SEED,
  year = 2025,
): { dir: string; summary: GenerateSummary } {
  const dir = tempDir();
  return { dir, summary: generateCity({ size, out: dir, seed, year }) };
}

/** The text of a generated file, decoded with the encoding it is written in (BOM dropped). */
export function readText(dir: string, file: GeneratedFile): string {
  const bytes = readFileSync(join(dir, FILES[file].name));
  const text =
    FILES[file].dialect.encoding === 'cp932'
      ? iconv.decode(bytes, 'cp932')
      : bytes.toString('utf8');
  return text.replace(/^\uFEFF/, '');
}

/** A generated file as a header and data rows of cells. */
export function readTable(
  dir: string,
  file: GeneratedFile,
): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(readText(dir, file), { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

/** Rows as records keyed by header name. */
export function readRecords(dir: string, file: GeneratedFile): Record<string, string>[] {
  const { header, rows } = readTable(dir, file);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** The contract's student key as one string. */
export function keyOf(r: Record<string, string>): string {
  return [r['学校コード'], r['学年'], r['組'], r['出席番号']].join('|');
}
