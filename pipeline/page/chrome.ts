/**
 * What surrounds every page's body: its title, the header with school name, year, edition and
 * date, the navigation, the group colours and the notes on how to read the figures.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { formatDate, formatFiscalYear } from './format.js';
import { groupColors } from './groups.js';
import type { ChromeView, LinkView } from './view.js';
import { EDITION_WORDS, READING_NOTES, SCHOOL_TYPE_WORDS, smallGroupRule } from './words.js';

/** The chrome of one page named `pageName` (e.g. `学校全体`, `6年1組`). */
export function buildChrome(results: SchoolResults, pageName: string, nav: LinkView[]): ChromeView {
  const year = formatFiscalYear(results.year);
  const edition = EDITION_WORDS[results.edition];
  return {
    title: `${pageName}｜${results.school.name} 学校カルテ ${year} ${edition}`,
    schoolName: results.school.name,
    pageName,
    subtitle: [
      `${year} 学校カルテ（${edition}）`,
      SCHOOL_TYPE_WORDS[results.school.type],
      `作成日 ${formatDate(results.buildDate)}`,
    ].join('　'),
    nav,
    colors: groupColors(),
    notes: [...READING_NOTES, smallGroupRule(results.minGroupSize)],
  };
}
