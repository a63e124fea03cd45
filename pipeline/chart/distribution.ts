/**
 * Distribution chart (正答数分布, level distribution): bins along x in the order of the rows,
 * the share (%) of each group's students on y, one bar per group side by side in each bin.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { DistributionInput } from './data.js';
import type { GroupName } from './palette.js';
import { GROUP_ORDER } from './palette.js';
import type { PreparedChart } from './prepare.js';
import { legendSignals, orderCategories } from './prepare.js';
import { FIELD, SIGNAL, TABLE, buildFrame, buildGroupColor, buildParams } from './spec-parts.js';
import { PLOT_WIDTH } from './style.js';

/** Plot height of a distribution chart, in pixels. */
export const DISTRIBUTION_HEIGHT = 220;

/**
 * The vega-lite spec of every distribution chart. Data: rows of {@link DistributionDatum}
 * with `order` and `label` added by the renderer, in the named source `table`. Signals:
 * the x axis title, legend groups and their n. Shares are labelled as percentages.
 */
export function buildDistributionSpec(): TopLevelSpec {
  return {
    ...buildFrame(),
    params: buildParams(['xTitle', 'legendGroups', 'legendSuffix']),
    width: PLOT_WIDTH,
    height: DISTRIBUTION_HEIGHT,
    mark: { type: 'bar', width: { band: 0.9 } },
    encoding: {
      x: {
        field: FIELD.label,
        type: 'ordinal',
        sort: { field: FIELD.order, op: 'min' },
        // LIMITATION: with many bins (36 levels) every other bin label is hidden so that none
        // overlap; the bars of the unlabelled bins are still drawn.
        axis: { title: { signal: SIGNAL.xTitle }, labelOverlap: 'parity', labelPadding: 4 },
        scale: { paddingInner: 0.2 },
      },
      xOffset: { field: 'group', type: 'nominal', sort: [...GROUP_ORDER] },
      y: {
        field: 'share',
        type: 'quantitative',
        scale: { domainMin: 0, nice: true },
        // Shares read as percentages on the labels, so the chart needs no y title.
        axis: { title: null, tickCount: 5, labelExpr: "datum.label + '%'" },
      },
      color: buildGroupColor(),
    },
  };
}

/**
 * Rows and signals of one distribution chart. A group's n in the legend is the sum of its
 * counts (in `countUnit` when given). Rows whose share is not a finite number are left out.
 */
export function prepareDistribution(input: DistributionInput): PreparedChart {
  const rows = input.rows.filter((row) => Number.isFinite(row.share));
  const bins = orderCategories(
    rows.map((row) => row.bin),
    Number.POSITIVE_INFINITY,
  );
  const totals = new Map<GroupName, number>();
  for (const row of rows) totals.set(row.group, (totals.get(row.group) ?? 0) + row.count);
  return {
    tables: {
      [TABLE]: rows.map((row) => ({ ...row, ...bins.get(row.bin)! })),
    },
    signals: {
      xTitle: input.xTitle,
      ...legendSignals(
        [...totals].map(([group, n]) => ({ group, n })),
        input.countUnit,
      ),
    },
  };
}
