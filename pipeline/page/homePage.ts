/**
 * The school's home page (index.html): the data-coverage note, then per grade the scores,
 * distributions, scale profiles and questionnaire of 本校 against the city and the published
 * values, with links to the grade's class pages.
 */
import type { GradeResults, SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { buildCoverageNote } from './coverage.js';
import { gradeAnchor, gradeLabel } from './names.js';
import { classLinks, homeNav } from './navigation.js';
import { buildQuestionBlock } from './questions.js';
import { schoolScope } from './scope.js';
import { buildScopeSections, section } from './sections.js';
import type { PageView, ScopeView } from './view.js';
import { smallGroupNote } from './words.js';

/** The view of index.html. */
export function buildHomePage(results: SchoolResults): PageView {
  return {
    chrome: buildChrome(results, '学校全体', homeNav(results)),
    intro: buildCoverageNote(results.join),
    scopes: results.grades.map((grade) => buildGradeScope(results, grade)),
  };
}

function buildGradeScope(results: SchoolResults, grade: GradeResults): ScopeView {
  const scope = schoolScope(results, grade.figures);
  const questions = buildQuestionBlock(scope);
  const small = grade.students < results.minGroupSize;
  return {
    anchor: gradeAnchor(grade.grade),
    heading: `${gradeLabel(grade.grade)}（${grade.students}人）`,
    banner: small ? smallGroupNote('学年', grade.students, results.minGroupSize) : null,
    links: classLinks(grade, null),
    sections: [
      ...buildScopeSections(scope),
      ...section('全国学調 質問紙', null, questions ? [questions] : []),
    ],
  };
}
