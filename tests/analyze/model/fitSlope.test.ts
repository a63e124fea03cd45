import { describe, expect, it } from 'vitest';
import { fitOls } from '../../../pipeline/analyze/model/fitOls.js';
import { fitSlope } from '../../../pipeline/analyze/model/fitSlope.js';
import { createRandom } from '../../../pipeline/shared/random.js';
import { expectClose, numbers, readReferenceCsv, reference } from './loadReference.js';

describe('fitSlope', () => {
  it('is the slope of lm(y ~ x) with its t interval', () => {
    // y = 1, 3, 2, 5, 4 on x = 1…5: slope 0.8, residual SD √(3.6/3), Sxx 10.
    const got = fitSlope([1, 3, 2, 5, 4], [1, 2, 3, 4, 5]);
    expect(got.slope).toBeCloseTo(0.8, 14);
    expect(got.se).toBeCloseTo(Math.sqrt(3.6 / 3 / 10), 14);
    expect(got.ci![1] - got.ci![0]).toBeCloseTo(2 * 3.182446305284263 * got.se!, 10);
  });

  it('matches lm(y ~ x) and vcovCL(type = "HC1") in R, classical and clustered', () => {
    const data = readReferenceCsv('ols.csv');
    const ref = (reference.ols as Record<string, Record<string, number[]>>).simple!;
    const y = numbers(data.y);
    const x1 = numbers(data.x1);
    const classical = fitSlope(y, x1);
    expectClose(classical.slope, ref.coefficients![1], 1e-8);
    expectClose(classical.se, ref.se![1], 1e-8);
    expectClose(classical.p, ref.p![1], 1e-8);
    expectClose(classical.ci, [ref.ciLower![1], ref.ciUpper![1]], 1e-8);
    const clustered = fitSlope(y, x1, { clusters: numbers(data.g) });
    expectClose(clustered.se, ref.robustSe![1], 1e-8);
    expectClose(clustered.p, ref.robustP![1], 1e-8);
    expectClose(clustered.ci, [ref.robustCiLower![1], ref.robustCiUpper![1]], 1e-8);
  });

  it('drops incomplete pairs and gives nulls for too few pairs or a constant x', () => {
    expect(fitSlope([1, null, 3, 4], [1, 2, null, 3]).n).toBe(2);
    expect(fitSlope([1, null, 3, 4], [1, 2, null, 3]).slope).toBeNull();
    expect(fitSlope([1, 2, 3, 4], [5, 5, 5, 5])).toEqual({
      n: 4,
      slope: null,
      se: null,
      ci: null,
      p: null,
    });
  });

  it('gives what the QR fit of lm(y ~ x) gives, in closed form, on many random data sets', () => {
    const rng = createRandom(11);
    const random = () => rng.next();
    for (let trial = 0; trial < 40; trial++) {
      const n = 3 + Math.floor(random() * 300);
      const scale = 10 ** (Math.floor(random() * 7) - 3);
      const x = Array.from({ length: n }, () => (random() < 0.05 ? null : scale * random()));
      const y = x.map((v) => (random() < 0.05 || v === null ? null : 0.4 * v + random()));
      const clusters = x.map(() => Math.floor(random() * (1 + (trial % 9))));
      const pairs = y.flatMap((v, i) => (v !== null && x[i] !== null ? [i] : []));
      for (const g of [undefined, clusters]) {
        const got = fitSlope(y, x, { clusters: g });
        const ols = fitOls(
          pairs.map((i) => y[i]!),
          pairs.map((i) => [x[i]!]),
          { clusters: g ? pairs.map((i) => g[i]!) : undefined },
        );
        const table = g ? ols.clusterRobust : ols.classical;
        expectClose(got.slope, ols.coefficients[1]!, 1e-9);
        expectClose(got.se, table?.se[1] ?? null, 1e-9);
        expectClose(got.p, table?.p[1] ?? null, 1e-9);
        expectClose(got.ci, table?.ci[1] ?? null, 1e-9);
      }
    }
  });
});
