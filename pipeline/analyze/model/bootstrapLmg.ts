/** Percentile intervals for LMG shares from a bootstrap that resamples whole clusters. */
import { quantileSorted } from 'simple-statistics';
import { createRandom } from '../../shared/random.js';
import { covarianceOfClusters, sumClusterCrossProducts } from './clusterCrossProducts.js';
import { lmgSharesOfFlat } from './lmgShares.js';
import type { GroupKey, Interval, Rows } from './types.js';

/** Options of {@link bootstrapLmg}. */
export interface BootstrapOptions {
  /** Number of resamples. Default 1000 (the influencer analysis's minimum). */
  resamples?: number;
  /** Seed of the resampling; the same seed and data give the same intervals. Default 1. */
  seed?: number;
  /** Confidence level of the percentile intervals. Default 0.95. */
  level?: number;
}

/** Bootstrap percentile intervals of each factor's share, and of R². */
export interface BootstrapLmgResult {
  /** Interval of each factor's share, in factor order. */
  shareCi: Interval[];
  /** Interval of the full-model R². */
  r2Ci: Interval;
  /** Resamples drawn. */
  resamples: number;
  /** Clusters resampled from. */
  clusters: number;
}

/**
 * Resamples clusters (schools) with replacement, keeping each drawn cluster's rows together, so
 * that the intervals respect that students of a school are alike; recomputes the LMG shares of
 * each resample and returns percentile intervals. `rows[i]` is [y, x₁…xₚ] of case i, already
 * transformed as the model needs (standardised, centred within groups nested in the clusters).
 *
 * Each resample's covariance matrix is a weighted sum of per-cluster cross-products, so a
 * resample costs O(G·p²) plus the O(p·2ᵖ) decomposition, whatever the number of students.
 * Deterministic for a seed. With fewer than two clusters no interval exists and this throws.
 */
export function bootstrapLmg(
  rows: Rows,
  clusters: readonly GroupKey[],
  options: BootstrapOptions = {},
): BootstrapLmgResult {
  const { resamples = 1000, seed = 1, level = 0.95 } = options;
  const cp = sumClusterCrossProducts(rows, clusters);
  const g = cp.clusters.length;
  if (g < 2) throw new RangeError(`bootstrapLmg: ${g} cluster; at least 2 are needed`);
  if (!(resamples >= 1)) throw new RangeError(`bootstrapLmg: ${resamples} resamples`);
  const p = cp.dimension - 1;
  const random = createRandom(seed);
  const weights = new Float64Array(g);
  const buffer = new Float64Array(cp.dimension * cp.dimension);
  const draws = Array.from({ length: p }, () => new Float64Array(resamples));
  const r2Draws = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    for (let k = 0; k < g; k++) weights[random.int(g)]! += 1;
    const covariance = covarianceOfClusters(cp, weights, buffer);
    const result = covariance
      ? lmgSharesOfFlat(covariance, p)
      : { r2: 0, shares: new Array<number>(p).fill(0) };
    result.shares.forEach((s, j) => (draws[j]![b] = s));
    r2Draws[b] = result.r2;
  }
  const alpha = (1 - level) / 2;
  const interval = (values: Float64Array): Interval => {
    const sorted = Array.from(values).sort((x, y) => x - y);
    return [quantileSorted(sorted, alpha), quantileSorted(sorted, 1 - alpha)];
  };
  return { shareCi: draws.map(interval), r2Ci: interval(r2Draws), resamples, clusters: g };
}
