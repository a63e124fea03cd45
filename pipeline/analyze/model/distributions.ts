/**
 * The few distribution functions the models need: normal and Student t tail probabilities and
 * the critical values of two-sided intervals. They wrap stdlib's ports of the Boost algorithms
 * (`@stdlib/stats-base-dists-*`), which agree with R's `pnorm`, `pt`, `qnorm` and `qt` to about
 * 1e-13 relative error in the ranges used here; simple-statistics' `probit` and `tTest` tables are
 * too coarse for checking against R at 1e-8.
 */
import normalCdfOf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';
import tCdfOf from '@stdlib/stats-base-dists-t-cdf';
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';

/** Standard normal distribution function Φ(x), accurate far into both tails. */
export function normalCdf(x: number): number {
  return normalCdfOf(x, 0, 1);
}

/** Two-sided p-value of a z statistic, 2Φ(−|z|), as R's `2 * pnorm(-abs(z))`. */
export function twoSidedNormalP(z: number): number {
  return 2 * normalCdf(-Math.abs(z));
}

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom, 2·P(T ≤ −|t|), as R's
 * `2 * pt(-abs(t), df)`. `df = Infinity` gives the normal p-value.
 */
export function twoSidedTP(t: number, df: number): number {
  if (df === Infinity) return twoSidedNormalP(t);
  return 2 * tCdfOf(-Math.abs(t), df);
}

/**
 * The critical value of a two-sided interval at confidence `level` (0.5 ≤ level < 1): the
 * (1 + level)/2 quantile of Student's t with `df` degrees of freedom, or of the standard normal
 * when `df` is Infinity (the default). Only upper quantiles are ever asked for, which is where
 * the wrapped quantile functions are exact to double precision.
 */
export function criticalValue(level: number, df = Infinity): number {
  if (!(level >= 0.5 && level < 1))
    throw new RangeError(`interval level ${level} is not in [0.5, 1)`);
  if (!(df > 0)) throw new RangeError(`degrees of freedom ${df} must be positive`);
  const p = (1 + level) / 2;
  return df === Infinity ? normalQuantileOf(p, 0, 1) : tQuantileOf(p, df);
}
