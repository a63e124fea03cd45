/**
 * A subject's page for a grade (g<学年>-<教科>.html): for each survey that has the subject, its
 * scores against the references with their distributions; for the national test also every
 * item (設問別), the domains and viewpoints, and the no-answer rates; for ふくしま学調 the
 * levels, the growth and the share of students who grew.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { SourceId } from '../shared/types.js';
import { buildChrome } from './chrome.js';
import { buildDomainBlocks } from './domains.js';
import { buildItemBlock, buildNoAnswerBlock } from './items.js';
import { buildNav } from './navigation.js';
import type { PlannedPage } from './plan.js';
import { narrowScope, schoolScope, type Scope } from './scope.js';
import { section } from './sections.js';
import { buildUnitBlocks } from './unitBlocks.js';
import type { PageView, ScopeView } from './view.js';
import { smallGroupNote } from './words/notes.js';
import {
  SUBJECT_SCORES_SECTION,
  domainsSection,
  itemsSection,
  noAnswerSection,
  surveyHeading,
} from './words/sections.js';
import { SOURCE_NAMES } from './words/terms.js';

/** Surveys that measure subjects, in page order. */
const SUBJECT_SURVEYS: readonly SourceId[] = ['zenkoku', 'fukushima'];

/** The view of a subject page planned in `pages`. */
export function buildSubjectPage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  const grade = page.grade!;
  const subject = page.subject!;
  const all = schoolScope(results, grade.figures);
  const small = grade.students < results.minGroupSize;
  const scopes = SUBJECT_SURVEYS.flatMap((survey) => {
    const scope = narrowScope(all, (i) => i.subject === subject && i.survey === survey);
    return scope.figures.length ? [buildSurveyScope(scope, survey, subject)] : [];
  });
  if (small && scopes[0]) {
    scopes[0].banner = smallGroupNote('grade', grade.students, results.minGroupSize);
  }
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page)),
    contents: null,
    intro: [],
    scopes,
    prose: [],
  };
}

function buildSurveyScope(scope: Scope, survey: SourceId, subject: string): ScopeView {
  const item = buildItemBlock(scope, subject, '');
  const noAnswer = buildNoAnswerBlock(scope, '');
  return {
    anchor: survey,
    heading: surveyHeading(SOURCE_NAMES[survey], subject),
    banner: null,
    links: [],
    linksLabel: '',
    sections: [
      ...section(SUBJECT_SCORES_SECTION, buildUnitBlocks(scope)),
      ...section(itemsSection(subject), item ? [item] : []),
      ...section(domainsSection(subject), buildDomainBlocks(scope, '')),
      ...section(noAnswerSection(subject), noAnswer ? [noAnswer] : []),
    ],
  };
}
