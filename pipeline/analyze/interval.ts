/** 95% intervals: t-based for means, Wilson for shares. */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Confidence level of every interval in the karte. */
export const CONFIDENCE = 0.95;

/**
 * The interval of a mean, mean ± t(0.975, n−1) × sd / √n, clipped to the measure's possible
 * range when one is given. Null when n < 2 or the SD is unknown or zero: a class of one, or a
 * group whose students all have the same value, has no interval to support a call.
 */
export function meanInterval(
  mean: number,
  sd: number | null,
  n: number,
  range: readonly [number, number] | null = null,
): [number, number] | null {
  if (n < 2 || sd === null || !Number.isFinite(sd) || sd === 0) return null;
  const half = tQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * (sd / Math.sqrt(n));
  if (!range) return [mean - half, mean + half];
  return [Math.max(range[0], mean - half), Math.min(range[1], mean + half)];
}

/** z for the two-sided 95% level. */
const Z = 1.959963984540054;

/** The Wilson score interval of a proportion p of n (both ends within [0, 1]); null when n = 0. */
export function wilsonInterval(p: number, n: number): [number, number] | null {
  if (n === 0) return null;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
