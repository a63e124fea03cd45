import { describe, expect, it } from 'vitest';
import {
  discloseAssociation,
  discloseFigure,
  discloseGroup,
  discloseModel,
  suppressComplements,
  withhold,
} from '../../pipeline/analyze/disclose.js';
import type { Stats } from '../../pipeline/analyze/summarize.js';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import type { CityModel } from '../../pipeline/analyze/influence/schema.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { META, plantedConfig, plantedEdition } from './plantedEdition.js';

const stats = (n: number, mean = 50): Stats => ({
  n,
  mean,
  sd: 10,
  median: mean,
  q1: 40,
  q3: 60,
  ci: [mean - 5, mean + 5],
  counts: [n],
});

describe('discloseFigure', () => {
  it('shows a group at or above the minimum size to anyone', () => {
    expect(discloseFigure(stats(10), 'outside', 10)).toMatchObject({
      status: 'shown',
      mean: 50,
      n: 10,
    });
  });
  it('shows a small group with a caution inside its own school', () => {
    expect(discloseFigure(stats(4), 'own-school', 10)).toMatchObject({
      status: 'caution',
      reason: 'small-group',
      mean: 50,
    });
  });
  it('withholds every number of a small group from anyone else', () => {
    const f = discloseFigure(stats(4), 'outside', 10);
    expect(f).toMatchObject({
      status: 'suppressed',
      n: 4,
      mean: null,
      sd: null,
      ci: null,
      counts: null,
      median: null,
    });
  });
  it('treats a missing group as suppressed with n = 0', () => {
    expect(discloseFigure(undefined, 'own-school', 10)).toMatchObject({
      status: 'suppressed',
      n: 0,
      mean: null,
    });
  });
});

describe('suppressComplements', () => {
  const outside = (n: number) => discloseFigure(stats(n), 'outside', 10);
  it('suppresses the smallest shown group when exactly one is suppressed', () => {
    const result = suppressComplements([outside(30), outside(4), outside(12), outside(25)]);
    expect(result.map((f) => f.status)).toEqual(['shown', 'suppressed', 'suppressed', 'shown']);
    expect(result[2]).toMatchObject({ reason: 'complement', mean: null });
  });
  it('leaves the set alone when none or several are suppressed', () => {
    expect(suppressComplements([outside(30), outside(12)]).map((f) => f.status)).toEqual([
      'shown',
      'shown',
    ]);
    expect(suppressComplements([outside(3), outside(4), outside(40)]).map((f) => f.status)).toEqual(
      ['suppressed', 'suppressed', 'shown'],
    );
  });
});

describe('disclosure of numbers that are not figures', () => {
  it('applies the figure rule to a group’s n for its audience', () => {
    expect(discloseGroup(12, 'outside', 10)).toEqual({ status: 'shown', reason: null });
    expect(discloseGroup(4, 'own-school', 10)).toEqual({
      status: 'caution',
      reason: 'small-group',
    });
    expect(discloseGroup(4, 'outside', 10)).toEqual({
      status: 'suppressed',
      reason: 'small-group',
    });
    expect(discloseGroup(0, 'own-school', 10).status).toBe('suppressed');
  });

  it('withholds an association over fewer than minGroupSize students from everyone', () => {
    expect(discloseAssociation(9, 10)).toEqual({ status: 'suppressed', reason: 'small-group' });
    expect(discloseAssociation(10, 10)).toEqual({ status: 'shown', reason: null });
  });

  it('nulls the named numbers of a suppressed record and leaves a shown one alone', () => {
    const record = { n: 3, status: 'suppressed' as const, reason: null, gap: 0.4, ci: [0, 1] };
    expect(withhold(record, ['gap', 'ci'])).toEqual({ ...record, gap: null, ci: null });
    const shown = { ...record, status: 'shown' as const };
    expect(withhold(shown, ['gap', 'ci'])).toBe(shown);
  });
});

describe('disclosure of a city model', () => {
  it('keeps n and the factor list of a model under minGroupSize, and none of its numbers', () => {
    const config = { ...plantedConfig(), minGroupSize: 20 };
    const data = plantedEdition({ seed: 9, schools: 2, perClass: 1 });
    const analysis = analyzeEdition(
      data,
      joinStudents(data, config.editions.final, config),
      config,
      META,
    );
    const step = analysis.city.types[0]!.models[0]!;
    expect(step).toMatchObject({ n: 12, status: 'suppressed', reason: 'small-group', r2: null });
    expect(step.factors.map((f) => f.factor)).toHaveLength(3);
    for (const f of step.factors) {
      expect([f.r, f.slope, f.share, f.shareCi, f.clear]).toEqual([null, null, null, null, false]);
    }
    const school = [...analysis.schools][0]!;
    expect(school.influence.city[0]).toEqual(step);
    expect(school.grades.every((g) => g.priorities.grids.length === 0)).toBe(true);
  });

  it('leaves a model over enough students as it is', () => {
    const model = { n: 30, status: 'shown', factors: [] } as unknown as CityModel;
    expect(discloseModel(model, 10)).toBe(model);
  });
});
