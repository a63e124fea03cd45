/**
 * Links between a school's pages, from the plan of its pages. Every href is relative and stays
 * inside the school's folder, so the pages work opened from disk (file://) and from the zip.
 */
import type { GradeResults, SchoolResults } from '../analyze/resultsSchema.js';
import { HOME_PAGE, gradeAnchor } from './names.js';
import type { PlannedPage } from './plan.js';
import { planGradePages } from './plan.js';
import type { LinkView, NavRowView } from './view.js';
import { NAV_WORDS, gradeLabel, withSize } from './words/pages.js';

const link = (page: PlannedPage, current: PlannedPage | null, text = page.linkText): LinkView => ({
  href: page.path,
  text,
  current: page.path === current?.path,
});

/**
 * The navigation of `current`: the karte row (home, each grade's part of the home page, the
 * influencer panels, the guide) and, on a page of a grade, the row of that grade's pages.
 */
export function buildNav(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  current: PlannedPage,
): NavRowView[] {
  const home = pages.find((p) => p.kind === 'home')!;
  const guide = pages.find((p) => p.kind === 'guide')!;
  const influence = pages.filter((p) => p.kind === 'influence');
  const onHome = current.kind === 'home';
  const karte: NavRowView = {
    label: NAV_WORDS.karte,
    links: [
      link(home, current),
      ...results.grades.map((g) => ({
        href: `${onHome ? '' : HOME_PAGE}#${gradeAnchor(g.grade)}`,
        text: gradeLabel(g.grade),
        current: false,
      })),
      ...influence.map((p) => link(p, current)),
      link(guide, current),
    ],
  };
  if (!current.grade) return [karte];
  const grade = current.grade;
  const own = pages.filter((p) => p.grade === grade);
  return [karte, { label: gradeLabel(grade.grade), links: own.map((p) => link(p, current)) }];
}

/** The home page's links to a grade's pages: its subjects, its questionnaire, its classes. */
export function gradeLinks(results: SchoolResults, grade: GradeResults): NavRowView[] {
  const pages = planGradePages(results, grade);
  const rows: NavRowView[] = [
    {
      label: NAV_WORDS.subjects,
      links: pages.filter((p) => p.kind === 'subject').map((p) => link(p, null)),
    },
    {
      label: NAV_WORDS.more,
      links: pages
        .filter((p) => p.kind === 'scales' || p.kind === 'analysis')
        .map((p) => link(p, null)),
    },
    {
      label: NAV_WORDS.classes,
      links: pages
        .filter((p) => p.kind === 'class')
        .map((p) => link(p, null, withSize(p.linkText, grade.classes[p.position! - 1]!.students))),
    },
  ];
  return rows.filter((row) => row.links.length > 0);
}
