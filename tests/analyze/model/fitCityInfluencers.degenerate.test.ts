import { describe, expect, it } from 'vitest';
import { fitCityInfluencers } from '../../../pipeline/analyze/model/fitCityInfluencers.js';
import type { InfluencerRow } from '../../../pipeline/analyze/model/prepareWithinData.js';
import { plantCity } from './plantCity.js';

const noNaN = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/NaN|Infinity/);
const base = plantCity({ seed: 3, schools: 12, classSize: 12 });
const withFactors = (make: (r: InfluencerRow, i: number) => (number | null)[]) =>
  base.map((r, i) => ({ ...r, factors: make(r, i) }));

describe('city model on degenerate input', () => {
  it('leaves out a constant factor and a factor missing for everyone, and fits the rest', () => {
    const rows = withFactors((r) => [r.factors[0]!, 7, null]);
    const result = fitCityInfluencers(rows, { factorNames: ['A', 'K', 'M'], resamples: 50 });
    const [a, k, m] = result.factors;
    expect(k!.excluded).toBe('no-variation');
    expect(m!.excluded).toBe('no-data');
    expect(m!.available).toBe(0);
    expect([k!.slope, k!.share, m!.r, m!.clear]).toEqual([null, null, null, false]);
    expect(a!.excluded).toBeNull();
    expect(a!.share).toBeCloseTo(result.r2!, 12);
    expect(result.n).toBe(rows.length);
    noNaN(result);
  });

  it('leaves out a factor that only differs between schools (nothing left within)', () => {
    const rows = withFactors((r) => [r.factors[0]!, Number(String(r.cluster).slice(1))]);
    const result = fitCityInfluencers(rows, { factorNames: ['A', 'School'], resamples: 0 });
    expect(result.factors[1]!.excluded).toBe('no-variation');
    noNaN(result);
  });

  it('drops the second of two perfectly collinear factors as aliased, as lm does', () => {
    const rows = withFactors((r) => [r.factors[0]!, 3 * r.factors[0]! - 1, r.factors[1]!]);
    const result = fitCityInfluencers(rows, { factorNames: ['A', 'A3', 'B'], resamples: 50 });
    expect(result.factors.map((f) => f.excluded)).toEqual([null, 'aliased', null]);
    expect(result.factors[1]!.share).toBeNull();
    expect(result.factors[0]!.share! + result.factors[2]!.share!).toBeCloseTo(result.r2!, 12);
    noNaN(result);
  });

  it('gives no intervals that need two schools when there is one', () => {
    const rows = base.filter((r) => r.cluster === 'S000');
    const result = fitCityInfluencers(rows, { factorNames: ['A', 'B', 'C'] });
    expect(result.clusters).toBe(1);
    expect(result.resamples).toBe(0);
    expect(result.r2Ci).toBeNull();
    for (const f of result.factors) {
      expect([f.slopeCi, f.p, f.shareCi, f.clear]).toEqual([null, null, null, false]);
    }
    expect(result.factors[0]!.slope).not.toBeNull();
    noNaN(result);
  });

  it('survives fewer students than factors', () => {
    const rows = base.slice(0, 6).map((r, i) => {
      const school = `s${Math.floor(i / 2)}`;
      const factors = [i, i * i, 2 - i, (i * 7) % 3, Math.sin(i)];
      return { ...r, factors, cluster: school, group: school, grade: 4 };
    });
    const result = fitCityInfluencers(rows, {
      factorNames: ['a', 'b', 'c', 'd', 'e'],
      resamples: 20,
    });
    expect(result.n).toBe(6);
    expect(result.factors.filter((f) => f.excluded === 'aliased').length).toBeGreaterThan(0);
    expect(result.factors.every((f) => !f.clear)).toBe(true);
    noNaN(result);
  });

  it('keeps complete cases only and says how many', () => {
    const rows = withFactors((r, i) => [i % 5 === 0 ? null : r.factors[0]!, r.factors[1]!]);
    rows[1] = { ...rows[1]!, y: null };
    const result = fitCityInfluencers(rows, { factorNames: ['A', 'B'], resamples: 0 });
    expect(result.rowsRead).toBe(rows.length);
    expect(result.n).toBe(rows.filter((r) => r.y !== null && r.factors[0] !== null).length);
    expect(result.factors[0]!.available).toBe(rows.length - Math.ceil(rows.length / 5));
  });

  it('refuses a fixed-effect group that spans two schools', () => {
    const rows = base.map((r) => ({ ...r, group: `g${String(r.grade)}` }));
    expect(() => fitCityInfluencers(rows, { factorNames: ['A', 'B', 'C'] })).toThrow(RangeError);
  });

  it('returns an empty model, not an error, without usable students', () => {
    const rows = base.map((r) => ({ ...r, y: null }));
    const result = fitCityInfluencers(rows, { factorNames: ['A', 'B', 'C'] });
    expect(result.n).toBe(0);
    expect(result.r2).toBeNull();
    noNaN(result);
  });
});
