/**
 * The school's home page (index.html), the school at a glance: the data-coverage note, then per
 * grade each subject's scores against the city, 福島県 and 全国 with their intervals, and links
 * to every page of the grade.
 */
import type { GradeResults, SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { statementsAnchor, unitAnchor } from './anchors.js';
import { buildComparisonBlocks } from './comparison.js';
import { buildCoverageNote } from './coverage.js';
import { gradeAnchor } from './names.js';
import { buildNav, gradeLinks } from './navigation.js';
import type { PlannedPage } from './plan.js';
import { schoolScope } from './scope.js';
import { buildSummaryScope } from './summary.js';
import { section } from './sections.js';
import { buildStatementSection } from './statements.js';
import type { PageView, ScopeView } from './view.js';
import { GRADE_TOO_SMALL } from './words/influence.js';
import { smallGroupNote } from './words/notes.js';
import { gradeLabel, gradeLinksLabel, withSize } from './words/pages.js';
import { GRADE_SCORES_SECTION } from './words/sections.js';
import { unitOf } from './words/units.js';

/** The view of index.html. */
export function buildHomePage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page)),
    contents: null,
    intro: buildCoverageNote(results.join),
    scopes: [
      ...[buildSummaryScope(results, pages)].filter((s) => s !== null),
      ...results.grades.map((grade) => buildGradeScope(results, pages, grade)),
    ],
    prose: [],
  };
}

function buildGradeScope(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  grade: GradeResults,
): ScopeView {
  const scope = schoolScope(results, grade.figures);
  const anchor = gradeAnchor(grade.grade);
  const subjectPage = (subject: string | null) =>
    pages.find((p) => p.kind === 'subject' && p.grade === grade && p.subject === subject);
  const small = grade.students < results.minGroupSize;
  return {
    anchor,
    heading: withSize(gradeLabel(grade.grade), grade.students),
    banner: small ? smallGroupNote('grade', grade.students, results.minGroupSize) : null,
    links: gradeLinks(results, grade),
    linksLabel: gradeLinksLabel(grade.grade),
    sections: [
      ...buildStatementSection(
        results,
        pages,
        grade.statements,
        '本校',
        statementsAnchor(anchor),
        small ? GRADE_TOO_SMALL : null,
      ),
      ...section(
        GRADE_SCORES_SECTION,
        buildComparisonBlocks(scope, anchor, (info) => {
          const target = subjectPage(info.subject);
          const unit = unitOf(info);
          return target && unit ? `${target.path}#${unitAnchor('', unit.key)}` : null;
        }),
      ),
    ],
  };
}
