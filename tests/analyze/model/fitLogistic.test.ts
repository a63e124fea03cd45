import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../pipeline/analyze/model/fitLogistic.js';
import { expectClose, numbers, readReferenceCsv, reference } from './loadReference.js';

const data = readReferenceCsv('logit.csv');
const y = numbers(data.y);
const cols = ['x1', 'x2', 'x3'].map((c) => numbers(data[c]));
const rows = y.map((_, i) => cols.map((c) => c[i]!));
const clusters = numbers(data.g);
const ref = reference.logit as Record<string, number[] | number>;

describe('fitLogistic against R glm(family = binomial) + sandwich::vcovCL(type = "HC1")', () => {
  const fit = fitLogistic(y, rows, { clusters });

  it('matches coefficients, deviance and iteration count', () => {
    expectClose(fit.coefficients, ref.coefficients, 1e-8, 'coefficients');
    expectClose(fit.deviance, ref.deviance, 1e-10, 'deviance');
    expect(fit.iterations).toBe(ref.iterations);
    expect(fit.converged).toBe(true);
    expect(fit.separation).toBe(false);
  });

  it('matches standard errors, p-values, odds ratios and Wald intervals', () => {
    expectClose(fit.classical.se, ref.se, 1e-8, 'se');
    expectClose(fit.classical.p, ref.p, 1e-8, 'p');
    expectClose(fit.classical.oddsRatios, ref.oddsRatios, 1e-8, 'or');
    expectClose(
      fit.classical.oddsRatioCi.map((c) => c?.[0] ?? null),
      ref.orLower,
      1e-8,
      'or lower',
    );
    expectClose(
      fit.classical.oddsRatioCi.map((c) => c?.[1] ?? null),
      ref.orUpper,
      1e-8,
      'or upper',
    );
  });

  it('matches cluster-robust standard errors and p-values', () => {
    expectClose(fit.clusterRobust?.se, ref.robustSe, 1e-8, 'robust se');
    expectClose(fit.clusterRobust?.p, ref.robustP, 1e-8, 'robust p');
    expect(fit.clusterRobust?.clusters).toBe(12);
  });
});

describe('fitLogistic on degenerate input', () => {
  it('flags complete separation and returns finite numbers', () => {
    const x = [-3, -2, -1, -0.5, 0.5, 1, 2, 3].map((v) => [v]);
    const fit = fitLogistic([0, 0, 0, 0, 1, 1, 1, 1], x);
    expect(fit.separation).toBe(true);
    expect(JSON.stringify(fit)).not.toMatch(/NaN|Infinity/);
    expect(fit.coefficients.every((b) => b === null || Number.isFinite(b))).toBe(true);
  });

  it('flags non-convergence when the iteration limit is too low', () => {
    const fit = fitLogistic(y, rows, { maxIterations: 1 });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(1);
  });

  it('drops an aliased column as glm does', () => {
    const withCopy = rows.map((r) => [...r, 2 * r[0]!]);
    const fit = fitLogistic(y, withCopy);
    expect(fit.aliased).toEqual([false, false, false, false, true]);
    expectClose(fit.coefficients.slice(0, 4), ref.coefficients, 1e-8);
    expect(fit.coefficients[4]).toBeNull();
  });

  it('refuses an outcome that is not 0 or 1', () => {
    expect(() => fitLogistic([0, 2, 1], [[1], [2], [3]])).toThrow(RangeError);
  });
});
