/**
 * The school's influencer page (influence.html): one panel per outcome, in the results' order.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { buildPanelSection } from './influencePanel.js';
import { buildNav } from './navigation.js';
import type { PlannedPage } from './plan.js';
import type { PageView } from './view.js';
import { INFLUENCE_LEAD, INFLUENCE_SCOPE } from './words/influence.js';

/** The view of influence.html. */
export function buildInfluencePage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page)),
    intro: [INFLUENCE_LEAD],
    contents: null,
    scopes: [
      {
        anchor: 'panels',
        heading: INFLUENCE_SCOPE,
        banner: null,
        links: [],
        linksLabel: '',
        sections: results.influence.school.map((panel, i) =>
          buildPanelSection(results, panel, i + 1),
        ),
      },
    ],
    prose: [],
  };
}
