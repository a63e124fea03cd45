/**
 * The board's city page (city/index.html, 教育委員会用): per 校種 and grade the city's figures
 * against 福島県 and 全国 and the spread of the schools' means as counts; the city influencer
 * models; the data-quality summary. It names no school and orders none, and is written beside
 * the schools' folders, never into a school's pack.
 */
import type { CityResults } from '../analyze/board/schema.js';
import { buildCityGradeBlocks } from './cityFigures.js';
import { buildCityModelBlocks } from './cityModels.js';
import { buildDataQualityBlocks } from './dataQuality.js';
import { groupColors } from './groups.js';
import type { PageView, ScopeView } from './view.js';
import {
  CITY_INTRO,
  CITY_PAGE,
  MODELS_SECTION,
  QUALITY_SECTION,
  cityGradeHeading,
  citySubtitle,
  cityTitle,
  typeHeading,
} from './words/city.js';
import { formatDate, formatFiscalYear } from './words/format.js';
import { READING_NOTES, READING_NOTES_HEADING, smallGroupRule } from './words/notes.js';
import { NAV_WORDS } from './words/pages.js';

/** The city page's file, in the edition's `city/` folder. */
export const CITY_PAGE_FILE = 'index.html';

// LIMITATION: the city's cross analysis and the logistic models of "below the level" are in
// city/results.json but not on this page; the board reads them from the file.

/** The view of the city page. */
export function buildCityPage(city: CityResults): PageView {
  const year = formatFiscalYear(city.year);
  const scopes: ScopeView[] = city.types.map((type) => ({
    anchor: type.schoolType === '小' ? 'elementary' : 'junior-high',
    heading: typeHeading(type.schoolType, type.schools, type.students),
    banner: null,
    links: [],
    linksLabel: '',
    sections: [
      ...type.grades.map((grade) => ({
        heading: cityGradeHeading(grade.grade, grade.students),
        lead: null,
        blocks: buildCityGradeBlocks(type, grade, city.minGroupSize),
      })),
      ...(type.models.length
        ? [{ ...MODELS_SECTION, blocks: buildCityModelBlocks(type, city.note) }]
        : []),
    ].filter((s) => s.blocks.length > 0),
  }));
  scopes.push({
    anchor: 'data-quality',
    heading: QUALITY_SECTION.heading,
    banner: null,
    links: [],
    linksLabel: '',
    sections: [
      {
        heading: QUALITY_SECTION.section,
        lead: QUALITY_SECTION.lead,
        blocks: buildDataQualityBlocks(city.dataQuality),
      },
    ],
  });
  return {
    chrome: {
      title: cityTitle(year, city.edition),
      schoolName: CITY_PAGE.owner,
      pageName: CITY_PAGE.name,
      subtitle: citySubtitle(year, city.edition, formatDate(city.buildDate)),
      nav: [],
      navLabel: NAV_WORDS.aria,
      notesHeading: READING_NOTES_HEADING,
      colors: groupColors(),
      notes: [...READING_NOTES, smallGroupRule(city.minGroupSize)],
      guide: null,
    },
    intro: [...CITY_INTRO],
    contents: null,
    scopes,
    prose: [],
  };
}
