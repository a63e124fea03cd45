/**
 * Links between a school's pages. Every href is relative and stays inside the school's folder,
 * so the pages work opened from disk (file://) and from inside the zip.
 */
import type { GradeResults, SchoolResults } from '../analyze/resultsSchema.js';
import { HOME_PAGE, classLabel, classPageName, gradeAnchor, gradeLabel } from './names.js';
import type { LinkView } from './view.js';

/** Links to the class pages of a grade; `current` (from 1) marks the page's own class. */
export function classLinks(grade: GradeResults, current: number | null): LinkView[] {
  return grade.classes.map((cls, i) => ({
    href: classPageName(grade.grade, i + 1),
    text: `${gradeLabel(grade.grade)}${classLabel(cls.name)}（${cls.students}人）`,
    current: current === i + 1,
  }));
}

/** The home page's navigation: itself, then each grade's section. */
export function homeNav(results: SchoolResults): LinkView[] {
  return [
    { href: HOME_PAGE, text: '学校全体', current: true },
    ...results.grades.map((g) => ({
      href: `#${gradeAnchor(g.grade)}`,
      text: gradeLabel(g.grade),
      current: false,
    })),
  ];
}

/** A class page's navigation: the home page, then every class of the grade. */
export function classNav(grade: GradeResults, position: number): LinkView[] {
  return [{ href: HOME_PAGE, text: '学校全体', current: false }, ...classLinks(grade, position)];
}
