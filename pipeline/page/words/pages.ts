/**
 * The names of a school's pages and of the groups they are about, as links, headings and page
 * titles print them.
 */
import type { SchoolResults } from '../../analyze/resultsSchema.js';
import { EDITION_WORDS, KARTE, SCHOOL_TYPE_WORDS, people } from './terms.js';

/** The school's home page. */
export const HOME_NAME = '学校全体';

/** The reading guide. */
export const GUIDE_NAME = '読み方ガイド';

/** A grade's page of questionnaire scales and answers. */
export const SCALES_NAME = '質問紙・尺度';

/** The city page. */
export const CITY_NAME = '市全体（教育委員会用）';

/** Labels of the navigation rows. */
export const NAV_WORDS = {
  aria: 'ページの移動',
  karte: 'ページ',
  grades: '学年',
  subjects: '教科',
  more: '質問紙・分析',
  classes: '学級',
} as const;

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

/** `6年 国語`, `6年 質問紙・尺度`. */
export function gradePageLabel(grade: number, name: string): string {
  return `${gradeLabel(grade)} ${name}`;
}

/** What a grade's links on the home page are, for screen readers: `6年のページ`. */
export function gradeLinksLabel(grade: number): string {
  return `${gradeLabel(grade)}のページ`;
}

/** A group with its size, e.g. `6年（54人）`, `6年1組（27人）`. */
export function withSize(label: string, students: number): string {
  return `${label}（${people(students)}）`;
}

/** The document title: page, school, karte, year and edition. */
export function pageTitle(pageName: string, schoolName: string, year: string, edition: string) {
  return `${pageName}｜${schoolName} ${KARTE} ${year} ${edition}`;
}

/** The line under a page's heading: year, edition, 校種 and build date. */
export function subtitle(results: SchoolResults, year: string, date: string): string {
  return [
    `${year} ${KARTE}（${EDITION_WORDS[results.edition]}）`,
    SCHOOL_TYPE_WORDS[results.school.type],
    `作成日 ${date}`,
  ].join('　');
}
