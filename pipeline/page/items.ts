/**
 * The subject page's item blocks (設問別): every item's correct rate against the city, 福島県
 * and 全国, with its 領域, 観点 and 問題形式 from the 設問マスタ, sorted so that the items where
 * the school is furthest below the city come first, each marked ▲/▼ where it is clearly above
 * or below the city; and the no-answer rates (無解答率), of the subject and of each item (with the
 * same three columns), in item order.
 */
import type { MeasureFigures, MeasureInfo } from '../analyze/resultsSchema.js';
import { itemsAnchor, noAnswerAnchor } from './anchors.js';
import { buildComparisonBlock } from './comparison.js';
import type { InfoColumn } from './figureTable.js';
import type { Scope } from './scope.js';
import { cityReference, figuresWhere } from './scope.js';
import type { BlockView } from './view.js';
import { ITEM_MASTER_HEADS, ROW_HEADS } from './words/figures.js';
import {
  NO_ANSWER_ALL,
  NO_ANSWER_HEADING,
  NO_ANSWER_VALUE_TITLE,
  RATE_VALUE_TITLE,
  itemsSection,
} from './words/sections.js';
import { CALL_MARKS } from './words/terms.js';

type Row = { info: MeasureInfo; figures: MeasureFigures };

/** Whether a block draws its chart or gives its table alone (a class page's details). */
export interface DrawOptions {
  chart: boolean;
}

/**
 * Rows sorted by their difference from the city, lowest first; rows without a city
 * difference (the school's or the city's figure withheld) last, in their given order.
 */
export function sortByCityDiff(rows: readonly Row[]): Row[] {
  const diff = (row: Row) => cityReference(row.figures)?.diff ?? Number.POSITIVE_INFINITY;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => diff(a.row) - diff(b.row) || a.i - b.i)
    .map(({ row }) => row);
}

/**
 * The 設問マスタ's 領域, 観点 and 問題形式 of an item, one column each, in the master's words;
 * a blank cell of the master shows as —, and a column blank for every item is left out. The
 * format (選択式, 短答式, 記述式) stays on one line; a long 領域 or 観点 wraps.
 */
export const ITEM_MASTER_COLUMNS: readonly InfoColumn[] = (
  ['domain', 'viewpoint', 'format'] as const
).map((key) => ({
  head: ITEM_MASTER_HEADS[key],
  textOf: (info) => info.item?.[key] ?? null,
  short: key === 'format',
}));

/** An item's label in the chart: its number, with ▲/▼ where the city call is clear. */
export function itemChartLabel({ info, figures }: Row): string {
  const call = cityReference(figures)?.call ?? 'unclear';
  return CALL_MARKS[call] ? `${info.metric} ${CALL_MARKS[call]}` : info.metric;
}

/**
 * The 設問別 block of a subject (its scope holds one subject's figures), id `[<prefix>-]items`;
 * null without items.
 */
export function buildItemBlock(
  scope: Scope,
  subject: string,
  prefix: string,
  options: DrawOptions = { chart: true },
): BlockView | null {
  const rows = figuresWhere(scope, (info) => info.family === 'item');
  if (rows.length === 0) return null;
  return buildComparisonBlock(scope, sortByCityDiff(rows), {
    heading: itemsSection(subject).heading,
    anchor: itemsAnchor(prefix),
    valueTitle: RATE_VALUE_TITLE,
    domain: [0, 100],
    chartLabelOf: itemChartLabel,
    chart: options.chart,
    table: {
      rowHead: ROW_HEADS.item,
      labelOf: (info) => info.metric,
      infoColumns: ITEM_MASTER_COLUMNS,
    },
  });
}

/**
 * The no-answer block of a subject, id `[<prefix>-]no-answer`: the subject's rate (the mean of each student's share of
 * items left blank) first, then each item's, in item order; null when the scope has none.
 */
export function buildNoAnswerBlock(
  scope: Scope,
  prefix: string,
  options: DrawOptions = { chart: true },
): BlockView | null {
  const all = figuresWhere(scope, (info) => info.family === 'noAnswer' && info.metric === 'all');
  const items = figuresWhere(scope, (info) => info.family === 'noAnswer' && info.metric !== 'all');
  if (all.length + items.length === 0) return null;
  const label = (info: MeasureInfo) => (info.metric === 'all' ? NO_ANSWER_ALL : info.metric);
  return buildComparisonBlock(scope, [...all, ...items], {
    heading: NO_ANSWER_HEADING,
    anchor: noAnswerAnchor(prefix),
    valueTitle: NO_ANSWER_VALUE_TITLE,
    domain: null,
    chart: options.chart,
    chartLabelOf: ({ info }) => label(info),
    // The item's 領域, 観点 and 問題形式 beside its rate: a 記述式 item is often the one left blank.
    table: { rowHead: ROW_HEADS.item, labelOf: label, infoColumns: ITEM_MASTER_COLUMNS },
  });
}
