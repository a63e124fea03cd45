import { describe, expect, it } from 'vitest';
import { estimateTau2, shrinkSlope } from '../../../pipeline/analyze/model/shrinkSlope.js';
import { expectClose, reference } from './loadReference.js';

const ref = reference.shrink as Record<string, number[] | number>;
const slopes = ref.slopes as number[];
const ses = ref.ses as number[];

describe('estimateTau2 (DerSimonian–Laird)', () => {
  it('matches the formula evaluated in R', () => {
    const got = estimateTau2(slopes, ses);
    expectClose(got.mean, ref.mean, 1e-12);
    expectClose(got.q, ref.q, 1e-12);
    expectClose(got.tau2, ref.tau2, 1e-12);
    expect(got.k).toBe(8);
  });

  it('skips missing slopes and non-positive SEs; is 0 for homogeneous slopes', () => {
    expect(estimateTau2([0.3, null, 0.2, 0.5], [0.1, 0.1, 0, 0.2]).k).toBe(2);
    expect(estimateTau2([0.3, 0.3, 0.3], [0.1, 0.2, 0.3]).tau2).toBe(0);
  });

  it('gives null τ² for fewer than two schools', () => {
    const one = estimateTau2([0.4], [0.1]);
    expect([one.tau2, one.q, one.k]).toEqual([null, null, 1]);
    expect(one.mean).toBeCloseTo(0.4, 15);
    expect(estimateTau2([], [])).toEqual({ tau2: null, mean: null, q: null, k: 0 });
  });
});

describe('shrinkSlope', () => {
  it('matches the normal–normal posterior computed in R', () => {
    const tau2 = ref.tau2 as number;
    const mean = ref.mean as number;
    const got = slopes.map((b, i) => shrinkSlope(b, ses[i]!, mean, tau2));
    expectClose(
      got.map((g) => g.slope),
      ref.pulled,
      1e-12,
    );
    expectClose(
      got.map((g) => g.ci[0]),
      ref.pulledLower,
      1e-12,
    );
    expectClose(
      got.map((g) => g.ci[1]),
      ref.pulledUpper,
      1e-12,
    );
  });

  it('pulls a wide interval more than a narrow one, and never past the city slope', () => {
    const narrow = shrinkSlope(0.8, 0.05, 0.3, 0.01);
    const wide = shrinkSlope(0.8, 0.4, 0.3, 0.01);
    expect(narrow.slope).toBeGreaterThan(wide.slope);
    expect(wide.slope).toBeGreaterThan(0.3);
    expect(wide.ownWeight).toBeLessThan(narrow.ownWeight);
    expect(wide.se).toBeLessThan(0.4);
  });

  it('gives the city slope, widened by its own SE, when τ² = 0', () => {
    const got = shrinkSlope(0.8, 0.2, 0.3, 0, { citySe: 0.05 });
    expect(got.slope).toBe(0.3);
    expect(got.se).toBeCloseTo(0.05, 15);
    expect(got.ownWeight).toBe(0);
  });

  it('refuses a non-positive SE or a negative τ²', () => {
    expect(() => shrinkSlope(0.1, 0, 0, 0.1)).toThrow(RangeError);
    expect(() => shrinkSlope(0.1, 0.1, 0, -1)).toThrow(RangeError);
  });
});
