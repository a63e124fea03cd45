import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { defaultConfig } from '../../pipeline/shared/config.js';
import { schoolResultsSchema } from '../../pipeline/analyze/resultsSchema.js';
import { fukushimaRow, inputData, key, school } from '../helpers/inputData.js';

const config = { ...defaultConfig(), minGroupSize: 3 };
const meta = {
  tool: { name: 'karte' as const, version: 'test' },
  year: 2025,
  edition: 'final' as const,
  buildDate: '2025-10-01',
};

// School A: class 1 steps 10, 12, 14; class 2 steps 20, 22. School B: steps 5, 7, 9, 11.
const data = inputData({
  schools: [school('A', '小'), school('B', '小')],
  fukushima: [
    fukushimaRow(key('A', 4, '1', 1), 10, 9, { 自制心: 2.5 }),
    fukushimaRow(key('A', 4, '1', 2), 12, 12, { 自制心: 3.0 }),
    fukushimaRow(key('A', 4, '1', 3), 14, 10, { 自制心: 3.5 }),
    fukushimaRow(key('A', 4, '2', 1), 20, 18, { 自制心: null }),
    fukushimaRow(key('A', 4, '2', 2), 22, 23, { 自制心: 4.0 }),
    fukushimaRow(key('B', 4, '1', 1), 5, 4),
    fukushimaRow(key('B', 4, '1', 2), 7, 7),
    fukushimaRow(key('B', 4, '1', 3), 9, 8),
    fukushimaRow(key('B', 4, '1', 4), 11, 12),
  ],
  benchmarks: [
    {
      survey: 'ふくしま学調',
      schoolType: '小',
      grade: 4,
      subject: '国語',
      indicator: '平均学力レベル',
      national: null,
      prefecture: 12.5,
    },
  ],
});

describe('analyzeEdition', () => {
  const analysis = analyzeEdition(
    data,
    joinStudents(data, config.editions.final, config),
    config,
    meta,
  );
  const a = [...analysis.schools].find((s) => s.school.code === 'A')!;
  const grade = a.grades[0]!;
  const step = grade.figures.find((f) => f.measure === 'fukushima.国語.step')!;

  it('makes results that satisfy the published schema', () => {
    for (const s of analysis.schools) expect(() => schoolResultsSchema.parse(s)).not.toThrow();
  });

  it('computes the school, city and class figures from the students', () => {
    expect(step.group).toMatchObject({ n: 5, mean: 15.6, median: 14, status: 'shown' });
    expect(step.city.n).toBe(9);
    expect(step.city.mean).toBeCloseTo((10 + 12 + 14 + 20 + 22 + 5 + 7 + 9 + 11) / 9, 12);
    const class1 = grade.classes
      .find((c) => c.name === '1')!
      .figures.find((f) => f.measure === 'fukushima.国語.step')!;
    expect(class1.group).toMatchObject({ n: 3, mean: 12 });
    expect(class1.school).toMatchObject({ n: 5, mean: 15.6 });
  });

  it('counts the level distribution in the 12 level bins', () => {
    // steps 10,12 → level 4; 14 → 5; 20 → 7; 22 → 8
    expect(step.group.counts).toEqual([0, 0, 0, 2, 1, 0, 1, 1, 0, 0, 0, 0]);
  });

  it('marks a class under the minimum size with a caution, keeping its numbers for its own school', () => {
    const class2 = grade.classes
      .find((c) => c.name === '2')!
      .figures.find((f) => f.measure === 'fukushima.国語.step')!;
    expect(class2.group).toMatchObject({ n: 2, status: 'caution', mean: 21 });
  });

  it('compares against the city and the published prefecture value', () => {
    const kinds = step.refs.map((r) => r.kind);
    expect(kinds).toEqual(['city', 'prefecture']);
    const pref = step.refs.find((r) => r.kind === 'prefecture')!;
    expect(pref.diff).toBeCloseTo(15.6 - 12.5, 12);
    expect(pref.call).toBe('unclear');
  });

  it('computes growth and the share who grew', () => {
    const growth = grade.figures.find((f) => f.measure === 'fukushima.国語.growth')!;
    expect(growth.group.mean).toBeCloseTo((1 + 0 + 4 + 2 - 1) / 5, 12);
    const grew = grade.figures.find((f) => f.measure === 'fukushima.国語.grew')!;
    expect(grew.group.mean).toBeCloseTo(60, 12);
  });

  it('gives each class its students as points identified by seat only', () => {
    const points = grade.classes[0]!.points;
    expect(points.map((p) => p.seat)).toEqual([1, 2, 3]);
    expect(points[0]!.values).toMatchObject({
      'fukushima.国語.step': 10,
      'fukushima.scale.自制心': 2.5,
    });
    expect(Object.keys(points[0]!)).toEqual(['seat', 'values']);
  });

  it('leaves a school’s results free of any other school’s figures', () => {
    const json = JSON.stringify(a);
    expect(json).not.toContain('"B"');
  });
});
