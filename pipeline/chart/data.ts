/**
 * What a page hands the chart stage: one input per chart, its rows and its words. Groups whose
 * figures are suppressed (fewer than `minGroupSize` students) are left out by the caller; the
 * chart draws what it is given. Rows keep the caller's order: categories (bins, subjects,
 * items, scales, answers) appear along the axis in the order they first appear in the rows.
 */
import type { GroupName } from './palette.js';

/** Words every chart carries. */
export interface ChartInputBase {
  /** What the chart shows, in a sentence; becomes the SVG's `aria-label`. Not drawn. */
  title: string;
}

/** One bar of a distribution: the share of one group's students that fall in one bin. */
export interface DistributionDatum {
  /** Bin label as shown on the axis, e.g. `0〜2`, `7-B`, `+1`. */
  bin: string;
  group: GroupName;
  /** Percentage (0–100) of the group's students in this bin. */
  share: number;
  /** Students of the group in this bin; the group's n in the legend is their sum. */
  count: number;
}

/** 正答数分布 or level distribution: grouped bars per bin, share on y labelled in %. */
export interface DistributionInput extends ChartInputBase {
  /** Axis title under the bins, e.g. `正答数`, `学力レベル`. */
  xTitle: string;
  rows: DistributionDatum[];
  /**
   * What the counts count, for the legend: absent for students (`（n=58）`), e.g. `校` when
   * each count is a number of schools (`（5校）`).
   */
  countUnit?: string;
}

/** One group's figure for one subject, domain or item. */
export interface ComparisonDatum {
  /** Category label, e.g. `国語`, `話すこと・聞くこと`, `1(1)`. Long labels are wrapped. */
  label: string;
  group: GroupName;
  /** The figure, e.g. a mean correct rate in %. */
  value: number;
  /** 95% interval; drawn as an error bar for 本学級/本校 when both ends are given. */
  lower?: number | null;
  upper?: number | null;
  /** Students behind the figure; `null` for published values (福島県, 全国). */
  n?: number | null;
}

/**
 * School (or class) against the city: a point with its 95% interval for 本学級/本校, and a
 * reference tick for each of 市全体, 福島県, 全国 that has a row. Horizontal: labels on y.
 */
export interface ComparisonInput extends ChartInputBase {
  /** Axis title of the values, e.g. `平均正答率（%）`. */
  valueTitle: string;
  /** Fixed value axis, e.g. `[0, 100]`; default: from the data, zero included. */
  domain?: readonly [number, number] | null;
  rows: ComparisonDatum[];
}

/** One group's mean on one scale. */
export interface ProfileDatum {
  /** Scale name, e.g. `自制心`, `プランニング方略`. */
  scale: string;
  group: GroupName;
  mean: number;
  /** 95% interval of the mean. */
  lower?: number | null;
  upper?: number | null;
  n?: number | null;
}

/** Scale profile: each scale's mean with its interval, one line per group across the scales. */
export interface ProfileInput extends ChartInputBase {
  /** Axis title of the means, e.g. `平均（1〜4）`. */
  valueTitle: string;
  /** Fixed value axis, e.g. `[1, 4]`; default: from the data. */
  domain?: readonly [number, number] | null;
  rows: ProfileDatum[];
}

/** One student of a class on the plane of a scale (x) and a score (y). */
export interface ScatterDatum {
  /** 出席番号, drawn beside the point. */
  seat: number;
  x: number;
  y: number;
}

/** A corner of a plane, as drawn. */
export type ScatterCorner = 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';

/** Class plane: each student a labelled point, the city's medians as cross-hairs. */
export interface ScatterInput extends ChartInputBase {
  /** Axis title of the scale, e.g. `やり抜く力`. */
  xTitle: string;
  /** Axis title of the score, e.g. `正答率（%）`. */
  yTitle: string;
  /** The city's medians of x and y; `null` draws no cross-hairs. */
  medians: { x: number; y: number } | null;
  xDomain?: readonly [number, number] | null;
  yDomain?: readonly [number, number] | null;
  /**
   * Draws y with high values at the bottom, for a scale where lower is better (I-SUS 被侵害), so
   * that the favourable corner is top right as on every other plane. Default false.
   */
  yReverse?: boolean;
  /**
   * Names of the four quadrants of the cross-hairs, by the corner they are drawn in: outside
   * the plot, so that no name covers a student's point — the top two above the plot, the
   * bottom two under the x-axis title. Default none.
   */
  quadrants?: Readonly<Record<ScatterCorner, string>> | null;
  rows: ScatterDatum[];
}

/** One group's mean outcome among the students with one answer (or in one band of a scale). */
export interface CrossDatum {
  /** Answer or band label, e.g. `当てはまる`, `下位25%`. */
  category: string;
  group: GroupName;
  mean: number;
  lower?: number | null;
  upper?: number | null;
  /** Students with this answer; drawn beside the point. */
  n: number;
}

/** クロス分析: mean outcome per answer or band, with interval bars and n. Horizontal. */
export interface CrossInput extends ChartInputBase {
  /** Axis title of the outcome, e.g. `平均正答率（%）`. */
  valueTitle: string;
  domain?: readonly [number, number] | null;
  rows: CrossDatum[];
}

/** Every chart kind and the input it draws. */
export interface ChartInputs {
  distribution: DistributionInput;
  comparison: ComparisonInput;
  profile: ProfileInput;
  scatter: ScatterInput;
  cross: CrossInput;
}

/** The name of a chart kind; each is compiled once per renderer. */
export type ChartKind = keyof ChartInputs;

/** Chart kinds in a fixed order. */
export const CHART_KINDS: readonly ChartKind[] = [
  'distribution',
  'comparison',
  'profile',
  'scatter',
  'cross',
];
