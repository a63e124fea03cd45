import { describe, expect, it } from 'vitest';
import { fitOls } from '../../../pipeline/analyze/model/fitOls.js';
import { expectClose, numbers, readReferenceCsv, reference } from './loadReference.js';

const data = readReferenceCsv('ols.csv');
const y = numbers(data.y);
const cols = ['x1', 'x2', 'x3', 'x4'].map((c) => numbers(data[c]));
const clusters = numbers(data.g);
const rowsOf = (k: number) => y.map((_, i) => cols.slice(0, k).map((c) => c[i]!));
const ref = reference.ols as Record<string, Record<string, unknown>>;

function expectMatchesR(fit: ReturnType<typeof fitOls>, r: Record<string, unknown>) {
  expectClose(fit.coefficients, r.coefficients, 1e-8, 'coefficients');
  expectClose(fit.classical.se, r.se, 1e-8, 'se');
  expectClose(fit.classical.p, r.p, 1e-8, 'p');
  expectClose(
    fit.classical.ci.map((c) => c?.[0] ?? null),
    r.ciLower,
    1e-8,
    'ci lower',
  );
  expectClose(
    fit.classical.ci.map((c) => c?.[1] ?? null),
    r.ciUpper,
    1e-8,
    'ci upper',
  );
  expectClose(fit.clusterRobust?.se, r.robustSe, 1e-8, 'robust se');
  expectClose(fit.clusterRobust?.p, r.robustP, 1e-8, 'robust p');
  expectClose(
    fit.clusterRobust?.ci.map((c) => c?.[0] ?? null),
    r.robustCiLower,
    1e-8,
    'robust lower',
  );
  expectClose(
    fit.clusterRobust?.ci.map((c) => c?.[1] ?? null),
    r.robustCiUpper,
    1e-8,
    'robust upper',
  );
  expectClose(fit.r2, r.r2, 1e-8, 'r2');
  expectClose(fit.adjustedR2, r.adjustedR2, 1e-8, 'adjusted r2');
  expectClose(fit.sigma, r.sigma, 1e-8, 'sigma');
  expect(fit.dfResidual).toBe(r.dfResidual);
  expect(fit.clusterRobust?.clusters).toBe(r.clusters);
}

describe('fitOls against R lm + sandwich::vcovCL(type = "HC1")', () => {
  it('matches with an intercept, dropping the aliased column x4 = x1 − 2·x2 as lm does', () => {
    const fit = fitOls(y, rowsOf(4), { clusters });
    expect(fit.aliased).toEqual([false, false, false, false, true]);
    expect(fit.rank).toBe(4);
    expectMatchesR(fit, ref.full!);
  });

  it('matches without an intercept (uncentred R²)', () => {
    expectMatchesR(fitOls(y, rowsOf(3), { clusters, intercept: false }), ref.noIntercept!);
  });
});

describe('fitOls on degenerate input', () => {
  it('gives nulls, never NaN, when n < p', () => {
    const fit = fitOls(
      [1, 2, 4],
      [
        [1, 0, 3, 1],
        [2, 1, 0, 5],
        [0, 1, 1, 2],
      ],
      { clusters: [1, 2, 3] },
    );
    expect(fit.rank).toBe(3);
    expect(fit.dfResidual).toBe(0);
    expect(fit.aliased).toEqual([false, false, false, true, true]);
    expect(fit.sigma).toBeNull();
    expect(fit.classical.se.every((v) => v === null)).toBe(true);
    expect(fit.clusterRobust).toBeNull();
    expect(JSON.stringify(fit)).not.toMatch(/NaN|Infinity/);
  });

  it('drops a zero-variance column and a column of zeros', () => {
    const x = [1, 2, 3, 4, 5, 6].map((v) => [v, 7, 0]);
    const fit = fitOls([2, 3, 5, 4, 6, 8], x);
    expect(fit.aliased).toEqual([false, false, true, true]);
    expect(fit.coefficients[1]).toBeCloseTo(19 / 17.5, 12);
    expect(JSON.stringify(fit)).not.toMatch(/NaN/);
  });

  it('gives no cluster-robust inference with a single cluster', () => {
    const fit = fitOls([1, 3, 2, 5], [[1], [2], [3], [4]], { clusters: ['a', 'a', 'a', 'a'] });
    expect(fit.clusterRobust).toBeNull();
    expect(fit.classical.se[1]).not.toBeNull();
  });

  it('gives no inference for an exact fit instead of near-zero standard errors', () => {
    const x = [[1], [2], [3], [4], [6]];
    const fit = fitOls(
      x.map(([v]) => 0.1 + 0.7 * v!),
      x,
      { clusters: [1, 1, 2, 2, 3] },
    );
    expect(fit.perfectFit).toBe(true);
    expect(fit.coefficients[1]).toBeCloseTo(0.7, 12);
    expect(fit.classical.p).toEqual([null, null]);
    expect(fit.clusterRobust).toBeNull();
  });

  it('gives a null R² when y is constant', () => {
    const fit = fitOls([2, 2, 2, 2], [[1], [2], [3], [5]]);
    expect(fit.r2).toBeNull();
    expect(fit.coefficients[1]).toBeCloseTo(0, 12);
  });
});
