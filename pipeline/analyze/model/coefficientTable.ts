/** Wald inference for coefficients: standard errors, test statistics, p-values and intervals. */
import type { Matrix } from 'ml-matrix';
import { criticalValue, twoSidedTP } from './distributions.js';
import type { Interval } from './types.js';

/**
 * Inference for every column of a design, aligned with the model's coefficient list. Entries of
 * aliased columns, and all entries when the covariance could not be estimated, are null.
 */
export interface CoefficientTable {
  /** Standard errors. */
  se: (number | null)[];
  /** Estimate / SE: a t statistic, or a z statistic when `df` is Infinity. */
  statistic: (number | null)[];
  /** Two-sided p-values. */
  p: (number | null)[];
  /** Two-sided intervals at the requested level (95% by default). */
  ci: (Interval | null)[];
  /** Degrees of freedom of the reference t distribution (Infinity = normal); null when none. */
  df: number | null;
}

/**
 * Builds the table from full-length estimates (null where aliased), the covariance of the kept
 * coefficients (`covariance` rows follow `kept`), the reference degrees of freedom and the level.
 * A null covariance or a df ≤ 0 gives a table of nulls.
 */
export function buildCoefficientTable(
  estimates: readonly (number | null)[],
  kept: readonly number[],
  covariance: Matrix | null,
  df: number,
  level: number,
): CoefficientTable {
  const size = estimates.length;
  const table: CoefficientTable = {
    se: new Array<number | null>(size).fill(null),
    statistic: new Array<number | null>(size).fill(null),
    p: new Array<number | null>(size).fill(null),
    ci: new Array<Interval | null>(size).fill(null),
    df: null,
  };
  if (!covariance || !(df > 0)) return table;
  table.df = df;
  const crit = criticalValue(level, df);
  kept.forEach((j, pos) => {
    const b = estimates[j];
    const variance = covariance.get(pos, pos);
    if (b === null || b === undefined || !(variance >= 0) || !Number.isFinite(variance)) return;
    const se = Math.sqrt(variance);
    table.se[j] = se;
    table.ci[j] = [b - crit * se, b + crit * se];
    if (se > 0) {
      const statistic = b / se;
      table.statistic[j] = statistic;
      table.p[j] = twoSidedTP(statistic, df);
    }
  });
  return table;
}
