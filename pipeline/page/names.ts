/**
 * File names of a school's pages and the ids of places in them. File names use only ASCII: the
 * grade, a subject's ASCII name or position, a class's position — never a class's own name
 * (なかよし, ひまわり), which may hold any character, while a file name must work inside a zip
 * and on every operating system.
 */
import { SUBJECT_SLUGS } from './words/domain.js';

/** The school's home page. */
export const HOME_PAGE = 'index.html';

/** The reading guide. */
export const GUIDE_PAGE = 'guide.html';

/** `g6-c01.html` for the first class of grade 6; `position` counts from 1. */
export function classPageName(grade: number, position: number): string {
  return `g${grade}-c${String(position).padStart(2, '0')}.html`;
}

/**
 * `g6-kokugo.html` for a subject with an ASCII name in {@link SUBJECT_SLUGS}, else
 * `g6-s02.html` from its `position` (from 1) among the grade's subjects.
 */
export function subjectPageName(grade: number, subject: string, position: number): string {
  return `g${grade}-${subjectKey(subject, position)}.html`;
}

/**
 * A subject's ASCII key: its name in {@link SUBJECT_SLUGS}, else `s02` from its `position`
 * (from 1) among the grade's subjects. Used in file names and in ids on a class page.
 */
export function subjectKey(subject: string, position: number): string {
  return SUBJECT_SLUGS[subject] ?? `s${String(position).padStart(2, '0')}`;
}

/** `influence.html`: the school's influencer panels. */
export const INFLUENCE_PAGE = 'influence.html';

/** `g6-scales.html`: the grade's questionnaire and scales. */
export function scalesPageName(grade: number): string {
  return `g${grade}-scales.html`;
}

/** `g6-analysis.html`: the grade's cross and influencer analysis. */
export function analysisPageName(grade: number): string {
  return `g${grade}-analysis.html`;
}

/** The id of a grade's section on the home page, for in-page links. */
export function gradeAnchor(grade: number): string {
  return `grade-${grade}`;
}
