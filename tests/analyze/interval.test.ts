import { describe, expect, it } from 'vitest';
import { meanInterval, wilsonInterval } from '../../pipeline/analyze/interval.js';

// Reference values from R 4: t.test(c(1, 2, 3, 4, 10))$conf.int and
// prop.test(7, 20, correct = FALSE)$conf.int.
describe('intervals', () => {
  it('t interval of a mean matches R t.test', () => {
    const sd = Math.sqrt(
      ((1 - 4) ** 2 + (2 - 4) ** 2 + (3 - 4) ** 2 + (4 - 4) ** 2 + (10 - 4) ** 2) / 4,
    );
    const [lo, hi] = meanInterval(4, sd, 5)!;
    expect(lo).toBeCloseTo(-0.38994516542541391, 12);
    expect(hi).toBeCloseTo(8.38994516542541469, 12);
  });
  it('Wilson interval matches R prop.test without continuity correction', () => {
    const [lo, hi] = wilsonInterval(7 / 20, 20)!;
    expect(lo).toBeCloseTo(0.18119182410108206, 12);
    expect(hi).toBeCloseTo(0.56714572331476365, 12);
  });
  it('has no interval for one student or an unknown SD', () => {
    expect(meanInterval(50, null, 1)).toBeNull();
    expect(meanInterval(50, 3, 1)).toBeNull();
    expect(wilsonInterval(0, 0)).toBeNull();
  });
  it('keeps Wilson ends within 0–1 at the edges', () => {
    const [lo, hi] = wilsonInterval(1, 5)!;
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBe(1);
  });
});

describe('degenerate and bounded intervals', () => {
  it('gives no interval when every student has the same value (nothing supports a call)', () => {
    expect(meanInterval(20, 0, 2)).toBeNull();
  });
  it('clips a mean’s interval to the measure’s possible range', () => {
    const [lo, hi] = meanInterval(90, 15, 3, [0, 100])!;
    expect(hi).toBe(100);
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeLessThan(90);
  });
});
