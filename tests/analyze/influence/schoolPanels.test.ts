import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../../pipeline/analyze/analyzeEdition.js';
import {
  criticalValue,
  labelAssociation,
  standardizeWithin,
} from '../../../pipeline/analyze/model/index.js';
import { joinStudents } from '../../../pipeline/join/joinStudents.js';
import { META, plantedConfig, plantedEdition } from '../plantedEdition.js';

const config = plantedConfig();
const planted = plantedEdition({ seed: 3 });
// P11 keeps one student per class: 6 students, under minGroupSize.
const data = {
  ...planted,
  fukushima: planted.fukushima!.filter((r) => r.key.school !== 'P11' || r.key.seat === 1),
};
const joined = joinStudents(data, config.editions.final, config);
const analysis = analyzeEdition(data, joined, config, META);
const panel = (school: string, outcome = 'fukushima.国語.step') =>
  [...analysis.schools]
    .find((s) => s.school.code === school)!
    .influence.school.find((p) => p.outcome === outcome)!;

/** An independent within-grade slope and r of one school, from the raw values. */
function independent(school: string, scale: string) {
  const all = joined.students;
  const grades = all.map((s) => s.key.grade);
  const y = standardizeWithin(
    all.map((s) => s.fukushima!.subjects['国語']!.step),
    grades,
  );
  const x = standardizeWithin(
    all.map((s) => s.fukushima!.scales[scale] ?? null),
    grades,
  );
  const own = all.flatMap((s, i) => (s.key.school === school ? [i] : []));
  const byGrade = new Map<number, number[]>();
  for (const i of own) byGrade.set(grades[i]!, [...(byGrade.get(grades[i]!) ?? []), i]);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const rows of byGrade.values()) {
    const mx = rows.reduce((s, i) => s + x[i]!, 0) / rows.length;
    const my = rows.reduce((s, i) => s + y[i]!, 0) / rows.length;
    for (const i of rows) {
      sxy += (x[i]! - mx) * (y[i]! - my);
      sxx += (x[i]! - mx) ** 2;
      syy += (y[i]! - my) ** 2;
    }
  }
  return { n: own.length, slope: sxy / sxx, r: sxy / Math.sqrt(sxx * syy) };
}

describe('school panels', () => {
  it('gives every factor’s within-grade slope and r, equal to an independent computation', () => {
    for (const school of ['P00', 'P05']) {
      const row = panel(school).factors.find((f) => f.factor === 'fukushima.scale.やり抜く力')!;
      const check = independent(school, 'やり抜く力');
      expect(row.n).toBe(check.n);
      expect(row.slope).toBeCloseTo(check.slope, 10);
      expect(row.r).toBeCloseTo(check.r, 10);
      expect(row.slopeCi![0]).toBeLessThan(row.slope!);
      expect(row.association).toBe(labelAssociation(row.slope, row.slopeCi));
    }
  });

  it('finds the planted driver in most schools on their own', () => {
    const clear = [...analysis.schools].filter(
      (s) =>
        panel(s.school.code).factors.find((f) => f.factor === 'fukushima.scale.やり抜く力')
          ?.association === '関連が明確',
    ).length;
    expect(clear).toBeGreaterThanOrEqual(8);
  });

  it('pulls a wide school slope toward the city’s and says so; leaves a narrow one', () => {
    const rows = [...analysis.schools].flatMap((s) => panel(s.school.code).factors);
    const wide = rows.filter((r) => r.wide);
    for (const r of rows) {
      const same = rows.find((o) => o.factor === r.factor)!;
      expect([r.citySlope, r.tau2]).toEqual([same.citySlope, same.tau2]);
      expect(r.pulled !== null).toBe(r.wide);
      // wide: the school's SE exceeds τ, the spread of true slopes between schools
      const se = (r.slopeCi![1] - r.slope!) / criticalValue(0.95, r.n - 3 - 1);
      expect(r.wide).toBe(se * se > r.tau2!);
    }
    expect(wide.length).toBeGreaterThan(0);
    for (const r of wide) {
      const { slope, ownWeight } = r.pulled!;
      expect(ownWeight).toBeGreaterThanOrEqual(0);
      expect(ownWeight).toBeLessThan(0.5);
      expect(slope).toBeCloseTo(r.citySlope! + ownWeight * (r.slope! - r.citySlope!), 10);
    }
  });

  it('fits the multivariable model only with max(50, 10 × factors) complete cases', () => {
    const model = panel('P00').model!;
    expect(model).toMatchObject({ status: 'fitted', n: 120, needed: 50 });
    expect(model.factors.map((f) => f.factor)).toHaveLength(3);
    expect(model.factors[0]!.slope).not.toBeNull();
    const shares = model.factors.reduce((s, f) => s + f.share!, 0);
    expect(shares).toBeCloseTo(model.r2!, 12);
    // growth has grades 5–6 only: 80 students, still enough; the small school has none
    expect(panel('P00', 'fukushima.国語.growth').model!.n).toBe(80);
  });

  it('suppresses the panel of a school with fewer students than minGroupSize', () => {
    expect(panel('P11')).toMatchObject({ n: 6, status: 'suppressed', factors: [], model: null });
  });

  it('leaves the small school out of no city figure: its students are in the city model', () => {
    const step = analysis.city.types[0]!.models.find((m) => m.outcome === 'fukushima.国語.step')!;
    expect(step.n).toBe(joined.students.length);
  });
});
