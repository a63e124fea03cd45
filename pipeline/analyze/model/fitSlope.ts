/** The bivariate per-SD slope of an outcome on one factor, for the school panels. */
import { fitOls } from './fitOls.js';
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
 */
export function fitSlope(
  y: readonly (number | null)[],
  x: readonly (number | null)[],
  options: { clusters?: readonly GroupKey[]; level?: number } = {},
): SlopeResult {
  const { clusters, level = 0.95 } = options;
  if (x.length !== y.length) throw new RangeError(`fitSlope: ${x.length} x but ${y.length} y`);
  const pairs = y.flatMap((v, i) => {
    const w = x[i];
    return v !== null && w !== null && w !== undefined ? [i] : [];
  });
  const n = pairs.length;
  const none: SlopeResult = { n, slope: null, se: null, ci: null, p: null };
  if (n < 3) return none;
  const fit = fitOls(
    pairs.map((i) => y[i]!),
    pairs.map((i) => [x[i]!]),
    { level, clusters: clusters ? pairs.map((i) => clusters[i]!) : undefined },
  );
  if (fit.aliased[1]) return none;
  const table = clusters ? fit.clusterRobust : fit.classical;
  return {
    n,
    slope: fit.coefficients[1] ?? null,
    se: table?.se[1] ?? null,
    ci: table?.ci[1] ?? null,
    p: table?.p[1] ?? null,
  };
}
