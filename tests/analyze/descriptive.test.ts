/**
 * Descriptive figures of the national test at every scope: 正答率, 設問別 against the city and
 * the published 福島県・全国 rates, 領域別 and 観点別, 無解答率 per item and per subject, the IRT
 * score and the questionnaire's positive shares, each with n, interval and call.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import type { MeasureFigures } from '../../pipeline/analyze/resultsSchema.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { defaultConfig } from '../../pipeline/shared/config.js';
import type { ItemCode, ZenkokuItem } from '../../pipeline/shared/types.js';
import { fukushimaRow, inputData, key, school, zenkokuRow } from '../helpers/inputData.js';
import { META } from './plantedEdition.js';

const config = { ...defaultConfig(), minGroupSize: 3 };

const item = (itemNo: string, domain: string, viewpoint: string, rate: number): ZenkokuItem => ({
  schoolType: '小',
  subject: '国語',
  itemNo,
  domain,
  viewpoint,
  format: '選択式',
  nationalRate: rate,
  prefectureRate: rate - 2,
});

// School A: 12 students all correct on 01, all wrong on 02 (half of them 無解答); school B: 12
// students with 01 wrong and 02 right. 03 is answered right by every other student everywhere.
const codes = (a: ItemCode, b: ItemCode, c: ItemCode) => ({ '01': a, '02': b, '03': c });
const rows = ['A', 'B'].flatMap((s) =>
  Array.from({ length: 12 }, (_, i) => {
    const third: ItemCode = i % 2 === 0 ? 1 : 0;
    const answers = s === 'A' ? codes(1, i < 6 ? 9 : 0, third) : codes(0, 1, third);
    return zenkokuRow(
      key(s, 6, '1', i + 1),
      { 国語: answers },
      {
        irt: { 理科: s === 'A' ? 520 + i : 480 + i },
        questions: { '01': s === 'A' ? 1 : 4 },
      },
    );
  }),
);
const data = inputData({
  schools: [school('A', '小'), school('B', '小')],
  zenkoku: rows,
  zenkokuItems: [
    item('01', '話す', '知識', 70),
    item('02', '話す', '思考', 40),
    item('03', '書く', '知識', 50),
  ],
  zenkokuQuestions: [
    {
      schoolType: '小',
      questionNo: '01',
      text: '朝食を毎日食べていますか',
      category: '基本的生活習慣',
      choices: [1, 2, 3, 4].map((code) => ({ code, label: `選択肢${code}` })),
      positive: [1, 2],
      factor: false,
    },
  ],
});
const analysis = analyzeEdition(
  data,
  joinStudents(data, config.editions.final, config),
  config,
  META,
);
const grade = (code: string) =>
  [...analysis.schools].find((s) => s.school.code === code)!.grades[0]!;
const figure = (code: string, measure: string): MeasureFigures =>
  grade(code).figures.find((f) => f.measure === measure)!;

describe('descriptive figures of the national test', () => {
  it('gives 設問別 rates against the city and the published 福島県・全国 rates, with calls', () => {
    const f = figure('A', 'zenkoku.国語.item.01');
    expect(f.group).toMatchObject({ n: 12, mean: 100, status: 'shown' });
    expect(f.city.mean).toBeCloseTo(50, 12);
    expect(f.refs.map((r) => [r.kind, Math.round(r.value * 1e9) / 1e9, r.call])).toEqual([
      ['city', 50, 'above'],
      ['prefecture', 68, 'above'],
      ['nation', 70, 'above'],
    ]);
    expect(figure('B', 'zenkoku.国語.item.01').refs[0]!.call).toBe('below');
    // 03: both schools answer half right, as the city does
    const half = figure('A', 'zenkoku.国語.item.03').refs[0]!;
    expect(half.diff).toBeCloseTo(0, 12);
    expect(half.call).toBe('unclear');
  });

  it('gives 領域別 and 観点別 rates as the mean of each student’s share of the group’s items', () => {
    // 話す = items 01, 02: A has 1 of 2 right for everyone
    expect(figure('A', 'zenkoku.国語.domain.話す').group.mean).toBe(50);
    // 知識 = items 01, 03: A's students have 2/2 or 1/2
    expect(figure('A', 'zenkoku.国語.viewpoint.知識').group.mean).toBe(75);
    expect(figure('B', 'zenkoku.国語.viewpoint.知識').group.mean).toBe(25);
  });

  it('gives 無解答率 per item and per subject', () => {
    expect(figure('A', 'zenkoku.国語.noAnswer.02').group.mean).toBeCloseTo(50, 12);
    expect(figure('B', 'zenkoku.国語.noAnswer.02').group.mean).toBe(0);
    // per subject: half of A's students left 1 of 3 items blank
    const subject = figure('A', 'zenkoku.国語.noAnswer');
    expect(subject.group.mean).toBeCloseTo(100 / 6, 12);
    expect(subject.city.mean).toBeCloseTo(100 / 12, 12);
    expect(subject.group.ci![0]).toBeGreaterThan(0);
    const info = [...analysis.schools][0]!.measures.find((m) => m.id === 'zenkoku.国語.noAnswer')!;
    expect(info).toMatchObject({ family: 'noAnswer', metric: 'all', kind: 'mean', unit: '%' });
  });

  it('gives the IRT score and the questionnaire’s positive share, against the city', () => {
    const irt = figure('A', 'zenkoku.理科.irt');
    expect(irt.group.mean).toBeCloseTo(525.5, 12);
    expect(irt.refs[0]!.call).toBe('above');
    const question = figure('A', 'zenkoku.question.01');
    expect(question.group.mean).toBe(100);
    expect(figure('B', 'zenkoku.question.01').group.mean).toBe(0);
    expect(question.city.mean).toBeCloseTo(50, 12);
  });

  it('gives the same figures to a class, against its school and the city', () => {
    const cls = grade('A').classes[0]!.figures.find((f) => f.measure === 'zenkoku.国語.item.01')!;
    expect(cls.group.mean).toBe(100);
    expect(cls.school!.mean).toBe(100);
    expect(cls.refs.map((r) => r.kind)).toEqual(['school', 'city', 'prefecture', 'nation']);
  });
});

describe('descriptive figures of ふくしま学力調査 and the scales', () => {
  // 12 students of one school: steps and previous steps giving 伸び −4, −1, 0 (×2), +1 (×4),
  // +2 (×2), +7 and +3; やり抜く力 from 2.0 to 3.1.
  const growths = [-4, -1, 0, 0, 1, 1, 1, 1, 2, 2, 7, 3];
  const rows = growths.map((g, i) =>
    fukushimaRow(key('A', 5, '1', i + 1), 14, 14 - g, { やり抜く力: 2 + i * 0.1 }),
  );
  const fdata = inputData({ schools: [school('A', '小')], fukushima: rows });
  const fa = analyzeEdition(
    fdata,
    joinStudents(fdata, config.editions.final, config),
    config,
    META,
  );
  const figures = [...fa.schools][0]!.grades[0]!.figures;
  const of = (id: string) => figures.find((f) => f.measure === id)!;

  it('counts 伸び in its bins from −3 or less to +6 or more', () => {
    // bins: -3以下, -2, -1, 0, +1, +2, +3, +4, +5, +6以上
    expect(of('fukushima.国語.growth').group.counts).toEqual([1, 0, 1, 2, 4, 2, 1, 0, 0, 1]);
    expect(of('fukushima.国語.growth').group.mean).toBeCloseTo(13 / 12, 12);
  });

  it('gives the share of students who grew, with a Wilson interval', () => {
    const grew = of('fukushima.国語.grew').group;
    expect(grew.mean).toBeCloseTo(800 / 12, 10);
    expect(grew.ci![0]).toBeGreaterThan(0);
    expect(grew.ci![1]).toBeLessThan(100);
  });

  it('gives a scale’s mean with its interval and its distribution over half-point bins', () => {
    const scale = of('fukushima.scale.やり抜く力').group;
    expect(scale.mean).toBeCloseTo(2.55, 12);
    expect(scale.counts).toEqual([0, 0, 5, 5, 2, 0]);
    expect(scale.ci![0]).toBeLessThan(2.55);
  });
});
