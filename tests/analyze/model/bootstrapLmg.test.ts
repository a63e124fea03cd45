import { Matrix, covariance } from 'ml-matrix';
import { quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { bootstrapLmg } from '../../../pipeline/analyze/model/bootstrapLmg.js';
import {
  covarianceOfClusters,
  sumClusterCrossProducts,
} from '../../../pipeline/analyze/model/clusterCrossProducts.js';
import { lmgShares } from '../../../pipeline/analyze/model/lmgShares.js';
import { createRandom } from '../../../pipeline/shared/random.js';

/** 12 schools of unequal size; y depends on x1 and a school effect. */
function makeData(seed: number) {
  const random = createRandom(seed);
  const rows: number[][] = [];
  const clusters: string[] = [];
  for (let s = 0; s < 12; s++) {
    const effect = random.normal();
    for (let i = 0; i < 5 + ((s * 7) % 11); i++) {
      const x1 = random.normal() + 0.5 * effect;
      const x2 = random.normal() + 0.4 * x1;
      const x3 = random.normal();
      rows.push([0.5 * x1 + 0.2 * x2 + effect + random.normal(), x1, x2, x3]);
      clusters.push(`S${s}`);
    }
  }
  return { rows, clusters };
}

describe('cluster cross-products', () => {
  it('give the covariance of the data for unit weights, and of a resample for counts', () => {
    const { rows, clusters } = makeData(3);
    const cp = sumClusterCrossProducts(rows, clusters);
    const ones = new Float64Array(12).fill(1);
    const direct = covariance(new Matrix(rows)).to1DArray();
    Array.from(covarianceOfClusters(cp, ones)!).forEach((v, k) =>
      expect(v).toBeCloseTo(direct[k]!, 12),
    );

    const weights = [2, 0, 1, 0, 0, 3, 1, 0, 2, 1, 1, 1];
    const resampled = weights.flatMap((w, c) =>
      Array.from({ length: w }, () => rows.filter((_, i) => clusters[i] === `S${c}`)).flat(),
    );
    const expected = covariance(new Matrix(resampled)).to1DArray();
    Array.from(covarianceOfClusters(cp, weights)!).forEach((v, k) =>
      expect(v).toBeCloseTo(expected[k]!, 12),
    );
    expect(covarianceOfClusters(cp, new Float64Array(12))).toBeNull();
  });
});

describe('bootstrapLmg', () => {
  it('equals a brute-force bootstrap that copies the rows of each drawn school', () => {
    const { rows, clusters } = makeData(11);
    const resamples = 60;
    const got = bootstrapLmg(rows, clusters, { resamples, seed: 5 });

    const random = createRandom(5);
    const draws: number[][] = [[], [], []];
    for (let b = 0; b < resamples; b++) {
      const sample: number[][] = [];
      for (let k = 0; k < 12; k++) {
        const school = `S${random.int(12)}`;
        rows.forEach((row, i) => clusters[i] === school && sample.push(row));
      }
      lmgShares(covariance(new Matrix(sample)).to2DArray()).shares.forEach((s, j) =>
        draws[j]!.push(s),
      );
    }
    draws.forEach((d, j) => {
      const sorted = [...d].sort((a, b) => a - b);
      expect(got.shareCi[j]![0]).toBeCloseTo(quantileSorted(sorted, 0.025), 10);
      expect(got.shareCi[j]![1]).toBeCloseTo(quantileSorted(sorted, 0.975), 10);
    });
    expect(got.clusters).toBe(12);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const { rows, clusters } = makeData(2);
    const a = bootstrapLmg(rows, clusters, { resamples: 200, seed: 9 });
    expect(bootstrapLmg(rows, clusters, { resamples: 200, seed: 9 })).toEqual(a);
    expect(bootstrapLmg(rows, clusters, { resamples: 200, seed: 10 })).not.toEqual(a);
    expect(a.resamples).toBe(200);
  });

  it('uses 1000 resamples by default, and its intervals hold the point estimates', () => {
    const { rows, clusters } = makeData(4);
    const got = bootstrapLmg(rows, clusters);
    expect(got.resamples).toBe(1000);
    const point = lmgShares(covariance(new Matrix(rows)).to2DArray());
    point.shares.forEach((s, j) => {
      expect(got.shareCi[j]![0]).toBeLessThanOrEqual(s);
      expect(got.shareCi[j]![1]).toBeGreaterThanOrEqual(s);
    });
  });

  it('refuses a single cluster', () => {
    expect(() =>
      bootstrapLmg(
        [
          [1, 2],
          [2, 3],
          [3, 5],
        ],
        ['a', 'a', 'a'],
      ),
    ).toThrow(RangeError);
  });
});
