/**
 * Pieces the chart builders share: the named data source, the group colour encoding, and the
 * signals through which each chart's own words and legend reach a compiled chart kind.
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import { GROUP_COLORS, GROUP_ORDER } from './palette.js';
import { BAND_PADDING } from './prepare.js';
import { CHART_CONFIG } from './style.js';

/** Name of the data source every chart's rows are inserted into. */
export const TABLE = 'table';

/** Internal row fields the renderer adds before inserting rows; builders encode these. */
export const FIELD = {
  /** Position of the row's category along its axis (0 = first). */
  order: 'order',
  /** The category label, wrapped with `\n` where it is too long for one line. */
  label: 'label',
} as const;

/** Signals set per chart: the words and legend of that one chart. */
export const SIGNAL = {
  xTitle: 'xTitle',
  yTitle: 'yTitle',
  /** Groups present in the rows, in {@link GROUP_ORDER}; the legend shows only these. */
  legendGroups: 'legendGroups',
  /** Group → text after its name in the legend, e.g. `（n=58）`. */
  legendSuffix: 'legendSuffix',
  /** `[min, max]` of the value axis, or `null` for a domain from the data. */
  valueDomain: 'valueDomain',
  /**
   * Pixels per category along a banded y axis, grown when a label wraps. This is the signal
   * vega-lite itself compiles `height: {step}` into; setting it resizes the chart.
   */
  categoryStep: 'y_step',
} as const;

/** Declarations of the per-chart signals with harmless defaults (an empty chart). */
export function buildParams(
  names: readonly Exclude<keyof typeof SIGNAL, 'categoryStep'>[],
): NonNullable<TopLevelSpec['params']> {
  const defaults: Record<Exclude<keyof typeof SIGNAL, 'categoryStep'>, unknown> = {
    xTitle: '',
    yTitle: '',
    legendGroups: [],
    legendSuffix: {},
    valueDomain: null,
  };
  return names.map((name) => ({ name: SIGNAL[name], value: defaults[name] }));
}

/**
 * Colour by group with the fixed palette: the scale knows all five groups so every chart maps
 * a group to the same colour; the legend lists only the groups present, with their n.
 */
export function buildGroupColor() {
  return {
    field: 'group',
    type: 'nominal',
    scale: { domain: [...GROUP_ORDER], range: GROUP_ORDER.map((group) => GROUP_COLORS[group]) },
    legend: {
      title: null,
      values: { signal: SIGNAL.legendGroups },
      labelExpr: `datum.label + (${SIGNAL.legendSuffix}[datum.label] || '')`,
    },
  } as const;
}

/** Axis labels split at the `\n` the renderer put into long labels. */
export const WRAPPED_LABEL_EXPR = "split(datum.label, '\\n')";

/**
 * The category axis of horizontal charts: one band per category down the left, in the rows'
 * order, labels wrapped and never truncated. The band height is the `y_step` signal.
 */
export function buildCategoryY() {
  return {
    field: FIELD.label,
    type: 'nominal',
    sort: { field: FIELD.order, op: 'min' },
    axis: { title: null, labelExpr: WRAPPED_LABEL_EXPR, labelPadding: 6, ticks: false },
    scale: { paddingInner: BAND_PADDING, paddingOuter: BAND_PADDING / 2 },
  } as const;
}

/** One lane per group inside a category band, in {@link GROUP_ORDER}. */
/**
 * The value axis of the horizontal charts (comparison, profile, cross): `field` on x, its
 * title and domain from the `xTitle` and `valueDomain` signals, zero not forced.
 */
export function buildValueX(field: string) {
  return {
    field,
    type: 'quantitative' as const,
    scale: { zero: false, nice: true, domainRaw: { signal: SIGNAL.valueDomain } },
    axis: { title: { signal: SIGNAL.xTitle }, grid: true, tickCount: 6 },
  };
}

export function buildGroupLane() {
  return { field: 'group', type: 'nominal', sort: [...GROUP_ORDER] } as const;
}

/** The frame every chart kind shares: schema, config and the named data source. */
export function buildFrame(): { $schema: string; config: Config; data: { name: string } } {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    data: { name: TABLE },
  };
}
