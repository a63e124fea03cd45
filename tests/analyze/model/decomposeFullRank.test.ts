import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { decomposeFullRank } from '../../../pipeline/analyze/model/decomposeFullRank.js';
import { createRandom } from '../../../pipeline/shared/random.js';

const random = createRandom(12);
const n = 40;
const x1 = Array.from({ length: n }, () => random.normal());
const x2 = Array.from({ length: n }, () => random.normal());
const jitter = Array.from({ length: n }, () => random.normal());
const design = (third: (i: number) => number) =>
  new Matrix(x1.map((v, i) => [1, v, x2[i]!, third(i)]));

describe('decomposeFullRank', () => {
  it('drops a column within the 1e-7 relative tolerance of the span of earlier ones', () => {
    const nearly = decomposeFullRank(design((i) => x1[i]! - x2[i]! + 1e-10 * jitter[i]!));
    expect(nearly.aliased).toEqual([false, false, false, true]);
    expect(nearly.kept).toEqual([0, 1, 2]);
    expect(nearly.x.columns).toBe(3);
  });

  it('keeps a column that is only strongly correlated', () => {
    const strong = decomposeFullRank(design((i) => x1[i]! - x2[i]! + 1e-4 * jitter[i]!));
    expect(strong.aliased).toEqual([false, false, false, false]);
  });

  it('judges a column only against earlier kept columns, as lm (first of a pair stays)', () => {
    const m = new Matrix(x1.map((v, i) => [v, 2 * v, x2[i]!, v + x2[i]!]));
    expect(decomposeFullRank(m).aliased).toEqual([false, true, false, true]);
  });

  it('gives (X′X)⁻¹ of the kept columns', () => {
    const { x, unscaledCovariance } = decomposeFullRank(design((i) => x1[i]! * x2[i]!));
    const identity = x.transpose().mmul(x).mmul(unscaledCovariance!);
    for (let a = 0; a < 4; a++) {
      for (let b = 0; b < 4; b++) expect(identity.get(a, b)).toBeCloseTo(a === b ? 1 : 0, 10);
    }
  });

  it('drops zero columns and has nothing to decompose when all are zero', () => {
    const zero = decomposeFullRank(new Matrix([[0], [0], [0]]));
    expect(zero.aliased).toEqual([true]);
    expect([zero.qr, zero.unscaledCovariance, zero.x.columns]).toEqual([null, null, 0]);
  });
});
