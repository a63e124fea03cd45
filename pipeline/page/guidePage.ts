/**
 * The reading guide (guide.html): text only, the same in every school's karte apart from the
 * small-group rule, which follows the build's minGroupSize.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { buildNav } from './navigation.js';
import type { PlannedPage } from './plan.js';
import type { PageView } from './view.js';
import { GUIDE_CONTENTS, GUIDE_INTRO, guideSections } from './words/guide.js';

/** The view of guide.html. */
export function buildGuidePage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  const sections = guideSections(results.minGroupSize);
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page), { isGuide: true }),
    intro: [GUIDE_INTRO],
    contents: {
      label: GUIDE_CONTENTS,
      links: sections.map((s) => ({ href: `#${s.anchor}`, text: s.heading, current: false })),
    },
    scopes: [],
    prose: sections,
  };
}
