/**
 * The chart stage: chart input → vega-lite spec (once per kind) → vega runtime → SVG string.
 * Pages call {@link createChartRenderer} once per build and `render(kind, input)` per chart,
 * and use {@link GROUP_COLORS} to colour their own legends and tables like the charts.
 */
export { createChartRenderer } from './render.js';
export type { ChartRenderer, ChartRendererOptions, ChartRendererStats } from './render.js';
export { CHART_KINDS } from './data.js';
export type {
  ChartInputBase,
  ChartInputs,
  ChartKind,
  ComparisonDatum,
  ComparisonInput,
  CrossDatum,
  CrossInput,
  DistributionDatum,
  DistributionInput,
  ProfileDatum,
  ProfileInput,
  ScatterCorner,
  ScatterDatum,
  ScatterInput,
} from './data.js';
export { GROUP_COLORS, GROUP_ORDER, OWN_GROUPS, groupRank, isGroupName } from './palette.js';
export type { GroupName } from './palette.js';
export { FONT_STACK } from './style.js';
export { buildComparisonSpec } from './comparison.js';
export { buildCrossSpec } from './cross.js';
export { buildDistributionSpec } from './distribution.js';
export { buildProfileSpec } from './profile.js';
export { buildScatterSpec } from './scatter.js';
export { measureTextWidth } from './measure.js';
export { wrapText } from './wrap.js';
