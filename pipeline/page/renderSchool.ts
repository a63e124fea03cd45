/**
 * page: SchoolResults → view models → charts → HTML files. The stage presents the figures it
 * is given and computes none: every number comes from the results, formatted.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { ChartInputs, ChartKind } from '../chart/data.js';
import { buildClassPage } from './classPage.js';
import { buildHomePage } from './homePage.js';
import { HOME_PAGE, classPageName } from './names.js';
import { renderPage } from './templates.js';
import type { ChartSlot, PageView } from './view.js';

/** One file of a school's pages. */
export interface PageFile {
  /** Path relative to the school's folder, e.g. `index.html`, `g6-c01.html`. */
  path: string;
  html: string;
}

/** What the page stage needs from the build. */
export interface PageContext {
  /** Draws one chart as an inline SVG string (see pipeline/chart/render.ts). */
  render: (kind: ChartKind, input: ChartInputs[typeof kind]) => Promise<string>;
}

/**
 * Every page of a school: `index.html`, then one page per class, `g<学年>-c<NN>.html`, grade by
 * grade, with NN the class's position in its grade. Charts are drawn one after the other in
 * page order, so the same results give the same calls and the same files.
 */
export async function renderSchoolPages(
  results: SchoolResults,
  ctx: PageContext,
): Promise<PageFile[]> {
  const views: { path: string; view: PageView }[] = [
    { path: HOME_PAGE, view: buildHomePage(results) },
  ];
  for (const grade of results.grades) {
    grade.classes.forEach((_, i) => {
      views.push({
        path: classPageName(grade.grade, i + 1),
        view: buildClassPage(results, grade, i + 1),
      });
    });
  }
  const files: PageFile[] = [];
  for (const { path, view } of views) {
    for (const slot of chartSlots(view)) slot.svg = await ctx.render(slot.kind, slot.input);
    files.push({ path, html: renderPage(view) });
  }
  return files;
}

/** Every chart of a page, in page order. */
export function chartSlots(view: PageView): ChartSlot[] {
  return view.scopes.flatMap((scope) =>
    scope.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.chart ? [block.chart] : [])),
    ),
  );
}
