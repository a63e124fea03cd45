import { describe, expect, it } from 'vitest';
import { defineFactors } from '../../../pipeline/analyze/influence/factors.js';
import { buildFrame } from '../../../pipeline/analyze/influence/frame.js';
import {
  MAX_MODEL_FACTORS,
  selectFactors,
} from '../../../pipeline/analyze/influence/selectFactors.js';
import { belowLevels } from '../../../pipeline/analyze/influence/binaryOutcome.js';
import { defineMeasures } from '../../../pipeline/analyze/measures.js';
import { outcomeDefs } from '../../../pipeline/analyze/influence/outcomes.js';
import { joinStudents } from '../../../pipeline/join/joinStudents.js';
import { defaultConfig, type Config } from '../../../pipeline/shared/config.js';
import { isKarteError } from '../../../pipeline/shared/issues.js';
import type { ZenkokuQuestion } from '../../../pipeline/shared/types.js';
import { fukushimaRow, inputData, key, school, zenkokuRow } from '../../helpers/inputData.js';

const question = (no: string, factor: boolean, choices = 4): ZenkokuQuestion => ({
  schoolType: '小',
  questionNo: no,
  text: `質問${no}`,
  category: `分類${no}`,
  choices: Array.from({ length: choices }, (_, i) => ({ code: i + 1, label: `${i + 1}` })),
  positive: [1, 2],
  factor,
});

const data = inputData({
  schools: [school('A', '小')],
  zenkokuQuestions: [question('10', true, 5), question('02', false), question('03', true)],
  isusItems: [
    { itemNo: 'Q01', text: 'a', scale: '承認', reversed: false },
    { itemNo: 'Q02', text: 'b', scale: 'やる気', reversed: false },
  ],
  zenkoku: [
    zenkokuRow(key('A', 6, '1', 1), { 国語: { '01': 1 } }, { questions: { '10': 1, '03': 4 } }),
    zenkokuRow(key('A', 6, '1', 2), { 国語: { '01': 0 } }, { questions: { '10': 5, '03': 9 } }),
  ],
  fukushima: [fukushimaRow(key('A', 6, '1', 1), 12, 10, { やり抜く力: 3.2 })],
});

describe('the factors of the influencer analysis', () => {
  const config = defaultConfig();
  const factors = defineFactors(data, config).get('小')!;

  it('offers the ふくしま scales, then the I-SUS scales, then the questions marked 要因分析 by number', () => {
    expect(factors.map((f) => f.id)).toEqual([
      ...Object.values(config.fukushima.scales)
        .flat()
        .map((s) => `fukushima.scale.${s}`),
      'isus.scale.承認',
      'isus.scale.やる気',
      'zenkoku.question.03',
      'zenkoku.question.10',
    ]);
  });

  it('reads a question as (choices + 1 − code), so the most positive answer is the highest', () => {
    const joined = joinStudents(data, config.editions.final, config);
    const q10 = factors.find((f) => f.id === 'zenkoku.question.10')!;
    const q03 = factors.find((f) => f.id === 'zenkoku.question.03')!;
    expect(joined.students.map((s) => q10.value(s))).toEqual([5, 1]);
    expect(joined.students.map((s) => q03.value(s))).toEqual([1, null]);
    expect(q10).toMatchObject({
      kind: 'question',
      label: '質問10（分類10）',
      measure: 'zenkoku.question.10',
    });
    const grit = factors.find((f) => f.id === 'fukushima.scale.やり抜く力')!;
    expect(joined.students.map((s) => grit.value(s))).toEqual([3.2, null]);
  });

  it('takes exactly the configured factors, in order, for each 校種 that has them', () => {
    const named: Config = {
      ...config,
      analysis: { ...config.analysis, factors: ['zenkoku.question.10', 'isus.scale.承認'] },
    };
    expect(
      defineFactors(data, named)
        .get('小')!
        .map((f) => f.id),
    ).toEqual(['zenkoku.question.10', 'isus.scale.承認']);
    expect(
      defineFactors(data, named)
        .get('中')!
        .map((f) => f.id),
    ).toEqual(['isus.scale.承認']);
  });

  it('stops with a message naming a configured factor the data do not have, and the ones they do', () => {
    const wrong: Config = {
      ...config,
      analysis: { ...config.analysis, factors: ['isus.scale.元気'] },
    };
    let error: unknown;
    try {
      defineFactors(data, wrong);
    } catch (e) {
      error = e;
    }
    expect(isKarteError(error)).toBe(true);
    if (!isKarteError(error)) return;
    expect(error.issue.code).toBe('E_FACTOR_UNKNOWN');
    expect(error.text('ja')).toContain('「isus.scale.元気」');
    expect(error.text('ja')).toContain('isus.scale.承認');
  });
});

