import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import { bandOf, CROSS_BANDS } from '../../pipeline/analyze/cross/breakdowns.js';
import { meanInterval } from '../../pipeline/analyze/interval.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { defaultConfig } from '../../pipeline/shared/config.js';
import type { ItemCode } from '../../pipeline/shared/types.js';
import { fukushimaRow, inputData, item, key, school, zenkokuRow } from '../helpers/inputData.js';
import { META } from './plantedEdition.js';

const config = defaultConfig();
// [school, answer to 質問01, 国語 codes, やり抜く力]
const students: [string, number, [ItemCode, ItemCode], number][] = [
  ...Array.from({ length: 10 }, (_, i) => ['A', 1, [1, 1], 3.0 + (i % 2) * 0.6] as const),
  ...Array.from({ length: 2 }, () => ['A', 2, [1, 0], 1.8] as const),
  ...Array.from({ length: 3 }, () => ['B', 1, [0, 1], 2.2] as const),
  ...Array.from({ length: 12 }, (_, i) => ['B', 3, [0, i % 2 === 0 ? 1 : 0], 2.6] as const),
].map(([s, q, codes, grit]) => [s, q, [...codes] as [ItemCode, ItemCode], grit]);
const seats = new Map<string, number>();
const seatOf = (s: string) => {
  seats.set(s, (seats.get(s) ?? 0) + 1);
  return seats.get(s)!;
};
const keys = students.map(([s]) => key(s, 6, '1', seatOf(s)));
const data = inputData({
  schools: [school('A', '小'), school('B', '小')],
  zenkokuItems: [item('小', '国語', '01'), item('小', '国語', '02')],
  zenkokuQuestions: [
    {
      schoolType: '小',
      questionNo: '01',
      text: '朝食を毎日食べていますか',
      category: '基本的生活習慣',
      choices: ['している', 'どちらかといえば', 'あまり', '全く'].map((label, i) => ({
        code: i + 1,
        label,
      })),
      positive: [1, 2],
      factor: false,
    },
  ],
  zenkoku: students.map(([, q, codes], i) =>
    zenkokuRow(keys[i]!, { 国語: { '01': codes[0], '02': codes[1] } }, { questions: { '01': q } }),
  ),
  fukushima: students.map(([, , , grit], i) =>
    fukushimaRow(keys[i]!, 10 + Math.round(grit * 2), null, { やり抜く力: grit }),
  ),
});
const analysis = analyzeEdition(
  data,
  joinStudents(data, config.editions.final, config),
  config,
  META,
);
const crossOf = (code: string, outcome: string, by: string) =>
  [...analysis.schools]
    .find((s) => s.school.code === code)!
    .grades[0]!.cross.find((c) => c.outcome === outcome && c.by.id === by)!;

describe('cross analysis', () => {
  const byAnswer = crossOf('A', 'zenkoku.国語.rate', 'zenkoku.question.01');

  it('gives the mean outcome per answer with its n and interval, labelled by the answer', () => {
    expect(byAnswer.by).toEqual({
      kind: 'question',
      id: 'zenkoku.question.01',
      label: '朝食を毎日食べていますか',
    });
    expect(byAnswer.cells.map((c) => [c.key, c.label, c.group.n])).toEqual([
      ['1', 'している', 10],
      ['2', 'どちらかといえば', 2],
      ['3', 'あまり', 0],
      ['4', '全く', 0],
    ]);
    expect(byAnswer.cells[0]!.group).toMatchObject({ status: 'shown', mean: 100, ci: null });
    const two = byAnswer.cells[1]!.group;
    expect(two).toMatchObject({ status: 'caution', reason: 'small-group', mean: 50 });
    expect(byAnswer.cells[2]!.group).toMatchObject({ status: 'suppressed', mean: null });
  });

  it('gives the city’s cells beside them, suppressing a small cell and its complement', () => {
    const city = byAnswer.cells.map((c) => c.city);
    // city: answer 1 → 13 students, 2 → 2, 3 → 12
    expect(city.map((c) => [c.n, c.status, c.reason])).toEqual([
      [13, 'shown', null],
      [2, 'suppressed', 'small-group'],
      [12, 'suppressed', 'complement'],
      [0, 'suppressed', 'small-group'],
    ]);
    expect(city[1]!.mean).toBeNull();
    expect(city[2]!.mean).toBeNull();
    const rates: number[] = [...new Array<number>(10).fill(100), 50, 50, 50];
    const mean = rates.reduce((a, b) => a + b, 0) / 13;
    expect(city[0]!.mean).toBeCloseTo(mean, 12);
    const sd = Math.sqrt(rates.reduce((s, v) => s + (v - mean) ** 2, 0) / 12);
    expect(city[0]!.ci).toEqual(meanInterval(mean, sd, 13, [0, 100]));
  });

  it('breaks every outcome down by bands of each scale', () => {
    const byBand = crossOf('A', 'fukushima.国語.step', 'fukushima.scale.やり抜く力');
    expect(byBand.cells.map((c) => c.label)).toEqual(CROSS_BANDS);
    // A: 2 students at 1.8 (band 0), 5 at 3.0 (band 3), 5 at 3.6 (band 4)
    expect(byBand.cells.map((c) => c.group.n)).toEqual([2, 0, 0, 5, 5]);
    expect(byBand.cells[3]!.group.mean).toBe(16);
    expect([1, 1.99, 2, 2.49, 2.5, 3.49, 3.5, 4].map(bandOf)).toEqual([0, 0, 1, 1, 2, 3, 4, 4]);
  });

  it('breaks only the national test’s outcomes down by its questions', () => {
    const outcomes = [...analysis.schools][0]!.grades[0]!.cross.filter(
      (c) => c.by.kind === 'question',
    ).map((c) => c.outcome);
    expect([...new Set(outcomes)]).toEqual(['zenkoku.国語.rate']);
  });

  it('gives the board the city’s cells under the same suppression', () => {
    const city = analysis.city.types[0]!.grades[0]!.cross.find(
      (c) => c.outcome === 'zenkoku.国語.rate' && c.by.id === 'zenkoku.question.01',
    )!;
    expect(city.cells.map((c) => c.group)).toEqual(byAnswer.cells.map((c) => c.city));
  });
});

describe('the plane of a score against a scale', () => {
  it('gives each class its students’ values by seat and the city’s medians for the cross-hairs', () => {
    const grade = [...analysis.schools].find((s) => s.school.code === 'A')!.grades[0]!;
    const cls = grade.classes[0]!;
    expect(cls.points.map((p) => p.seat)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(cls.points[0]!.values).toMatchObject({
      'zenkoku.国語.rate': 100,
      'fukushima.scale.やり抜く力': 3.0,
    });
    const city = (id: string) => grade.figures.find((f) => f.measure === id)!.city.median;
    // city 正答率 of the 27 students: 10 × 100, 11 × 50, 6 × 0 → median 50
    expect(city('zenkoku.国語.rate')).toBe(50);
    expect(city('fukushima.scale.やり抜く力')).toBe(2.6);
  });
});
