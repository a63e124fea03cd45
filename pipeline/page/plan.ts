/**
 * The pages of a school's karte, in reading (and printing) order: the home page; for each
 * grade its subject pages, its questionnaire-and-scales page, its cross-analysis page and its
 * class pages; the school's influencer panels; the reading guide last. Navigation, links and
 * the build all read this one list.
 */
import type { GradeResults, SchoolResults } from '../analyze/resultsSchema.js';
import {
  GUIDE_PAGE,
  HOME_PAGE,
  INFLUENCE_PAGE,
  analysisPageName,
  classPageName,
  scalesPageName,
  subjectPageName,
} from './names.js';
import { measureIndex } from './scope.js';
import {
  GUIDE_NAME,
  HOME_NAME,
  SCALES_NAME,
  classLabel,
  gradeClassLabel,
  gradePageLabel,
} from './words/pages.js';
import { ANALYSIS_NAME, INFLUENCE_NAME } from './words/influence.js';

/** What a page is about. */
export type PageKind = 'home' | 'subject' | 'scales' | 'analysis' | 'class' | 'influence' | 'guide';

/** One page of the karte. */
export interface PlannedPage {
  kind: PageKind;
  /** File name in the school's folder. */
  path: string;
  /** The page's heading, e.g. `6年 国語`. */
  name: string;
  /** Its text in navigation within its grade, e.g. `国語`, `1組`. */
  linkText: string;
  /** The grade of a subject, scales, analysis or class page; null for the school's pages. */
  grade: GradeResults | null;
  /** The subject of a subject page. */
  subject: string | null;
  /** A class page's class position in its grade, from 1. */
  position: number | null;
}

/** Families of measures that belong to a subject's page. */
const SUBJECT_FAMILIES = new Set(['score', 'grew', 'item', 'noAnswer', 'domain', 'viewpoint']);

/** The subjects of a grade, in the order their figures first appear in the results. */
export function gradeSubjects(results: SchoolResults, grade: GradeResults): string[] {
  const measures = measureIndex(results);
  const subjects = new Set<string>();
  for (const figures of grade.figures) {
    const info = measures.get(figures.measure);
    if (info?.subject && SUBJECT_FAMILIES.has(info.family)) subjects.add(info.subject);
  }
  return [...subjects];
}

/** Whether a grade has questionnaire or scale figures, and so a scales page. */
export function hasScalesPage(results: SchoolResults, grade: GradeResults): boolean {
  const measures = measureIndex(results);
  return grade.figures.some((f) => {
    const family = measures.get(f.measure)?.family;
    return family === 'scale' || family === 'question';
  });
}

/** Whether a grade has cross analysis or a priority grid, and so an analysis page. */
export function hasAnalysisPage(grade: GradeResults): boolean {
  return grade.cross.length > 0 || grade.priorities.grids.length > 0;
}

/** The pages of a grade, in order. */
export function planGradePages(results: SchoolResults, grade: GradeResults): PlannedPage[] {
  const at = { grade, subject: null, position: null };
  const pages: PlannedPage[] = gradeSubjects(results, grade).map((subject, i) => ({
    ...at,
    kind: 'subject',
    path: subjectPageName(grade.grade, subject, i + 1),
    name: gradePageLabel(grade.grade, subject),
    linkText: subject,
    subject,
  }));
  if (hasScalesPage(results, grade)) {
    pages.push({
      ...at,
      kind: 'scales',
      path: scalesPageName(grade.grade),
      name: gradePageLabel(grade.grade, SCALES_NAME),
      linkText: SCALES_NAME,
    });
  }
  if (hasAnalysisPage(grade)) {
    pages.push({
      ...at,
      kind: 'analysis',
      path: analysisPageName(grade.grade),
      name: gradePageLabel(grade.grade, ANALYSIS_NAME),
      linkText: ANALYSIS_NAME,
    });
  }
  grade.classes.forEach((cls, i) =>
    pages.push({
      ...at,
      kind: 'class',
      path: classPageName(grade.grade, i + 1),
      name: gradeClassLabel(grade.grade, cls.name),
      linkText: classLabel(cls.name),
      position: i + 1,
    }),
  );
  return pages;
}

/** Every page of the school's karte, in order. */
export function planSchoolPages(results: SchoolResults): PlannedPage[] {
  const none = { grade: null, subject: null, position: null };
  return [
    { ...none, kind: 'home', path: HOME_PAGE, name: HOME_NAME, linkText: HOME_NAME },
    ...results.grades.flatMap((grade) => planGradePages(results, grade)),
    ...(results.influence.school.length > 0
      ? [
          {
            ...none,
            kind: 'influence' as const,
            path: INFLUENCE_PAGE,
            name: INFLUENCE_NAME,
            linkText: INFLUENCE_NAME,
          },
        ]
      : []),
    { ...none, kind: 'guide', path: GUIDE_PAGE, name: GUIDE_NAME, linkText: GUIDE_NAME },
  ];
}
