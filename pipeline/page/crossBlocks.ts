/**
 * The cross analysis of a grade (クロス分析): for each outcome, the mean outcome of the students
 * with each answer to a question or in each band of a scale, 本校 beside the city, with its
 * interval and n. Charts for the factors that explain the most of the city's score variance
 * for the outcome; every other breakdown in one folded table, so no number is lost.
 */
import type { CrossBreakdown, CrossCell } from '../analyze/cross/schema.js';
import type { GradeResults, MeasureInfo, SchoolResults } from '../analyze/resultsSchema.js';
import type { CrossDatum } from '../chart/data.js';
import type { GroupName } from '../chart/palette.js';
import { crossAnchor } from './anchors.js';
import { byCityShare, outcomeLabel } from './factors.js';
import { cell, head, withheldCell } from './figureTable.js';
import { GROUP_KEYS } from './groups.js';
import { measureIndex } from './scope.js';
import type { BlockView, BodyView, CellView, SectionView, TableView } from './view.js';
import { numbersCaption } from './words/figures.js';
import { formatInterval, formatValue } from './words/format.js';
import { CROSS_HEADS, crossHeading, crossRestSummary } from './words/influence.js';
import { cautionNote } from './words/notes.js';
import { CAUTION_MARK, INTERVAL_WORD, NONE, nText } from './words/terms.js';
import { unitOf } from './words/units.js';

/** Breakdowns drawn as charts per outcome. */
export const CROSS_CHARTS_PER_OUTCOME = 2;

const visible = (c: CrossCell) => c.status !== 'suppressed' && c.mean !== null;

/** One section per outcome of the grade's cross analysis, in results order. */
export function buildCrossSections(results: SchoolResults, grade: GradeResults): SectionView[] {
  const outcomes = [...new Set(grade.cross.map((b) => b.outcome))];
  return outcomes.map((outcome, i) => {
    const info = measureIndex(results).get(outcome);
    const breakdowns = grade.cross.filter((b) => b.outcome === outcome);
    const order = byCityShare(
      results,
      outcome,
      breakdowns.map((b) => b.by.id),
    );
    const charted = order.slice(0, CROSS_CHARTS_PER_OUTCOME);
    const label = outcomeLabel(results, outcome);
    const blocks: BlockView[] = charted.map((id, j) => {
      const breakdown = breakdowns.find((b) => b.by.id === id)!;
      return buildCrossBlock(results, breakdown, info, j === 0 ? crossAnchor(i + 1) : null);
    });
    const rest = breakdowns.filter((b) => !charted.includes(b.by.id));
    if (rest.length > 0) {
      blocks.push({
        anchor: null,
        heading: '',
        lead: null,
        chart: null,
        message: null,
        table: null,
        details: {
          summary: crossRestSummary(label),
          table: buildCrossTable(results, rest, info, crossRestSummary(label)),
        },
        statements: null,
      });
    }
    return { heading: label, lead: null, blocks };
  });
}

function buildCrossBlock(
  results: SchoolResults,
  breakdown: CrossBreakdown,
  info: MeasureInfo | undefined,
  anchor: string | null,
): BlockView {
  const heading = crossHeading(outcomeLabel(results, breakdown.outcome), breakdown.by.label);
  const unit = info ? unitOf(info) : undefined;
  const data: CrossDatum[] = [];
  for (const c of breakdown.cells) {
    for (const [group, figure] of [
      ['本校', c.group],
      ['市全体', c.city],
    ] as const) {
      if (!visible(figure)) continue;
      data.push({
        category: c.label,
        group,
        mean: figure.mean!,
        lower: figure.ci?.[0] ?? null,
        upper: figure.ci?.[1] ?? null,
        n: figure.n,
      });
    }
  }
  return {
    anchor,
    heading,
    lead: null,
    chart: data.length
      ? {
          kind: 'cross',
          input: {
            title: heading,
            valueTitle: unit?.valueTitle ?? info?.label ?? breakdown.outcome,
            domain: unit?.domain ?? null,
            rows: data,
          },
          svg: '',
        }
      : null,
    message: null,
    table: buildCrossTable(results, [breakdown], info, numbersCaption(heading)),
    details: null,
    statements: null,
  };
}

/** The numbers of breakdowns: a body per breakdown (headed by its factor when several). */
function buildCrossTable(
  results: SchoolResults,
  breakdowns: readonly CrossBreakdown[],
  info: MeasureInfo | undefined,
  caption: string,
): TableView {
  const style = info ?? { unit: '' as const, decimals: 1 };
  let caution = false;
  const valueCell = (figure: CrossCell, group: GroupName): CellView => {
    if (!visible(figure)) return withheldCell(figure);
    const mark = figure.status === 'caution' ? CAUTION_MARK : '';
    caution ||= mark !== '';
    return cell(
      `${formatValue(figure.mean!, style)}${mark}`,
      group === '本校' ? 'num own' : 'num',
      nText(figure.n),
    );
  };
  const bodies: BodyView[] = breakdowns.map((b) => ({
    heading: breakdowns.length > 1 ? b.by.label : null,
    rows: b.cells.map((c) => ({
      label: c.label,
      href: null,
      group: null,
      mark: null,
      cells: [
        valueCell(c.group, '本校'),
        cell(visible(c.group) && c.group.ci ? formatInterval(c.group.ci, style) : NONE, 'num'),
        valueCell(c.city, '市全体'),
      ],
    })),
  }));
  return {
    caption,
    rowHead: CROSS_HEADS.category,
    head: [
      head('本校', GROUP_KEYS['本校']),
      head(INTERVAL_WORD),
      head('市全体', GROUP_KEYS['市全体']),
    ],
    bodies,
    notes: caution ? [cautionNote(results.minGroupSize)] : [],
    span: 4,
  };
}
