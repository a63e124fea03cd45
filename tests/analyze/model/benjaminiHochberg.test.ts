import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../pipeline/analyze/model/benjaminiHochberg.js';
import { expectClose, reference } from './loadReference.js';

const ref = reference.bh as { p: (number | null)[]; adjusted: (number | null)[] };

describe('benjaminiHochberg', () => {
  it('matches R p.adjust(method = "BH"), with ties and a missing p', () => {
    expectClose(benjaminiHochberg(ref.p).adjusted, ref.adjusted, 1e-12);
  });

  it('marks as discoveries the adjusted p at most q', () => {
    const got = benjaminiHochberg([0.01, 0.02, 0.03, 0.5], 0.05);
    expectClose(got.adjusted, [0.04, 0.04, 0.04, 0.5], 1e-15);
    expect(got.discovered).toEqual([true, true, true, false]);
    expect(benjaminiHochberg([0.01, 0.02, 0.03, 0.5]).q).toBe(0.1);
  });

  it('handles an empty list and all-missing p-values', () => {
    expect(benjaminiHochberg([]).adjusted).toEqual([]);
    expect(benjaminiHochberg([null, null])).toEqual({
      adjusted: [null, null],
      discovered: [false, false],
      q: 0.1,
    });
  });
});
