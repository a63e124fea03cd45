import { describe, expect, it } from 'vitest';
import { fitCityInfluencers } from '../../../pipeline/analyze/model/fitCityInfluencers.js';
import type { InfluencerRow } from '../../../pipeline/analyze/model/prepareWithinData.js';
import { expectClose, readReferenceCsv, reference } from './loadReference.js';

const data = readReferenceCsv('city.csv');
const school = data.school as string[];
const grade = data.grade as number[];
const factorNames = ['f1', 'f2', 'f3', 'f4'];
const rows: InfluencerRow[] = school.map((s, i) => ({
  y: data.y![i] as number | null,
  factors: factorNames.map((f) => data[f]![i] as number | null),
  cluster: s,
  group: `${s}/${grade[i]}`,
  grade: grade[i]!,
}));
const ref = reference.city as Record<string, number[] | number>;

describe('fitCityInfluencers against the same steps in R', () => {
  const result = fitCityInfluencers(rows, { factorNames, resamples: 0 });
  const pick = <K extends keyof (typeof result.factors)[number]>(key: K) =>
    result.factors.map((f) => f[key]);

  it('keeps the same complete cases and schools', () => {
    expect(result.rowsRead).toBe(school.length);
    expect(result.n).toBe(ref.n);
    expect(result.clusters).toBe(ref.clusters);
    expect(pick('n')).toEqual([ref.n, ref.n, ref.n, ref.n]);
  });

  it('matches lm slopes with vcovCL HC1 by school, t on G − 1 df, and p.adjust BH', () => {
    expectClose(pick('slope'), ref.slope, 1e-8, 'slope');
    expectClose(pick('se'), ref.se, 1e-8, 'se');
    expectClose(
      pick('slopeCi').map((c) => c![0]),
      ref.slopeLower,
      1e-8,
      'lower',
    );
    expectClose(
      pick('slopeCi').map((c) => c![1]),
      ref.slopeUpper,
      1e-8,
      'upper',
    );
    expectClose(pick('p'), ref.p, 1e-8, 'p');
    expectClose(pick('pAdjusted'), ref.pAdjusted, 1e-8, 'p adjusted');
  });

  it('matches cor.test on the within-centred values', () => {
    expectClose(pick('r'), ref.r, 1e-8, 'r');
    expectClose(
      pick('rCi').map((c) => c![0]),
      ref.rLower,
      1e-8,
      'r lower',
    );
    expectClose(
      pick('rCi').map((c) => c![1]),
      ref.rUpper,
      1e-8,
      'r upper',
    );
  });

  it('matches an all-subsets LMG decomposition by lm', () => {
    expectClose(pick('share'), ref.shares, 1e-8, 'shares');
    expectClose(result.r2, ref.r2, 1e-8, 'r2');
  });

  it('skips share intervals when asked for no resamples', () => {
    expect(result.resamples).toBe(0);
    expect(pick('shareCi')).toEqual([null, null, null, null]);
  });
});
