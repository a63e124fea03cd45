/**
 * Comparison chart (本校 vs 市全体): one row per subject, domain or item, labels on the left so
 * long Japanese labels fit. 本学級 and 本校 are points with their 95% interval, each in its own
 * lane; 市全体, 福島県 and 全国 are reference ticks across the row.
 */
import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ComparisonInput } from './data.js';
import { OWN_GROUPS } from './palette.js';
import type { PreparedChart } from './prepare.js';
import {
  categoryStep,
  finiteOrNull,
  legendSignals,
  maxLineCount,
  orderCategories,
} from './prepare.js';
import {
  SIGNAL,
  TABLE,
  buildCategoryY,
  buildFrame,
  buildGroupColor,
  buildGroupLane,
  buildParams,
  buildValueX,
} from './spec-parts.js';
import { HORIZONTAL_PLOT_WIDTH } from './style.js';

/** A vertical bar as a vega symbol path (unit square coordinates): the legend's tick. */
const TICK_SYMBOL = 'M-0.25,-1H0.25V1H-0.25Z';

/** Pixels per own-group lane within a row. */
const LANE = 14;

/** The filter that keeps own-group rows (drawn as points), as a vega expression. */
const IS_OWN = `indexof(${JSON.stringify(OWN_GROUPS)}, datum.group) >= 0`;

/**
 * Gives the compiled chart's legend a tick as the symbol of reference groups, which are ticks
 * in the chart, and a circle for own groups. (vega-lite cannot vary the symbol per entry.)
 */
export function addTickLegendSymbols(spec: VegaSpec): VegaSpec {
  const shape = `${IS_OWN.replace(/datum\.group/g, 'datum.value')} ? 'circle' : '${TICK_SYMBOL}'`;
  const legends = (spec.legends ?? []).map((legend) => ({
    ...legend,
    encode: { ...legend.encode, symbols: { update: { shape: { signal: shape } } } },
  }));
  if (legends.length !== 1) throw new Error('compiled comparison chart has no single legend');
  return { ...spec, legends };
}

/**
 * The vega-lite spec of every comparison chart. Data: rows of {@link ComparisonDatum} with
 * `order` and `label` added, in `table`. Signals: value axis title and domain, legend groups
 * and n, and `categoryStep` (pixels per row, grown for wrapped labels).
 */
export function buildComparisonSpec(): TopLevelSpec {
  const lane = buildGroupLane();
  return {
    ...buildFrame(),
    params: buildParams(['xTitle', 'legendGroups', 'legendSuffix', 'valueDomain']),
    width: HORIZONTAL_PLOT_WIDTH,
    height: { step: 30, for: 'position' },
    encoding: {
      y: buildCategoryY(),
      x: buildValueX('value'),
      color: buildGroupColor(),
    },
    layer: [
      {
        transform: [{ filter: `!(${IS_OWN})` }],
        mark: { type: 'tick', thickness: 3, size: { expr: "bandwidth('y')" } },
      },
      {
        transform: [{ filter: `${IS_OWN} && isValid(datum.lower) && isValid(datum.upper)` }],
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x: { field: 'lower', type: 'quantitative' },
          x2: { field: 'upper' },
          yOffset: lane,
        },
      },
      {
        transform: [{ filter: IS_OWN }],
        mark: { type: 'point', filled: true, size: 64, opacity: 1 },
        encoding: { yOffset: lane },
      },
    ],
  };
}

/** Rows and signals of one comparison chart. Rows without a finite value are left out. */
export function prepareComparison(input: ComparisonInput): PreparedChart {
  const rows = input.rows.filter((row) => Number.isFinite(row.value));
  const labels = orderCategories(rows.map((row) => row.label));
  const lanes = new Set(rows.filter((row) => OWN_GROUPS.includes(row.group)).map((r) => r.group));
  return {
    tables: {
      [TABLE]: rows.map((row) => ({
        group: row.group,
        value: row.value,
        lower: finiteOrNull(row.lower),
        upper: finiteOrNull(row.upper),
        ...labels.get(row.label)!,
      })),
    },
    signals: {
      xTitle: input.valueTitle,
      valueDomain: input.domain ? [...input.domain] : null,
      [SIGNAL.categoryStep]: categoryStep(
        maxLineCount(labels.values()),
        Math.max(1, lanes.size),
        LANE,
      ),
      ...legendSignals(rows),
    },
  };
}
