/**
 * The chart kinds: for each, the builder of its one spec, an optional finishing step on the
 * compiled vega spec, and the preparer of one chart's rows and signals for that spec. The
 * renderer compiles each spec once and prepares per chart.
 */
import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { addTickLegendSymbols, buildComparisonSpec, prepareComparison } from './comparison.js';
import { buildCrossSpec, prepareCross } from './cross.js';
import type { ChartInputs, ChartKind } from './data.js';
import { buildDistributionSpec, prepareDistribution } from './distribution.js';
import type { PreparedChart } from './prepare.js';
import { buildProfileSpec, prepareProfile } from './profile.js';
import { addSeatLabels, buildScatterSpec, prepareScatter } from './scatter.js';

/** How one chart kind is built and fed. */
export interface ChartKindDef<K extends ChartKind> {
  buildSpec: () => TopLevelSpec;
  /** Changes to the compiled vega spec that vega-lite cannot express; default none. */
  finishVega?: (spec: VegaSpec) => VegaSpec;
  prepare: (input: ChartInputs[K]) => PreparedChart;
}

/** Every chart kind's definition. */
export const CHART_KIND_DEFS: { [K in ChartKind]: ChartKindDef<K> } = {
  distribution: { buildSpec: buildDistributionSpec, prepare: prepareDistribution },
  comparison: {
    buildSpec: buildComparisonSpec,
    finishVega: addTickLegendSymbols,
    prepare: prepareComparison,
  },
  profile: { buildSpec: buildProfileSpec, prepare: prepareProfile },
  scatter: { buildSpec: buildScatterSpec, finishVega: addSeatLabels, prepare: prepareScatter },
  cross: { buildSpec: buildCrossSpec, prepare: prepareCross },
};
