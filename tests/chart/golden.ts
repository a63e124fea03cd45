/**
 * Test helper: compares a chart's SVG with its golden file in tests/chart/golden/, one element
 * per line so a change reads as a small diff. On a difference it writes `<name>-changed.svg`
 * beside the golden file and fails; `UPDATE_GOLDEN=1` rewrites the golden files instead.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** The SVG with a line break between elements, as golden files store it. */
export function formatGolden(svg: string): string {
  return svg.replace(/></g, '>\n<') + '\n';
}

/** Asserts `svg` equals golden file `<name>.svg`; see the module comment. */
export function expectGolden(name: string, svg: string): void {
  const path = join(GOLDEN_DIR, `${name}.svg`);
  const changed = join(GOLDEN_DIR, `${name}-changed.svg`);
  const actual = formatGolden(svg);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`no golden file ${path}: run the tests with UPDATE_GOLDEN=1 to write it`);
  }
  const expected = readFileSync(path, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `chart differs from ${path}; the new one is in ${changed}`).toBe(expected);
}
