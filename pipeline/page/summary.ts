/**
 * The home page's overview: one table of every grade and subject, each score's mean and its
 * call against the city, so that a principal sees the whole school on one screen before
 * reading each grade's charts. Each subject links to its page.
 */
import type { MeasureFigures, MeasureInfo, SchoolResults } from '../analyze/resultsSchema.js';
import { cell, head, withheldCell } from './figureTable.js';
import { formatValue } from './words/format.js';
import type { PlannedPage } from './plan.js';
import { gradeSubjects } from './plan.js';
import { cityReference, isVisible, measureIndex } from './scope.js';
import type { BodyView, CellView, ScopeView, TableView } from './view.js';
import { ROW_HEADS } from './words/figures.js';
import { cautionNote } from './words/notes.js';
import { gradeLabel, withSize } from './words/pages.js';
import { SUMMARY_WORDS } from './words/sections.js';
import { CALL_MARKS, CALL_WORDS, CAUTION_MARK, NONE } from './words/terms.js';
import { SCORE_UNITS, unitOf, type ScoreUnit } from './words/units.js';

/** The id of the overview on the home page. */
export const SUMMARY_ANCHOR = 'summary';

/** The overview scope of the home page; null when the school has no score figures. */
export function buildSummaryScope(
  results: SchoolResults,
  pages: readonly PlannedPage[],
): ScopeView | null {
  const table = buildSummaryTable(results, pages);
  if (!table) return null;
  return {
    anchor: SUMMARY_ANCHOR,
    heading: SUMMARY_WORDS.heading,
    banner: null,
    links: [],
    linksLabel: '',
    sections: [
      {
        heading: SUMMARY_WORDS.section,
        lead: SUMMARY_WORDS.lead,
        blocks: [
          {
            anchor: null,
            heading: '',
            lead: null,
            chart: null,
            message: null,
            table,
            details: null,
            statements: null,
          },
        ],
      },
    ],
  };
}

function buildSummaryTable(
  results: SchoolResults,
  pages: readonly PlannedPage[],
): TableView | null {
  const measures = measureIndex(results);
  const infoOf = (f: MeasureFigures) => measures.get(f.measure);
  const units = SCORE_UNITS.filter((unit) =>
    results.grades.some((g) => g.figures.some((f) => unitOf(infoOf(f)!) === unit)),
  );
  if (units.length === 0) return null;
  let caution = false;
  const bodies: BodyView[] = results.grades.map((grade) => ({
    heading: withSize(gradeLabel(grade.grade), grade.students),
    rows: gradeSubjects(results, grade).map((subject) => {
      const page = pages.find(
        (p) => p.kind === 'subject' && p.grade === grade && p.subject === subject,
      );
      const cells = units.map((unit) => {
        const figures = grade.figures.find((f) => {
          const info = infoOf(f);
          return info?.subject === subject && unitOf(info) === unit;
        });
        const made = figures ? summaryCell(figures, infoOf(figures)!) : cell(NONE);
        caution ||= made.text.endsWith(CAUTION_MARK);
        return made;
      });
      return { label: subject, href: page?.path ?? null, group: null, mark: null, cells };
    }),
  }));
  return {
    caption: SUMMARY_WORDS.caption,
    rowHead: ROW_HEADS.subject,
    head: units.map((unit: ScoreUnit) => head(unit.heading)),
    bodies,
    notes: caution ? [cautionNote(results.minGroupSize)] : [],
    span: units.length + 1,
  };
}

/** A mean with its call against the city under it, e.g. `65.6%` / `▲上回る`. */
function summaryCell(figures: MeasureFigures, info: MeasureInfo): CellView {
  const own = figures.group;
  if (!isVisible(own)) return withheldCell(own);
  const mark = own.status === 'caution' ? CAUTION_MARK : '';
  const city = cityReference(figures);
  const call = city ? `${CALL_MARKS[city.call]}${CALL_WORDS[city.call]}` : NONE;
  return cell(`${formatValue(own.mean!, info)}${mark}`, 'num', call);
}
