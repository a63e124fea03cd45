/** Test helpers: the R reference values and data sets of tests/analyze/reference. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const dir = fileURLToPath(new URL('../reference/', import.meta.url));

/** reference.json, as written by make-reference.R. */
export const reference = JSON.parse(readFileSync(`${dir}reference.json`, 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

/** A reference CSV as columns: numbers (empty cell → null) or, for text columns, strings. */
export function readReferenceCsv(name: string): Record<string, (number | null)[] | string[]> {
  const [header, ...lines] = readFileSync(`${dir}${name}`, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  const cells = lines.map((line) => line.split(','));
  return Object.fromEntries(
    names.map((name, j) => {
      const raw = cells.map((row) => row[j]!);
      const numeric = raw.every((v) => v === '' || Number.isFinite(Number(v)));
      return [name, numeric ? raw.map((v) => (v === '' ? null : Number(v))) : raw];
    }),
  );
}

/** A numeric column with no missing value. */
export function numbers(column: (number | null)[] | string[] | undefined): number[] {
  if (!column) throw new Error('no such column');
  return column.map((v) => {
    if (typeof v !== 'number') throw new Error(`not a complete numeric column: ${v}`);
    return v;
  });
}

/**
 * Asserts that `actual` matches R's `expected` within `tolerance` relative error (absolute below
 * 1e-300), element by element, with null where R gave NA.
 */
export function expectClose(actual: unknown, expected: unknown, tolerance = 1e-8, path = ''): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    const list = actual as unknown[];
    expect(list.length, `${path} length`).toBe(expected.length);
    expected.forEach((e, i) => expectClose(list[i], e, tolerance, `${path}[${i}]`));
    return;
  }
  if (expected === null) {
    expect(actual, `${path} is null`).toBeNull();
    return;
  }
  const e = expected as number;
  expect(typeof actual, `${path} is a number`).toBe('number');
  const a = actual as number;
  const scale = Math.max(Math.abs(e), 1e-300);
  expect(Math.abs(a - e) / scale, `${path}: ${a} vs R ${e}`).toBeLessThanOrEqual(tolerance);
}
