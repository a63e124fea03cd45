/** Pearson correlation with the test and Fisher-z interval of R's `cor.test`. */
import { criticalValue, twoSidedTP } from './distributions.js';
import type { Interval } from './types.js';

/** A correlation and its inference; null fields where the data cannot give them. */
export interface CorrelationResult {
  /** Pairs with both values present. */
  n: number;
  /** Pearson r; null with fewer than 3 pairs or when either variable is constant. */
  r: number | null;
  /** Fisher-z interval tanh(atanh r ± z/√(n − 3)); null with fewer than 4 pairs. */
  ci: Interval | null;
  /** Two-sided p of t = r√((n − 2)/(1 − r²)) on n − 2 df; null when r is. */
  p: number | null;
}

/**
 * Pearson's r of x and y over the pairs where both are present (nulls dropped pairwise), with
 * the same p-value and interval as R's `cor.test(x, y)` (default level 0.95).
 */
export function correlation(
  x: readonly (number | null)[],
  y: readonly (number | null)[],
  level = 0.95,
): CorrelationResult {
  if (x.length !== y.length) throw new RangeError(`correlation: ${x.length} x but ${y.length} y`);
  const xs: number[] = [];
  const ys: number[] = [];
  x.forEach((v, i) => {
    const w = y[i];
    if (v !== null && w !== null && w !== undefined) {
      xs.push(v);
      ys.push(w);
    }
  });
  const n = xs.length;
  const r = n >= 3 ? pearson(xs, ys) : null;
  if (r === null) return { n, r: null, ci: null, p: null };
  const df = n - 2;
  const p = Math.abs(r) === 1 ? 0 : twoSidedTP(r * Math.sqrt(df / (1 - r * r)), df);
  let ci: Interval | null = null;
  if (n > 3) {
    const z = Math.atanh(r);
    const half = criticalValue(level) / Math.sqrt(n - 3);
    ci = [Math.tanh(z - half), Math.tanh(z + half)];
  }
  return { n, r, ci, p };
}

/** Pearson r by the two-pass formula, clamped to [−1, 1]; null when either SD is 0. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A spread at the rounding level of the mean (CV below 1e-12) is none: the variable is constant.
  if (!(sxx > 1e-24 * n * mx * mx) || !(syy > 1e-24 * n * my * my)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
