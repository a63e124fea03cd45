import { describe, expect, it } from 'vitest';
import {
  criticalValue,
  twoSidedNormalP,
  twoSidedTP,
} from '../../../pipeline/analyze/model/distributions.js';
import { expectClose, reference } from './loadReference.js';

const r = reference.distributions as Record<string, number[]>;

describe('distribution functions against R', () => {
  it('t critical values match qt((1 + level) / 2, df)', () => {
    const got = r.tLevel!.map((level, i) => criticalValue(level, r.tDf![i]));
    expectClose(got, r.tCritical, 1e-10);
  });

  it('normal critical values match qnorm', () => {
    expectClose(
      r.zLevel!.map((level) => criticalValue(level)),
      r.zCritical,
      1e-10,
    );
  });

  it('two-sided t and normal p-values match pt and pnorm, deep into the tails', () => {
    expectClose(
      r.pT!.map((t, i) => twoSidedTP(t, r.pDf![i]!)),
      r.pTwoSided,
      1e-10,
    );
    expectClose(
      r.pZ!.map((z) => twoSidedNormalP(z)),
      r.pNormal,
      1e-10,
    );
    expect(twoSidedTP(2, Infinity)).toBe(twoSidedNormalP(2));
  });

  it('refuses a level outside [0.5, 1) and a non-positive df', () => {
    expect(() => criticalValue(1)).toThrow(RangeError);
    expect(() => criticalValue(0.3)).toThrow(RangeError);
    expect(() => criticalValue(0.95, 0)).toThrow(RangeError);
  });
});
