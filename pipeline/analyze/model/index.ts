/**
 * The statistical models of the influencer analysis, pure functions on numbers:
 * scale → centre → fit (OLS, logistic) → decompose (LMG) → resample (school bootstrap) →
 * control (BH) → label. `fitCityInfluencers` runs the whole city model for one outcome.
 */
export type { GroupKey, Interval, Rows } from './types.js';
export { centerWithin, groupMeans } from './centerWithin.js';
export { standardizeWithin } from './standardizeWithin.js';
export { criticalValue, normalCdf, twoSidedNormalP, twoSidedTP } from './distributions.js';
export { fitOls, type OlsFit, type OlsOptions } from './fitOls.js';
export type { CoefficientTable } from './coefficientTable.js';
export { fitSlope, type SlopeResult } from './fitSlope.js';
export {
  fitLogistic,
  type LogisticFit,
  type LogisticOptions,
  type LogisticTable,
} from './fitLogistic.js';
export { correlation, pearson, type CorrelationResult } from './correlation.js';
export { benjaminiHochberg, type FdrResult } from './benjaminiHochberg.js';
export { allSubsetR2, forEachSubsetR2, MAX_SUBSET_FACTORS } from './subsetR2.js';
export { lmgShares, lmgSharesOfFlat, type LmgResult } from './lmgShares.js';
export { bootstrapLmg, type BootstrapLmgResult, type BootstrapOptions } from './bootstrapLmg.js';
export { estimateTau2, shrinkSlope, type ShrunkSlope, type Tau2Estimate } from './shrinkSlope.js';
export { labelAssociation, type AssociationLabel } from './labelAssociation.js';
export {
  prepareWithinData,
  type FactorExclusion,
  type InfluencerRow,
  type WithinData,
} from './prepareWithinData.js';
export {
  fitCityInfluencers,
  type CityModelOptions,
  type CityModelResult,
  type FactorResult,
} from './fitCityInfluencers.js';
