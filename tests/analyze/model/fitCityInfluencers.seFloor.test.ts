import { describe, expect, it } from 'vitest';
import { fitCityInfluencers } from '../../../pipeline/analyze/model/fitCityInfluencers.js';
import { fitOls } from '../../../pipeline/analyze/model/fitOls.js';
import { prepareWithinData } from '../../../pipeline/analyze/model/prepareWithinData.js';
import { criticalValue } from '../../../pipeline/analyze/model/distributions.js';
import { plantCity } from './plantCity.js';

const names = ['A', 'B', 'C'];

describe('the classical floor under cluster-robust standard errors (seFloor)', () => {
  // Four schools: the HC1 estimate rests on four cluster sums and is often far too small (below
  // the classical SE for some factor in 26 of the seeds 1–29; here for all three).
  const rows = plantCity({ seed: 12, schools: 4, classSize: 30 });
  const robust = fitCityInfluencers(rows, { factorNames: names, resamples: 0 });
  const floored = fitCityInfluencers(rows, { factorNames: names, resamples: 0, seFloor: true });

  // The classical fixed-effects SE, from the same within data: σ² over n − groups − factors.
  const data = prepareWithinData(rows, names.length);
  const fit = fitOls(
    data.rows.map((r) => r[0]!),
    data.rows.map((r) => r.slice(1)),
  );
  const dfWithin = data.rows.length - data.groups - names.length;
  const classical = fit.classical.se
    .slice(1)
    .map((se) => se! * Math.sqrt(fit.dfResidual / dfWithin));

  it('reports, for each slope, the larger of the HC1 and the classical fixed-effects SE', () => {
    floored.factors.forEach((f, j) => {
      expect(f.se).toBeCloseTo(Math.max(robust.factors[j]!.se!, classical[j]!), 12);
    });
    // the case the floor exists for: at least one HC1 SE below the classical one
    expect(robust.factors.some((f, j) => f.se! < classical[j]!)).toBe(true);
  });

  it('keeps the t reference on schools − 1 df and leaves the slopes and shares alone', () => {
    const crit = criticalValue(0.95, 3);
    floored.factors.forEach((f, j) => {
      expect(f.slope).toBe(robust.factors[j]!.slope);
      expect(f.share).toBe(robust.factors[j]!.share);
      expect(f.slopeCi![1] - f.slope!).toBeCloseTo(crit * f.se!, 10);
    });
  });

  it('changes nothing where the HC1 SE is already the larger', () => {
    const big = plantCity({ seed: 1 });
    const a = fitCityInfluencers(big, { factorNames: names, resamples: 0 });
    const b = fitCityInfluencers(big, { factorNames: names, resamples: 0, seFloor: true });
    b.factors.forEach((f, j) => expect(f.se).toBeGreaterThanOrEqual(a.factors[j]!.se!));
    expect(b.factors.filter((f, j) => f.se === a.factors[j]!.se).length).toBeGreaterThan(0);
  });
});
