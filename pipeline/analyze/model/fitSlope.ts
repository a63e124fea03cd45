/** The bivariate per-SD slope of an outcome on one factor, for the school panels. */
import { Matrix } from 'ml-matrix';
import { buildCoefficientTable } from './coefficientTable.js';
import type { GroupKey, Interval } from './types.js';

/** A simple regression slope with its inference; nulls where the data cannot give them. */
export interface SlopeResult {
  /** Pairs with both values present. */
  n: number;
  slope: number | null;
  se: number | null;
  ci: Interval | null;
  p: number | null;
}

/**
 * The least-squares slope of y on x over the pairs where both are present, with classical
 * inference (t on n − 2 df) or, when `clusters` is given (aligned with x and y), the
 * cluster-robust HC1 form (t on G − 1 df). Give it values already on the SD scale (see
 * `standardizeWithin`, by grade, over the city) and the slope is "outcome SDs per factor SD"
 * with the same meaning in every school. Fewer than 3 pairs, a constant x or an exact fit give
 * nulls.
 *
 * The same numbers as {@link fitOls} on [1, x] (and R's `lm` with `sandwich::vcovCL`), in closed
 * form: with one regressor every quantity is a sum over the pairs, so a city's 50,000 pairs take
 * a few arrays instead of the design matrices a QR decomposition builds (fitted 200 times a
 * build, those made most of the analysis's garbage).
 */
export function fitSlope(
  y: readonly (number | null)[],
  x: readonly (number | null)[],
  options: { clusters?: readonly GroupKey[]; level?: number } = {},
): SlopeResult {
  const { clusters, level = 0.95 } = options;
  if (x.length !== y.length) throw new RangeError(`fitSlope: ${x.length} x but ${y.length} y`);
  const pairs: number[] = [];
  y.forEach((v, i) => {
    const w = x[i];
    if (v !== null && w !== null && w !== undefined) pairs.push(i);
  });
  const n = pairs.length;
  const none: SlopeResult = { n, slope: null, se: null, ci: null, p: null };
  if (n < 3) return none;
  let xMean = 0;
  let yMean = 0;
  for (const i of pairs) {
    xMean += x[i]!;
    yMean += y[i]!;
  }
  xMean /= n;
  yMean /= n;
  let sxx = 0;
  let sxy = 0;
  let xx = 0;
  let tss = 0;
  for (const i of pairs) {
    const dx = x[i]! - xMean;
    const dy = y[i]! - yMean;
    sxx += dx * dx;
    sxy += dx * dy;
    xx += x[i]! * x[i]!;
    tss += dy * dy;
  }
  // Aliased as lm finds it (dqrdc2, tol 1e-7): x's part beside the intercept is too short.
  if (!(Math.sqrt(sxx) >= 1e-7 * Math.sqrt(xx))) return none;
  const slope = sxy / sxx;
  // Each pair's residual times its centred x: the slope's score, summed by cluster below.
  let rss = 0;
  const scores = new Float64Array(n);
  pairs.forEach((i, k) => {
    const dx = x[i]! - xMean;
    const e = y[i]! - yMean - slope * dx;
    rss += e * e;
    scores[k] = dx * e;
  });
  if (rss <= 1e-24 * tss) return { ...none, slope };
  const variance = clusters ? clusteredVariance(scores, pairs, clusters, sxx) : null;
  const df = clusters ? (variance?.df ?? 0) : n - 2;
  const v = clusters ? (variance?.value ?? null) : rss / (n - 2) / sxx;
  const table = buildCoefficientTable(
    [slope],
    [0],
    v === null ? null : new Matrix([[v]]),
    df,
    level,
  );
  return { n, slope, se: table.se[0] ?? null, ci: table.ci[0] ?? null, p: table.p[0] ?? null };
}

/**
 * The slope's HC1 cluster-robust variance, the [1,1] entry of `vcovCL(type = "HC1")`:
 * G/(G−1) · (N−1)/(N−2) · Σ_g (Σ_{i∈g} (xᵢ − x̄) eᵢ)² / Sxx², on G − 1 df; null below two
 * clusters.
 */
function clusteredVariance(
  scores: Float64Array,
  pairs: readonly number[],
  clusters: readonly GroupKey[],
  sxx: number,
): { value: number; df: number } | null {
  const sums = new Map<GroupKey, number>();
  pairs.forEach((i, k) => {
    const g = clusters[i]!;
    sums.set(g, (sums.get(g) ?? 0) + scores[k]!);
  });
  const g = sums.size;
  const n = pairs.length;
  if (g < 2) return null;
  let meat = 0;
  for (const u of sums.values()) meat += u * u;
  const adjust = (g / (g - 1)) * ((n - 1) / (n - 2));
  return { value: (adjust * meat) / (sxx * sxx), df: g - 1 };
}
