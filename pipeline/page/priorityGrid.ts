/**
 * The priority grid of a grade or class (no model is fitted for a group this small): how far
 * the group is from the city on each factor, in city SDs, and, per outcome, the factors that
 * matter most city-wide where the group is on the side that goes with lower scores.
 */
import type { PriorityGrid } from '../analyze/influence/schema.js';
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { ComparisonDatum } from '../chart/data.js';
import type { GroupName } from '../chart/palette.js';
import { PRIORITIES_ANCHOR } from './anchors.js';
import { cityFactorOf, factorLabel, outcomeLabel } from './factors.js';
import { cell, head } from './figureTable.js';
import { GROUP_KEYS } from './groups.js';
import { section } from './sections.js';
import type { BlockView, RowView, SectionView, TableView } from './view.js';
import { CALL_HEAD, ROW_HEADS, comparisonTitle, numbersCaption } from './words/figures.js';
import { formatInterval, formatSigned, formatVarianceShare } from './words/format.js';
import {
  GAP_HEADS,
  GAP_TITLE,
  NO_PRIORITY,
  PRIORITY_BLOCKS,
  PRIORITY_WITHHELD,
  priorityDetail,
  priorityHead,
  prioritySection,
} from './words/influence.js';
import { cautionNote, suppressedNote } from './words/notes.js';
import { CALL_WORDS, CAUTION_MARK, INTERVAL_WORD, NONE } from './words/terms.js';

/** Factors shown per outcome in the grid. */
export const PRIORITIES_PER_OUTCOME = 3;

const SD = { unit: '', decimals: 2 } as const;

/** The priority section of a group; its first block has the id `priorities`. */
export function buildPrioritySection(
  results: SchoolResults,
  grid: PriorityGrid,
  own: GroupName,
): SectionView[] {
  const words = prioritySection(own);
  if (grid.status === 'suppressed' || grid.gaps.length === 0) {
    if (grid.gaps.length === 0 && grid.grids.length === 0) return [];
    return section(words, [block(PRIORITIES_ANCHOR, PRIORITY_BLOCKS.gaps, PRIORITY_WITHHELD)]);
  }
  const gridBlock = buildGridBlock(results, grid);
  if (grid.status === 'caution') gridBlock.table!.notes.push(cautionNote(results.minGroupSize));
  return section(words, [buildGapBlock(results, grid, own), gridBlock]);
}

function block(anchor: string | null, heading: string, message: string | null): BlockView {
  return {
    anchor,
    heading,
    lead: null,
    chart: null,
    message,
    table: null,
    details: null,
    statements: null,
  };
}

function buildGapBlock(results: SchoolResults, grid: PriorityGrid, own: GroupName): BlockView {
  const data: ComparisonDatum[] = [];
  let caution = false;
  const rows: RowView[] = grid.gaps.map((gap) => {
    const label = factorLabel(results, gap.factor);
    const row: RowView = { label, href: null, group: null, mark: null, cells: [] };
    if (gap.status === 'suppressed' || gap.gap === null) {
      row.cells = [cell(suppressedNote(gap.reason), 'withheld', null, 4)];
      return row;
    }
    if (gap.status === 'caution') {
      row.mark = CAUTION_MARK;
      caution = true;
    }
    data.push(
      {
        label,
        group: own,
        value: gap.gap,
        lower: gap.ci?.[0] ?? null,
        upper: gap.ci?.[1] ?? null,
        n: gap.n,
      },
      // The city is where every gap is measured from: zero by definition.
      { label, group: '市全体', value: 0, n: null },
    );
    row.cells = [
      cell(String(gap.n), 'num'),
      cell(formatSigned(gap.gap, SD.decimals), 'num own'),
      cell(gap.ci ? formatInterval(gap.ci, SD) : NONE, 'num'),
      cell(CALL_WORDS[gap.call], `call call-${gap.call}`),
    ];
    return row;
  });
  const table: TableView = {
    caption: numbersCaption(PRIORITY_BLOCKS.gaps),
    rowHead: ROW_HEADS.factor,
    head: [head('n'), head(GAP_HEADS.gap, GROUP_KEYS[own]), head(INTERVAL_WORD), head(CALL_HEAD)],
    bodies: [{ heading: null, rows }],
    notes: caution ? [cautionNote(results.minGroupSize)] : [],
    span: 5,
  };
  return {
    ...block(PRIORITIES_ANCHOR, PRIORITY_BLOCKS.gaps, null),
    chart: data.length
      ? {
          kind: 'comparison',
          input: {
            title: comparisonTitle(PRIORITY_BLOCKS.gaps, [own, '市全体']),
            valueTitle: GAP_TITLE,
            domain: null,
            rows: data,
          },
          svg: '',
        }
      : null,
    table,
  };
}

function buildGridBlock(results: SchoolResults, grid: PriorityGrid): BlockView {
  const ranks = Array.from({ length: PRIORITIES_PER_OUTCOME }, (_, i) => i + 1);
  const rows: RowView[] = grid.grids.map(({ outcome, items }) => {
    const behind = items.filter((item) => item.behind && item.priority > 0);
    const cells = behind.slice(0, PRIORITIES_PER_OUTCOME).map((item) => {
      const city = cityFactorOf(results, outcome, item.factor);
      const detail = priorityDetail(
        item.gap === null ? NONE : formatSigned(item.gap, SD.decimals),
        item.importance === null ? NONE : formatVarianceShare(item.importance),
        city?.clear ?? false,
      );
      return cell(factorLabel(results, item.factor), '', detail);
    });
    const filled =
      cells.length === 0
        ? [cell(NO_PRIORITY, 'withheld', null, PRIORITIES_PER_OUTCOME)]
        : [...cells, ...ranks.slice(cells.length).map(() => cell(NONE))];
    return {
      label: outcomeLabel(results, outcome),
      href: null,
      group: null,
      mark: null,
      cells: filled,
    };
  });
  return {
    ...block(null, PRIORITY_BLOCKS.grid, null),
    table: {
      caption: PRIORITY_BLOCKS.grid,
      rowHead: ROW_HEADS.outcome,
      head: ranks.map((rank) => head(priorityHead(rank))),
      bodies: [{ heading: null, rows }],
      notes: [],
      span: PRIORITIES_PER_OUTCOME + 1,
    },
  };
}
