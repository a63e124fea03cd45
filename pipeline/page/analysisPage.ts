/**
 * A grade's analysis page (g<学年>-analysis.html): the grade's priority grid, then its cross
 * analysis, outcome by outcome.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { buildCrossSections } from './crossBlocks.js';
import { buildNav } from './navigation.js';
import type { PlannedPage } from './plan.js';
import { buildPrioritySection } from './priorityGrid.js';
import type { PageView, ScopeView } from './view.js';
import { CROSS_SECTION } from './words/influence.js';
import { smallGroupNote } from './words/notes.js';
import { gradeLabel, withSize } from './words/pages.js';

/** The view of a grade's analysis page planned in `pages`. */
export function buildAnalysisPage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  const grade = page.grade!;
  const small = grade.students < results.minGroupSize;
  const scope = (anchor: string, heading: string): ScopeView => ({
    anchor,
    heading,
    banner: null,
    links: [],
    linksLabel: '',
    sections: [],
  });
  const priorities = buildPrioritySection(results, grade.priorities, '本校');
  const cross = buildCrossSections(results, grade);
  const scopes: ScopeView[] = [];
  if (priorities.length) {
    scopes.push({
      ...scope('grade', withSize(gradeLabel(grade.grade), grade.students)),
      banner: small ? smallGroupNote('grade', grade.students, results.minGroupSize) : null,
      sections: priorities,
    });
  }
  if (cross.length) scopes.push({ ...scope('cross', CROSS_SECTION.heading), sections: cross });
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page)),
    intro: [CROSS_SECTION.lead],
    contents: null,
    scopes,
    prose: [],
  };
}
