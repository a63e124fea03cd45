import { describe, expect, it } from 'vitest';
import { standardizeWithin } from '../../../pipeline/analyze/model/standardizeWithin.js';

describe('standardizeWithin', () => {
  it('gives z-scores with the n − 1 SD of each group', () => {
    // grade 4: 1, 2, 3 → mean 2, sd 1; grade 5: 10, 30 → mean 20, sd √200
    const got = standardizeWithin([1, 2, 3, 10, 30, null], [4, 4, 4, 5, 5, 5]);
    expect(got.slice(0, 3)).toEqual([-1, 0, 1]);
    expect(got[3]).toBeCloseTo(-10 / Math.sqrt(200), 14);
    expect(got[4]).toBeCloseTo(10 / Math.sqrt(200), 14);
    expect(got[5]).toBeNull();
  });

  it('returns null, not NaN, for a constant group and a group of one', () => {
    expect(standardizeWithin([0.1 + 0.2, 0.3, 0.30000000000000004, 8], [1, 1, 1, 2])).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('is unchanged by a shift and a positive scaling of the raw values', () => {
    const raw = [3, 8, 1, 9, 4, 7, 2];
    const groups = [1, 1, 1, 2, 2, 2, 2];
    const moved = standardizeWithin(
      raw.map((v) => 100 + 3 * v),
      groups,
    );
    standardizeWithin(raw, groups).forEach((v, i) => expect(moved[i]).toBeCloseTo(v!, 12));
  });
});
