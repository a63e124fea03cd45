/**
 * page: SchoolResults → plan of pages → view models → charts → HTML files. The stage presents
 * the figures it is given and computes none: every number comes from the results, formatted.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { ChartInputs, ChartKind } from '../chart/data.js';
import { buildAnalysisPage } from './analysisPage.js';
import { buildClassPage } from './classPage.js';
import { buildGuidePage } from './guidePage.js';
import { buildHomePage } from './homePage.js';
import { buildInfluencePage } from './influencePage.js';
import { planSchoolPages, type PageKind, type PlannedPage } from './plan.js';
import { buildScalesPage } from './scalesPage.js';
import { buildSubjectPage } from './subjectPage.js';
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

type PageBuilder = (
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
) => PageView;

const BUILDERS: Readonly<Record<PageKind, PageBuilder>> = {
  home: buildHomePage,
  subject: buildSubjectPage,
  scales: buildScalesPage,
  analysis: buildAnalysisPage,
  class: buildClassPage,
  influence: buildInfluencePage,
  guide: buildGuidePage,
};

/**
 * Every page of a school, in the order of {@link planSchoolPages}: `index.html`; per grade its
 * subject pages (`g6-kokugo.html` …), its questionnaire page (`g6-scales.html`), its analysis
 * page (`g6-analysis.html`) and its class pages (`g6-c01.html` …); `influence.html`;
 * `guide.html` last. Charts are drawn one after the other in page
 * order, so the same results give the same calls and the same files.
 */
export async function renderSchoolPages(
  results: SchoolResults,
  ctx: PageContext,
): Promise<PageFile[]> {
  const pages = planSchoolPages(results);
  const files: PageFile[] = [];
  for (const page of pages) {
    const view = BUILDERS[page.kind](results, pages, page);
    for (const slot of chartSlots(view)) slot.svg = await ctx.render(slot.kind, slot.input);
    files.push({ path: page.path, html: renderPage(view) });
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
