import { describe, expect, it } from 'vitest';
import { indexScales, scoreIsus } from '../../pipeline/join/scoreIsus.js';
import { isusRow, key } from '../helpers/inputData.js';

const scales = indexScales([
  { itemNo: 'Q01', text: '', scale: '承認', reversed: false },
  { itemNo: 'Q02', text: '', scale: '承認', reversed: false },
  { itemNo: 'Q03', text: '', scale: '承認', reversed: true },
  { itemNo: 'Q04', text: '', scale: '承認', reversed: false },
]);

describe('scoreIsus', () => {
  it('reverses reversed items and averages', () => {
    expect(
      scoreIsus(isusRow(key('A', 4, '1', 1), 1, { Q01: 4, Q02: 3, Q03: 1, Q04: 2 }), scales).scales,
    ).toEqual({ 承認: 3.25 });
  });
  it('needs at least half of the items answered', () => {
    const half = isusRow(key('A', 4, '1', 1), 1, { Q01: 4, Q02: 2, Q03: null, Q04: null });
    expect(scoreIsus(half, scales).scales['承認']).toBe(3);
    const less = isusRow(key('A', 4, '1', 1), 1, { Q01: 4, Q02: null, Q03: null, Q04: null });
    expect(scoreIsus(less, scales).scales['承認']).toBeNull();
  });
});
