import { describe, expect, it } from 'vitest';
import {
  centreRows,
  fitWithinGroups,
  fitWithinSlope,
} from '../../../pipeline/analyze/influence/withinGrade.js';
import { createRandom } from '../../../pipeline/shared/random.js';

function rowsOf(seed: number, n: number, groups: number) {
  const random = createRandom(seed);
  const g = Array.from({ length: n }, (_, i) => 4 + (i % groups));
  const x = g.map((grade) => random.normal() + 0.3 * grade);
  const y = x.map((v, i) => 0.4 * v + 0.5 * g[i]! + random.normal());
  return { y, x: x.map((v) => [v]), groups: g };
}

describe('the closed-form within-group slope', () => {
  it.each([
    [1, 40, 1],
    [2, 25, 3],
    [3, 12, 2],
  ])('equals the fixed-effects OLS fit (seed %i, n %i, %i groups)', (seed, n, groups) => {
    const rows = rowsOf(seed, n, groups);
    const ols = fitWithinGroups(rows);
    const { y, x } = centreRows(rows);
    const fast = fitWithinSlope(
      y,
      x.map((r) => r[0]!),
      groups,
      rows.x.reduce((s, r) => s + r[0]! ** 2, 0),
    );
    expect(fast.slope).toBeCloseTo(ols.coefficients[1]!, 12);
    expect(fast.se).toBeCloseTo(ols.classical.se[1]!, 12);
    expect(fast.p).toBeCloseTo(ols.classical.p[1]!, 12);
    expect(fast.ci![0]).toBeCloseTo(ols.classical.ci[1]![0], 12);
    expect(fast.ci![1]).toBeCloseTo(ols.classical.ci[1]![1], 12);
    // the dummies make OLS count the groups' degrees of freedom, as the closed form does
    expect(ols.dfResidual).toBe(n - groups - 1);
  });

  it('gives nulls for a factor constant within each group, and no inference without df', () => {
    const rows = rowsOf(4, 12, 3);
    const constant = rows.groups.map((g) => 0.1 * g);
    const { y } = centreRows(rows);
    const xc = centreRows({ ...rows, x: constant.map((v) => [v]) }).x.map((r) => r[0]!);
    const scale = constant.reduce((s, v) => s + v * v, 0);
    expect(fitWithinSlope(y, xc, 3, scale)).toMatchObject({ slope: null, se: null, ci: null });
    const tiny = fitWithinSlope([1, -1, 0.5], [1, -1, 0.2], 2, 3);
    expect(tiny.slope).not.toBeNull();
    expect([tiny.se, tiny.ci, tiny.p]).toEqual([null, null, null]);
  });
});
