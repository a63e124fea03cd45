/**
 * Degenerate input through the whole analyze stage: a scale with no variance in a school, an
 * outcome with no variance in a grade of a school, a class of one, a factor missing for
 * everyone and two perfectly collinear factors. Nothing may reach the results as NaN or
 * Infinity (JSON.stringify would silently turn either into null), and the results must follow
 * their schema exactly.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import { cityResultsSchema } from '../../pipeline/analyze/board/schema.js';
import { findNonFinite } from '../../pipeline/analyze/checkFinite.js';
import { schoolResultsSchema } from '../../pipeline/analyze/resultsSchema.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { META, plantedConfig, plantedEdition } from './plantedEdition.js';

const config = plantedConfig({
  非認知能力: ['やり抜く力', '自制心', '勤勉性', 'やり抜く力の写し'],
  学習方略: ['人に頼る方略'],
});
const data = plantedEdition({
  seed: 8,
  extra: [[1, 6, 'なかよし', 1]],
  edit: (row, school) => {
    const scales: Record<string, number | null> = {
      ...row.scales,
      やり抜く力の写し: row.scales['やり抜く力']!,
    };
    if (school === 0) scales['やり抜く力'] = 3;
    if (school === 0) scales['やり抜く力の写し'] = 3;
    const subjects =
      school === 2 && row.key.grade === 4
        ? { 国語: { ...row.subjects['国語']!, step: 12 } }
        : row.subjects;
    return { ...row, scales, subjects };
  },
});
const analysis = analyzeEdition(
  data,
  joinStudents(data, config.editions.final, config),
  config,
  META,
);
const step = analysis.city.types[0]!.models.find((m) => m.outcome === 'fukushima.国語.step')!;
const panel = (code: string) =>
  [...analysis.schools]
    .find((s) => s.school.code === code)!
    .influence.school.find((p) => p.outcome === 'fukushima.国語.step')!;

describe('degenerate input', () => {
  it('writes no NaN or Infinity anywhere in any results', () => {
    for (const school of analysis.schools) expect(findNonFinite(school)).toBeNull();
    expect(findNonFinite(analysis.city)).toBeNull();
  });

  it('follows the schemas exactly (no field the schema does not describe)', () => {
    for (const school of analysis.schools) {
      const text = JSON.stringify(school);
      expect(schoolResultsSchema.parse(JSON.parse(text))).toEqual(JSON.parse(text));
    }
    expect(cityResultsSchema.parse(analysis.city)).toEqual(analysis.city);
  });

  it('leaves a factor missing for everyone out of the model, and says why', () => {
    expect(step.left).toContainEqual({
      factor: 'fukushima.scale.勤勉性',
      reason: 'not-in-population',
    });
    expect(step.factors.map((f) => f.factor)).not.toContain('fukushima.scale.勤勉性');
  });

  it('drops the second of two perfectly collinear factors as aliased', () => {
    const copy = step.factors.find((f) => f.factor === 'fukushima.scale.やり抜く力の写し')!;
    expect(copy).toMatchObject({ excluded: 'aliased', slope: null, share: null, clear: false });
    expect(step.factors.find((f) => f.factor === 'fukushima.scale.やり抜く力')!.clear).toBe(true);
    const model = panel('P01').model!;
    const slopes = model.factors.map((f) => [f.factor, f.slope === null]);
    expect(slopes).toContainEqual(['fukushima.scale.やり抜く力の写し', true]);
  });

  it('gives a scale with no variance in a school no r, no slope and the label 不明確', () => {
    const row = panel('P00').factors.find((f) => f.factor === 'fukushima.scale.やり抜く力')!;
    expect(row).toMatchObject({
      n: 120,
      status: 'shown',
      r: null,
      slope: null,
      association: '不明確',
    });
    expect(row.pulled).toBeNull();
  });

  it('handles an outcome with no variance in one grade of a school', () => {
    const p = panel('P02');
    expect(p.status).toBe('shown');
    expect(p.factors.every((f) => f.slope === null || Number.isFinite(f.slope))).toBe(true);
    const grade4 = [...analysis.schools].find((s) => s.school.code === 'P02')!.grades[0]!;
    const figure = grade4.figures.find((f) => f.measure === 'fukushima.国語.step')!;
    expect(figure.group).toMatchObject({ mean: 12, sd: 0, ci: null });
    expect(figure.refs[0]!.call).toBe('unclear');
  });

  it('gives a class of one its figures with a caution, no interval and no sentence', () => {
    const one = [...analysis.schools]
      .find((s) => s.school.code === 'P01')!
      .grades.find((g) => g.grade === 6)!
      .classes.find((c) => c.name === 'なかよし')!;
    const f = one.figures.find((x) => x.measure === 'fukushima.国語.step')!;
    expect(f.group).toMatchObject({ n: 1, status: 'caution', ci: null, sd: null });
    expect(one.statements).toEqual([]);
    expect(one.priorities.gaps.every((g) => g.ci === null)).toBe(true);
  });
});
