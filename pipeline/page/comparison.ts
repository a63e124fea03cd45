/**
 * Comparison blocks: a chart of the group's means with their 95% intervals against the
 * reference groups (the city with its interval, the published 福島県・全国 values as ticks),
 * followed by the table of the same numbers. One block per score unit on the overview pages;
 * one per subject's items, domains or viewpoints on a subject page.
 */
import type { MeasureFigures, MeasureInfo } from '../analyze/resultsSchema.js';
import type { ComparisonDatum } from '../chart/data.js';
import { unitAnchor } from './anchors.js';
import { buildFigureTable, type FigureTableOptions } from './figureTable.js';
import type { Scope } from './scope.js';
import { figuresWhere, isVisible } from './scope.js';
import type { BlockView } from './view.js';
import { comparisonTitle, numbersCaption } from './words/figures.js';
import { suppressedNote } from './words/notes.js';
import { SCORE_UNITS, unitOf } from './words/units.js';

type Row = { info: MeasureInfo; figures: MeasureFigures };

/** How a comparison block is labelled and drawn. */
export interface ComparisonOptions {
  heading: string;
  anchor: string | null;
  lead?: string | null;
  valueTitle: string;
  domain: readonly [number, number] | null;
  /** Category label in the chart; default the measure's subject, else its label. */
  chartLabelOf?: (row: Row) => string;
  /** Options of the table; its caption defaults to the heading's. */
  table?: Partial<FigureTableOptions>;
  /** Whether to draw the chart above the table; default true. */
  chart?: boolean;
}

/**
 * The chart rows of `rows`: the group's visible figure with its interval, then each reference
 * column's value (a visible figure with its interval, or a published value without one).
 */
export function comparisonData(
  scope: Scope,
  rows: readonly Row[],
  labelOf: (row: Row) => string,
): ComparisonDatum[] {
  const data: ComparisonDatum[] = [];
  for (const row of rows) {
    const own = row.figures.group;
    if (!isVisible(own)) continue;
    const label = labelOf(row);
    data.push({
      label,
      group: scope.own,
      value: own.mean!,
      lower: own.ci?.[0] ?? null,
      upper: own.ci?.[1] ?? null,
      n: own.n,
    });
    for (const column of scope.references) {
      const value = column.valueOf(row.figures);
      if (value?.kind === 'published') {
        data.push({ label, group: column.group, value: value.value, n: null });
      } else if (value && isVisible(value.figure)) {
        const figure = value.figure;
        data.push({
          label,
          group: column.group,
          value: figure.mean!,
          lower: figure.ci?.[0] ?? null,
          upper: figure.ci?.[1] ?? null,
          n: figure.n,
        });
      }
    }
  }
  return data;
}

/** One comparison block of `rows` (in the order given); a message instead of an empty chart. */
export function buildComparisonBlock(
  scope: Scope,
  rows: readonly Row[],
  options: ComparisonOptions,
): BlockView {
  const labelOf = options.chartLabelOf ?? (({ info }: Row) => info.subject ?? info.label);
  const data = comparisonData(scope, rows, labelOf);
  const groups = [...new Set(data.map((d) => d.group))];
  return {
    anchor: options.anchor,
    heading: options.heading,
    lead: options.lead ?? null,
    chart:
      data.length === 0 || options.chart === false
        ? null
        : {
            kind: 'comparison',
            input: {
              title: comparisonTitle(options.heading, groups),
              valueTitle: options.valueTitle,
              domain: options.domain,
              rows: data,
            },
            svg: '',
          },
    message: data.length === 0 ? suppressedNote(rows[0]!.figures.group.reason) : null,
    table: buildFigureTable(scope, rows, {
      caption: numbersCaption(options.heading),
      ...options.table,
    }),
    details: null,
    statements: null,
  };
}

/**
 * One block per score unit present in the scope, in {@link SCORE_UNITS} order, with ids
 * `<prefix>-<survey>-<metric>`. `hrefOf` links a row's label (for example to its subject page).
 */
export function buildComparisonBlocks(
  scope: Scope,
  prefix: string,
  hrefOf?: (info: MeasureInfo) => string | null,
): BlockView[] {
  const blocks: BlockView[] = [];
  for (const unit of SCORE_UNITS) {
    const rows = figuresWhere(scope, (info) => unitOf(info) === unit);
    if (rows.length === 0) continue;
    blocks.push(
      buildComparisonBlock(scope, rows, {
        heading: unit.heading,
        anchor: unitAnchor(prefix, unit.key),
        valueTitle: unit.valueTitle,
        domain: unit.domain,
        table: hrefOf ? { hrefOf } : {},
      }),
    );
  }
  return blocks;
}
