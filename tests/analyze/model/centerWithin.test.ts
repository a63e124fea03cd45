import { describe, expect, it } from 'vitest';
import { centerWithin, groupMeans } from '../../../pipeline/analyze/model/centerWithin.js';

describe('centerWithin', () => {
  it('removes each group mean, ignoring missing values', () => {
    const got = centerWithin([1, 3, null, 10, 20, 30], ['a', 'a', 'a', 'b', 'b', 'b']);
    expect(got).toEqual([-1, 1, null, -10, 0, 10]);
  });

  it('leaves a group of one at zero and a fully missing group missing', () => {
    expect(centerWithin([5, null, null], [1, 2, 2])).toEqual([0, null, null]);
  });

  it('makes every group sum to zero', () => {
    const values = [2.5, 7, -1, 4, 4.25, 9, 0.5];
    const groups = ['x', 'y', 'x', 'z', 'y', 'x', 'z'];
    const centred = centerWithin(values, groups);
    for (const g of new Set(groups)) {
      const sum = centred.reduce<number>((s, v, i) => (groups[i] === g ? s + v! : s), 0);
      expect(Math.abs(sum)).toBeLessThan(1e-12);
    }
  });

  it('refuses misaligned inputs', () => {
    expect(() => centerWithin([1, 2], ['a'])).toThrow(RangeError);
  });

  it('groupMeans omits groups without values', () => {
    expect([...groupMeans([null, 4, 6], ['a', 'b', 'b'])]).toEqual([['b', 5]]);
  });
});
