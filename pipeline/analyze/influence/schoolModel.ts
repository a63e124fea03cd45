/**
 * A school's multivariable model: all the outcome's factors at once, within its grades, fitted
 * only where the complete cases reach max(50, 10 × factors) (ANALYSIS.md, "School").
 */
import { Matrix, covariance } from 'ml-matrix';
import { labelAssociation, lmgShares } from '../model/index.js';
import type { StudentFrame } from './frame.js';
import type { SchoolModel } from './schema.js';
import { centreRows, fitWithinGroups } from './withinGrade.js';

/** Complete cases a school needs for its multivariable model. */
export const neededCases = (factors: number): number => Math.max(50, 10 * factors);

/**
 * The model of the outcome's z on the factors' z over the school's complete cases, with grade
 * fixed effects: per-SD slopes with classical 95% intervals, and each factor's LMG share of the
 * within-grade R². Below the needed count, the same shape with nulls and status too-few-cases.
 */
export function fitSchoolModel(
  frame: StudentFrame,
  rows: readonly number[],
  outcome: string,
  factors: readonly string[],
): SchoolModel {
  const y = frame.outcomeZ.get(outcome)!;
  const columns = factors.map((f) => frame.factorZ.get(f)!);
  const complete = rows.filter((i) => y[i] !== null && columns.every((c) => c[i] !== null));
  const needed = neededCases(factors.length);
  const empty: SchoolModel = {
    status: 'too-few-cases',
    n: complete.length,
    needed,
    r2: null,
    factors: factors.map((factor) => ({
      factor,
      slope: null,
      ci: null,
      p: null,
      share: null,
      association: '不明確',
    })),
  };
  if (factors.length === 0 || complete.length < needed) return empty;
  const within = {
    y: complete.map((i) => y[i]!),
    x: complete.map((i) => columns.map((c) => c[i]!)),
    groups: complete.map((i) => frame.grade[i]!),
  };
  const fit = fitWithinGroups(within);
  const centred = centreRows(within);
  const lmg = lmgShares(
    covariance(new Matrix(centred.y.map((v, i) => [v, ...centred.x[i]!]))).to2DArray(),
  );
  return {
    status: 'fitted',
    n: complete.length,
    needed,
    r2: lmg.r2,
    factors: factors.map((factor, j) => {
      const slope = fit.aliased[j + 1] ? null : (fit.coefficients[j + 1] ?? null);
      const ci = fit.classical.ci[j + 1] ?? null;
      return {
        factor,
        slope,
        ci: ci ? [ci[0], ci[1]] : null,
        p: fit.classical.p[j + 1] ?? null,
        share: lmg.shares[j] ?? null,
        association: labelAssociation(slope, ci),
      };
    }),
  };
}
