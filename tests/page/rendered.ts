/**
 * The page tests' school pack: school A of the small page-test city, rendered with the fake
 * chart renderer, and helpers to find a page, its figures and its recorded chart inputs.
 */
import type { MeasureFigures, SchoolResults } from '../../pipeline/analyze/resultsSchema.js';
import type { ChartInputs, ChartKind } from '../../pipeline/chart/data.js';
import { renderSchoolPages, type PageFile } from '../../pipeline/page/renderSchool.js';
import { pageResults } from '../helpers/pageResults.js';
import { fakeRenderer, type RecordedChart } from './fakeRender.js';

/** A rendered pack and what was drawn for it. */
export interface Rendered {
  results: SchoolResults;
  /** School B's results, for checks that A's pack holds nothing of B. */
  other: SchoolResults;
  pages: PageFile[];
  calls: RecordedChart[];
  /** The HTML of the page at `path`; throws when the pack has no such page. */
  page: (path: string) => string;
}

/** Renders the pack of `results` (default: school A's) with a fake renderer. */
export async function renderPack(results?: SchoolResults): Promise<Rendered> {
  const { a, b } = pageResults();
  const own = results ?? a;
  const fake = fakeRenderer();
  const pages = await renderSchoolPages(own, fake);
  const page = (path: string) => {
    const found = pages.find((p) => p.path === path);
    if (!found) throw new Error(`no page ${path} in ${pages.map((p) => p.path).join(', ')}`);
    return found.html;
  };
  return { results: own, other: b, pages, calls: fake.calls, page };
}

/** The figures of measure `id` among `figures`. */
export function figureOf(figures: readonly MeasureFigures[], id: string): MeasureFigures {
  const found = figures.find((f) => f.measure === id);
  if (!found) throw new Error(`no figures of ${id}`);
  return found;
}

/** The recorded inputs of one chart kind whose title passes `title`. */
export function inputsOf<K extends ChartKind>(
  calls: readonly RecordedChart[],
  kind: K,
  title: RegExp = /.*/,
): ChartInputs[K][] {
  return calls
    .filter((c) => c.kind === kind && title.test(c.input.title))
    .map((c) => c.input as ChartInputs[K]);
}

/** `value` as the pages write it: fixed decimals, typographic minus. */
export const fixed = (value: number, decimals: number) => value.toFixed(decimals).replace('-', '−');

/** A difference as the pages write it: `+2.0`, `−1.5`, and `0.0` unsigned. */
export function signed(value: number, decimals: number): string {
  const text = fixed(Math.abs(value), decimals);
  if (/^[0.]+$/.test(text)) return text;
  return value < 0 ? `−${text}` : `+${text}`;
}
