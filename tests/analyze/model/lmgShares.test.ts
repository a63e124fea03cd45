import { Matrix, correlation as correlationMatrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { fitOls } from '../../../pipeline/analyze/model/fitOls.js';
import { lmgShares } from '../../../pipeline/analyze/model/lmgShares.js';
import { allSubsetR2, forEachSubsetR2 } from '../../../pipeline/analyze/model/subsetR2.js';
import { createRandom } from '../../../pipeline/shared/random.js';
import { expectClose, numbers, readReferenceCsv, reference } from './loadReference.js';

const data = readReferenceCsv('lmg.csv');
const columns = ['y', 'x1', 'x2', 'x3', 'x4', 'x5'].map((c) => numbers(data[c]));
const rows = columns[0]!.map((_, i) => columns.map((c) => c[i]!));
const corr = correlationMatrix(new Matrix(rows)).to2DArray();
const flat = Float64Array.from(corr.flat());
const ref = reference.lmg as { shares: number[]; subsetR2: number[]; r2: number };

describe('subset R² by Gray-code sweeps', () => {
  it('matches R lm R² for all 32 subsets of 5 factors', () => {
    expectClose(Array.from(allSubsetR2(flat, 5)), ref.subsetR2, 1e-9);
  });

  it('visits subsets in reflected Gray-code order, one factor added or removed per step', () => {
    const masks: number[] = [];
    forEachSubsetR2(flat, 5, (mask) => masks.push(mask));
    expect(masks).toEqual(Array.from({ length: 32 }, (_, i) => i ^ (i >> 1)));
  });

  it('agrees with a QR fit of every subset for 9 random correlated factors', () => {
    const random = createRandom(7);
    const p = 9;
    const data = Array.from({ length: 80 }, () => {
      const z = Array.from({ length: p }, () => random.normal());
      const x = z.map((v, j) => v + 0.6 * (z[(j + 1) % p] ?? 0));
      return [x.reduce((s, v, j) => s + v * (j % 3) * 0.3, random.normal()), ...x];
    });
    const m = correlationMatrix(new Matrix(data)).to2DArray();
    const r2 = allSubsetR2(Float64Array.from(m.flat()), p);
    for (const mask of [1, 6, 77, 300, 511]) {
      const cols = Array.from({ length: p }, (_, j) => j).filter((j) => mask & (1 << j));
      const fit = fitOls(
        data.map((r) => r[0]!),
        data.map((r) => cols.map((j) => r[j + 1]!)),
      );
      expect(r2[mask]).toBeCloseTo(fit.r2!, 10);
    }
  });
});

describe('lmgShares', () => {
  it('matches an exact all-subsets decomposition written in R', () => {
    const got = lmgShares(corr);
    expectClose(got.shares, ref.shares, 1e-9);
    expectClose(got.r2, ref.r2, 1e-9);
  });

  it('gives shares that sum to the full-model R²', () => {
    const got = lmgShares(corr);
    expect(got.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(got.r2, 14);
  });

  it('splits credit equally between two identical factors', () => {
    const got = lmgShares([
      [1, 0.5, 0.5, 0.2],
      [0.5, 1, 1, 0],
      [0.5, 1, 1, 0],
      [0.2, 0, 0, 1],
    ]);
    expect(got.shares[0]).toBeCloseTo(got.shares[1]!, 12);
    expect(got.r2).toBeCloseTo(0.25 + 0.04, 12);
    expect(got.shares[2]).toBeCloseTo(0.04, 12);
  });

  it('gives share 0 to a zero-variance factor and 0 for everything when y is constant', () => {
    const withConstant = lmgShares([
      [1, 0.3, 0],
      [0.3, 1, 0],
      [0, 0, 0],
    ]);
    expect(withConstant.shares).toEqual([expect.closeTo(0.09, 12), 0]);
    expect(
      lmgShares([
        [0, 0],
        [0, 1],
      ]),
    ).toEqual({ r2: 0, shares: [0] });
    expect(lmgShares([[1]])).toEqual({ r2: 0, shares: [] });
  });

  it('accepts a covariance matrix (scale-free)', () => {
    const cov = corr.map((row, a) => row.map((v, b) => v * (a + 1) * (b + 1)));
    expectClose(lmgShares(cov).shares, ref.shares, 1e-9);
  });
});