describe('which factors enter a model', () => {
  const config = defaultConfig();
  // grade 6 has the questions and the scales, grade 5 only the scales
  const students = joinStudents(
    inputData({
      ...data,
      zenkoku: [4, 5, 6].map((seat) =>
        zenkokuRow(key('A', 6, '1', seat), { 国語: { '01': 1 } }, { questions: { '10': 2 } }),
      ),
      fukushima: [1, 2, 3].flatMap((seat) =>
        [5, 6].map((grade) =>
          fukushimaRow(key('A', grade, '1', seat + 3), 12, null, { 自制心: 2 }),
        ),
      ),
    }),
    config.editions.final,
    config,
  ).students;
  const registry = defineMeasures(data, students, config);
  const factors = defineFactors(data, config).get('小')!;
  const frame = buildFrame('小', students, outcomeDefs(registry, '小'), factors);

  it('leaves out a factor that half of a grade’s outcome holders do not have', () => {
    const step = selectFactors(frame, 'fukushima.国語.step', factors);
    expect(step.grades).toEqual([5, 6]);
    expect(step.entered).toEqual(['fukushima.scale.自制心']);
    expect(step.left).toContainEqual({
      factor: 'fukushima.scale.やり抜く力',
      reason: 'not-in-population',
    });
    expect(step.left).toContainEqual({
      factor: 'zenkoku.question.10',
      reason: 'not-in-population',
    });
    expect(step.left).toContainEqual({ factor: 'isus.scale.承認', reason: 'not-in-population' });
  });

  it('takes at most 15 factors, leaving the rest over the limit', () => {
    const many = Array.from({ length: 18 }, (_, i) => ({
      ...factors[0]!,
      id: `fukushima.scale.x${i}`,
    }));
    for (const f of many) frame.factors.set(f.id, frame.factors.get(factors[0]!.id)!);
    const selection = selectFactors(frame, 'fukushima.国語.step', many);
    expect(selection.entered).toHaveLength(MAX_MODEL_FACTORS);
    expect(selection.left.map((l) => l.reason)).toEqual(['over-limit', 'over-limit', 'over-limit']);
  });
});

describe('the level a student counts as below', () => {
  const config = defaultConfig();
  it('is the grade’s own level N-C by default (N = school year, 中1 = 7)', () => {
    expect(belowLevels('小', [4, 6], '国語', config)).toEqual([
      { grade: 4, level: '4-C', step: 10 },
      { grade: 6, level: '6-C', step: 16 },
    ]);
    expect(belowLevels('中', [1], '数学', config)).toEqual([{ grade: 1, level: '7-C', step: 19 }]);
  });

  it('follows the configuration by grade and by grade and subject', () => {
    const set: Config = {
      ...config,
      analysis: {
        ...config.analysis,
        binaryOutcome: { enabled: true, below: { 中1: '6-A', '中1:英語': '5-B' } },
      },
    };
    expect(belowLevels('中', [1], '数学', set)[0]).toEqual({ grade: 1, level: '6-A', step: 18 });
    expect(belowLevels('中', [1], '英語', set)[0]).toEqual({ grade: 1, level: '5-B', step: 14 });
  });
});
