/**
 * A class's page (g<学年>-c<NN>.html): its 強み・課題; 本学級 against 本校 and the city — scores,
 * distributions, scale profiles, each subject's items, domains and no-answer rates, the
 * questionnaire; the planes of its students' scores against a scale; the I-SUS plane of its
 * four groups; its priority grid.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { buildChrome } from './chrome.js';
import { buildIsusPlaneBlock } from './isusPlane.js';
import { buildNav } from './navigation.js';
import type { PlannedPage } from './plan.js';
import { buildScatterBlocks } from './scatter.js';
import { statementsAnchor } from './anchors.js';
import { buildDomainBlocks } from './domains.js';
import { buildItemBlock, buildNoAnswerBlock } from './items.js';
import { CLASS_PREFIX } from './locate.js';
import { subjectKey } from './names.js';
import { gradeSubjects } from './plan.js';
import { buildPrioritySection } from './priorityGrid.js';
import { buildQuestionBlock } from './questions.js';
import { classScope, narrowScope, type Scope } from './scope.js';
import { blocks, buildScopeSections, section } from './sections.js';
import { buildStatementSection } from './statements.js';
import type { PageView, SectionView } from './view.js';
import { CLASS_TOO_SMALL } from './words/influence.js';
import { QUESTIONS_SECTION, classSubjectSection } from './words/sections.js';
import { smallGroupNote } from './words/notes.js';
import { withSize } from './words/pages.js';
import { ISUS_SECTION, PLANES_SECTION } from './words/planes.js';

/**
 * A subject's 設問別, 領域別・観点別 and 無解答率 for the class, ids prefixed with `key`: tables
 * only, the charts being on the subject's page for the grade.
 */
function buildSubjectDetail(scope: Scope, subject: string, key: string): SectionView[] {
  const own = narrowScope(scope, (info) => info.subject === subject);
  const tableOnly = { chart: false };
  return section(classSubjectSection(subject), [
    ...blocks(buildItemBlock(own, subject, key, tableOnly)),
    ...buildDomainBlocks(own, key, tableOnly),
    ...blocks(buildNoAnswerBlock(own, key, tableOnly)),
  ]);
}

/** The view of a class page planned in `pages`. */
export function buildClassPage(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  page: PlannedPage,
): PageView {
  const grade = page.grade!;
  const cls = grade.classes[page.position! - 1]!;
  const scope = classScope(results, cls.figures);
  const small = cls.students < results.minGroupSize;
  const isus = buildIsusPlaneBlock(scope, cls.points);
  const tableOnly = { chart: false };
  return {
    chrome: buildChrome(results, page.name, buildNav(results, pages, page)),
    contents: null,
    intro: [],
    scopes: [
      {
        anchor: 'class',
        heading: withSize(page.name, cls.students),
        banner: small ? smallGroupNote('class', cls.students, results.minGroupSize) : null,
        links: [],
        linksLabel: '',
        sections: [
          ...buildStatementSection(
            results,
            pages,
            cls.statements,
            '本学級',
            statementsAnchor(''),
            small ? CLASS_TOO_SMALL : null,
          ),
          ...buildScopeSections(scope, CLASS_PREFIX),
          ...gradeSubjects(results, grade).flatMap((subject, i) =>
            buildSubjectDetail(scope, subject, subjectKey(subject, i + 1)),
          ),
          ...section(QUESTIONS_SECTION, blocks(buildQuestionBlock(scope, CLASS_PREFIX, tableOnly))),
          ...section(PLANES_SECTION, buildScatterBlocks(scope, cls.points)),
          ...section(ISUS_SECTION, isus ? [isus] : []),
          ...buildPrioritySection(results, cls.priorities, '本学級'),
        ],
      },
    ],
    prose: [],
  };
}
