import { describe, expect, it } from 'vitest';
import { correlation } from '../../../pipeline/analyze/model/correlation.js';
import { expectClose, numbers, readReferenceCsv, reference } from './loadReference.js';

const data = readReferenceCsv('ols.csv');
const [x1, x2, x3, y] = ['x1', 'x2', 'x3', 'y'].map((c) => numbers(data[c]));
const ref = reference.correlation as Record<string, Record<string, number | null>>;

function expectMatchesR(got: ReturnType<typeof correlation>, r: Record<string, number | null>) {
  expect(got.n).toBe(r.n);
  expectClose(got.r, r.r, 1e-8, 'r');
  expectClose(got.p, r.p, 1e-8, 'p');
  expectClose(got.ci?.[0] ?? null, r.ciLower, 1e-8, 'lower');
  expectClose(got.ci?.[1] ?? null, r.ciUpper, 1e-8, 'upper');
}

describe('correlation against R cor.test', () => {
  it('matches r, p and the Fisher-z interval', () => {
    expectMatchesR(correlation(x1!, y!), ref.x1y!);
    expectMatchesR(correlation(x3!, y!), ref.x3y!);
    expectMatchesR(correlation(x1!.slice(0, 5), y!.slice(0, 5)), ref.small!);
    expectMatchesR(correlation(x1!.slice(0, 4), x2!.slice(0, 4)), ref.four!);
  });

  it('has no interval with three pairs, as cor.test', () => {
    expectMatchesR(correlation(x1!.slice(0, 3), x2!.slice(0, 3)), ref.three!);
  });
});

describe('correlation on degenerate input', () => {
  it('drops incomplete pairs', () => {
    const got = correlation([1, 2, null, 4, 5], [2, 1, 7, 4, null]);
    expect(got.n).toBe(3);
    expect(got.r).toBeCloseTo(correlation([1, 2, 4], [2, 1, 4]).r!, 15);
  });

  it('gives nulls for a constant variable and for fewer than three pairs', () => {
    expect(correlation([1, 2, 3, 4], [0.3, 0.1 + 0.2, 0.3, 0.3])).toEqual({
      n: 4,
      r: null,
      ci: null,
      p: null,
    });
    expect(correlation([1, 2], [2, 1]).r).toBeNull();
  });

  it('gives p = 0 and a degenerate interval for a perfect correlation', () => {
    const got = correlation([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]);
    expect(got.r).toBe(1);
    expect(got.p).toBe(0);
    expect(got.ci).toEqual([1, 1]);
  });
});
