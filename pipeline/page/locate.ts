/**
 * Where a figure is drawn: the page and block id of a measure's chart for a grade (on its
 * subject or questionnaire page) or for a class (on its class page), so that each sentence of
 * 強み・課題 links to the chart it comes from. The ids are those the builders give their blocks
 * (anchors.ts), found the same way the builders order their blocks.
 */
import type { GradeResults, MeasureInfo, SchoolResults } from '../analyze/resultsSchema.js';
import type { Statement } from '../analyze/statements/schema.js';
import {
  PRIORITIES_ANCHOR,
  domainAnchor,
  itemsAnchor,
  noAnswerAnchor,
  profileAnchor,
  questionAnchor,
  unitAnchor,
} from './anchors.js';
import { subjectKey } from './names.js';
import type { PlannedPage } from './plan.js';
import { gradeSubjects } from './plan.js';
import { scaleGroups } from './profile.js';
import { classScope, measureIndex, schoolScope, type Scope } from './scope.js';
import { SCALE_GROUP_DEFAULT } from './words/figures.js';
import { unitOf } from './words/units.js';

/** The prefix of a class page's block ids for its overview blocks. */
export const CLASS_PREFIX = 'class';

/** The href of the chart a statement comes from; null when no page shows it. */
export function statementHref(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  statement: Statement,
): string | null {
  const { grade: number, class: cls, measure, section } = statement.source;
  const grade = results.grades.find((g) => g.grade === number);
  if (!grade) return null;
  const info = measureIndex(results).get(measure);
  if (cls === null) {
    if (section === 'influence') {
      const analysis = pages.find((p) => p.kind === 'analysis' && p.grade === grade);
      return analysis ? `${analysis.path}#${PRIORITIES_ANCHOR}` : null;
    }
    return info ? gradeFigureHref(results, pages, grade, info) : null;
  }
  const position = grade.classes.findIndex((c) => c.name === cls) + 1;
  const page = pages.find(
    (p) => p.kind === 'class' && p.grade === grade && p.position === position,
  );
  if (!page) return null;
  if (section === 'influence') return `${page.path}#${PRIORITIES_ANCHOR}`;
  const scope = classScope(results, grade.classes[position - 1]!.figures);
  const anchor = info ? figureAnchor(results, grade, scope, info, CLASS_PREFIX, true) : null;
  return anchor ? `${page.path}#${anchor}` : null;
}

function gradeFigureHref(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  grade: GradeResults,
  info: MeasureInfo,
): string | null {
  const onScales = info.family === 'scale' || info.family === 'question';
  const page = pages.find((p) =>
    onScales
      ? p.kind === 'scales' && p.grade === grade
      : p.kind === 'subject' && p.grade === grade && p.subject === info.subject,
  );
  if (!page) return null;
  const anchor = figureAnchor(results, grade, schoolScope(results, grade.figures), info, '', false);
  return anchor ? `${page.path}#${anchor}` : null;
}

/**
 * The id of the block of `info` in a scope: on a subject or questionnaire page (`prefix` '')
 * or on a class page, where a subject's detail blocks carry the subject's key.
 */
function figureAnchor(
  results: SchoolResults,
  grade: GradeResults,
  scope: Scope,
  info: MeasureInfo,
  prefix: string,
  perSubject: boolean,
): string | null {
  const unit = unitOf(info);
  if (unit) return unitAnchor(prefix, unit.key);
  const subjectPrefix = () => {
    const subjects = gradeSubjects(results, grade);
    const key = subjectKey(info.subject ?? '', subjects.indexOf(info.subject ?? '') + 1);
    return perSubject ? key : prefix;
  };
  switch (info.family) {
    case 'item':
      return itemsAnchor(subjectPrefix());
    case 'noAnswer':
      return noAnswerAnchor(subjectPrefix());
    case 'domain':
    case 'viewpoint':
      return domainAnchor(subjectPrefix(), info.family);
    case 'scale': {
      const position = scaleGroups(scope).indexOf(info.group ?? SCALE_GROUP_DEFAULT) + 1;
      return position > 0 ? profileAnchor(prefix, position) : null;
    }
    case 'question':
      return questionAnchor(prefix);
    default:
      return null;
  }
}
