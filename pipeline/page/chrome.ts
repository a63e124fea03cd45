/**
 * What surrounds every page's body: its title, the header with school name, year, edition and
 * date, the navigation, the group colours, the notes on how to read the figures and the link
 * to the reading guide.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { formatDate, formatFiscalYear } from './words/format.js';
import { groupColors } from './groups.js';
import { GUIDE_PAGE } from './names.js';
import type { ChromeView, NavRowView } from './view.js';
import {
  GUIDE_POINTER,
  READING_NOTES,
  READING_NOTES_HEADING,
  smallGroupRule,
} from './words/notes.js';
import { NAV_WORDS, pageTitle, subtitle } from './words/pages.js';
import { EDITION_WORDS } from './words/terms.js';

/** The chrome of the page named `pageName` (e.g. `学校全体`, `6年1組`). */
export function buildChrome(
  results: SchoolResults,
  pageName: string,
  nav: NavRowView[],
  options: { isGuide?: boolean } = {},
): ChromeView {
  const year = formatFiscalYear(results.year);
  return {
    title: pageTitle(pageName, results.school.name, year, EDITION_WORDS[results.edition]),
    schoolName: results.school.name,
    pageName,
    subtitle: subtitle(results, year, formatDate(results.buildDate)),
    nav,
    navLabel: NAV_WORDS.aria,
    notesHeading: READING_NOTES_HEADING,
    colors: groupColors(),
    notes: [...READING_NOTES, smallGroupRule(results.minGroupSize)],
    guide: options.isGuide ? null : { href: GUIDE_PAGE, text: GUIDE_POINTER, current: false },
  };
}
