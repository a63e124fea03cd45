/**
 * Golden files of whole pages (a class page, a subject page): the page as a reader gets it,
 * with each chart replaced by a stand-in that lists its input rows, numbers rounded, and the
 * shared stylesheet replaced by a marker (it has its own owners and tests; a style change is
 * not a page change). When a page differs, the new version is written beside the golden as
 * `<name>-changed.html` and the test fails with a line diff; run with UPDATE_GOLDEN=1 to
 * accept it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartInputs, ChartKind } from '../../pipeline/chart/data.js';
import { renderSchoolPages } from '../../pipeline/page/renderSchool.js';
import { projectRoot } from '../../pipeline/shared/paths.js';
import { pageResults } from '../helpers/pageResults.js';

const GOLDEN_DIR = join(projectRoot(), 'tests', 'fixtures', 'page');

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Numbers to two places, so that float noise in the last digits never changes the file. */
const rounded = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v));

function standIn(kind: ChartKind, input: ChartInputs[ChartKind]): Promise<string> {
  const { rows, ...words } = input;
  const lines = [rounded(words), ...rows.map((row) => rounded(row))].map(escape);
  return Promise.resolve(`<svg data-kind="${kind}"><desc>\n${lines.join('\n')}\n</desc></svg>`);
}

/** The page with the contents of karte.css (inlined after the running head) left out. */
function withoutStylesheet(html: string): string {
  const start = html.indexOf('/* 学校カルテ: one stylesheet');
  const end = html.indexOf('</style>');
  if (start < 0 || end < start) throw new Error('page has no inlined karte.css');
  return `${html.slice(0, start)}/* karte.css */\n${html.slice(end)}`;
}

/** Compares `actual` with the golden file `name`; see the file's comment. */
function expectGolden(name: string, actual: string): void {
  const golden = join(GOLDEN_DIR, `${name}.html`);
  const changed = join(GOLDEN_DIR, `${name}-changed.html`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
  if (!existsSync(golden)) {
    writeFileSync(changed, actual);
    throw new Error(`no golden file ${golden}; check ${changed} and run with UPDATE_GOLDEN=1`);
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual.split('\n'), `page differs from ${golden}; new version in ${changed}`).toEqual(
    expected.split('\n'),
  );
}

describe('page golden files', () => {
  it('renders class 1 of grade 6 and the 国語 page of grade 6 exactly as their golden files', async () => {
    const { a } = pageResults();
    const position = a.grades[0]!.classes.findIndex((c) => c.name === '1') + 1;
    const pages = await renderSchoolPages(a, { render: standIn });
    const page = (path: string) => withoutStylesheet(pages.find((p) => p.path === path)!.html);
    expectGolden('class-page', page(`g6-c0${position}.html`));
    expectGolden('subject-page', page('g6-kokugo.html'));
  });
});
