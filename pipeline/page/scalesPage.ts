/**
 * A grade's questionnaire page (g<学年>-scales.html): the scale profiles of 非認知能力, 学習方略
 * and I-SUS against the city, and the share of positive answers to each question of the
 * national test's questionnaire, category by category.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { buildNav } from './navigation.js';
import type { PlannedPage } from './plan.js';
import { buildProfileBlocks } from './profile.js';
import { buildQuestionBlock } from './questions.js';
import { schoolScope } from './scope.js';
import { blocks, section } from './sections.js';
import type { PageView } from './view.js';
import { smallGroupNote } from './words/notes.js';
import { gradeLabel, withSize } from './words/pages.js';
import { QUESTIONS_SECTION, SCALES_PAGE_LEAD, SCALES_SECTION } from './words/sections.js';

/** The view of a grade's scales page planned in `pages`. */
export function buildScalesPage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  const grade = page.grade!;
  const scope = schoolScope(results, grade.figures);
  const small = grade.students < results.minGroupSize;
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page)),
    contents: null,
    intro: [SCALES_PAGE_LEAD],
    scopes: [
      {
        anchor: 'scales',
        heading: withSize(gradeLabel(grade.grade), grade.students),
        banner: small ? smallGroupNote('grade', grade.students, results.minGroupSize) : null,
        links: [],
        linksLabel: '',
        sections: [
          ...section(SCALES_SECTION, buildProfileBlocks(scope, '')),
          ...section(QUESTIONS_SECTION, blocks(buildQuestionBlock(scope, ''))),
        ],
      },
    ],
    prose: [],
  };
}
