import { describe, expect, it } from 'vitest';
import { assertFinite, findNonFinite } from '../../pipeline/analyze/checkFinite.js';
import { isKarteError } from '../../pipeline/shared/issues.js';

describe('the finite-number check before results are written', () => {
  it('finds the path of the first NaN or Infinity, and nothing in clean results', () => {
    expect(findNonFinite({ a: [1, { b: null, c: 'x' }], d: -0 })).toBeNull();
    expect(findNonFinite({ a: [1, { b: NaN }] })).toBe('$.a[1].b');
    expect(findNonFinite([0, [Infinity]])).toBe('$[1][0]');
  });

  it('stops with an internal error naming the file and the path', () => {
    let error: unknown;
    try {
      assertFinite({ grades: [{ mean: -Infinity }] }, 'results/A.json');
    } catch (e) {
      error = e;
    }
    expect(isKarteError(error)).toBe(true);
    if (isKarteError(error)) {
      expect(error.issue.code).toBe('E_INTERNAL');
      expect(error.text('en')).toContain('results/A.json: $.grades[0].mean');
    }
  });
});
