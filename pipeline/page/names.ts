/**
 * File names and titles of a school's pages. File names use only the grade and the class's
 * position in it, never the class's own name (なかよし, ひまわり): names may hold any character,
 * and a file name must work inside a zip and on every operating system.
 */

/** The school's home page. */
export const HOME_PAGE = 'index.html';

/** `g6-c01.html` for the first class of grade 6; `position` counts from 1. */
export function classPageName(grade: number, position: number): string {
  return `g${grade}-c${String(position).padStart(2, '0')}.html`;
}

/** `6年`. */
export function gradeLabel(grade: number): string {
  return `${grade}年`;
}

/**
 * A class as people say it: `1組`, `A組` for a number or letters, the name itself otherwise
 * (`なかよし`).
 */
export function classLabel(name: string): string {
  return /^[0-9A-Za-z]+$/.test(name) ? `${name}組` : name;
}

/** `6年1組`, `6年 なかよし`. */
export function gradeClassLabel(grade: number, name: string): string {
  const cls = classLabel(name);
  return cls === name ? `${gradeLabel(grade)} ${cls}` : `${gradeLabel(grade)}${cls}`;
}

/** The id of a grade's section on the home page, for in-page links. */
export function gradeAnchor(grade: number): string {
  return `grade-${grade}`;
}
