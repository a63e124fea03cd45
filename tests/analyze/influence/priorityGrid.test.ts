import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../../pipeline/analyze/analyzeEdition.js';
import { standardizeWithin } from '../../../pipeline/analyze/model/index.js';
import { joinStudents } from '../../../pipeline/join/joinStudents.js';
import { META, plantedConfig, plantedEdition } from '../plantedEdition.js';

const config = plantedConfig();
// P00 gets a class of one in grade 5 (ひまわり).
const data = plantedEdition({ seed: 4, extra: [[0, 5, 'ひまわり', 1]] });
const joined = joinStudents(data, config.editions.final, config);
const analysis = analyzeEdition(data, joined, config, META);
const school = [...analysis.schools].find((s) => s.school.code === 'P00')!;
const models = analysis.city.types[0]!.models;

describe('the priority grid of a class', () => {
  it('gives each factor’s gap from the city mean in SD units of the grade, with n', () => {
    const grades = joined.students.map((s) => s.key.grade);
    const z = standardizeWithin(
      joined.students.map((s) => s.fukushima!.scales['やり抜く力'] ?? null),
      grades,
    );
    const members = joined.students.flatMap((s, i) =>
      s.key.school === 'P03' && s.key.grade === 6 && s.key.class === '2' ? [z[i]!] : [],
    );
    const cls = [...analysis.schools]
      .find((s) => s.school.code === 'P03')!
      .grades.find((g) => g.grade === 6)!
      .classes.find((c) => c.name === '2')!;
    const gap = cls.priorities.gaps.find((g) => g.factor === 'fukushima.scale.やり抜く力')!;
    expect(gap.n).toBe(20);
    expect(gap.gap).toBeCloseTo(members.reduce((a, b) => a + b, 0) / members.length, 12);
    expect(gap.ci![0]).toBeLessThan(gap.gap!);
    expect(gap.call).toBe(gap.ci![0] > 0 ? 'above' : gap.ci![1] < 0 ? 'below' : 'unclear');
  });

  it('sorts the factors that matter city-wide and where the class is behind first', () => {
    for (const grade of school.grades) {
      for (const cls of grade.classes) {
        for (const grid of cls.priorities.grids) {
          const city = models.find((m) => m.outcome === grid.outcome)!;
          const priorities = grid.items.map((i) => i.priority);
          expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
          for (const item of grid.items) {
            const f = city.factors.find((c) => c.factor === item.factor)!;
            expect(item.importance).toBe(f.share);
            const direction = Math.sign(f.slope!);
            expect(item.behind).toBe(item.gap !== null && item.gap * direction < 0);
            expect(item.priority).toBeCloseTo(item.behind ? f.share! * Math.abs(item.gap!) : 0, 14);
          }
        }
      }
    }
  });

  it('has a grid only for the outcomes whose population includes the grade', () => {
    const outcomes = (g: number) =>
      school.grades.find((x) => x.grade === g)!.classes[0]!.priorities.grids.map((x) => x.outcome);
    expect(outcomes(4)).toEqual(['fukushima.国語.step']);
    expect(outcomes(5)).toEqual(['fukushima.国語.step', 'fukushima.国語.growth']);
  });

  it('shows a class of one with a caution and no interval, and no model for it', () => {
    const one = school.grades
      .find((g) => g.grade === 5)!
      .classes.find((c) => c.name === 'ひまわり')!;
    expect(one.priorities).toMatchObject({ students: 1, status: 'caution', reason: 'small-group' });
    for (const gap of one.priorities.gaps) {
      expect(gap).toMatchObject({ n: 1, status: 'caution', ci: null, call: 'unclear' });
      expect(gap.gap).not.toBeNull();
    }
    expect(one.statements).toEqual([]);
  });

  it('gives the grade a grid of its own, over all its classes', () => {
    const grade = school.grades.find((g) => g.grade === 5)!;
    expect(grade.priorities.students).toBe(41);
    expect(grade.priorities.status).toBe('shown');
  });
});
