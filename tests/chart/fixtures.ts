/**
 * Small chart inputs with Japanese labels shared by the chart tests: subjects, long item
 * labels, scale names and questionnaire answers as the pages will pass them.
 */
import type { ChartInputs } from '../../pipeline/chart/data.js';

export const distributionInput: ChartInputs['distribution'] = {
  title: '国語 正答数分布（本校・市全体）',
  xTitle: '正答数（問）',
  rows: ['0〜2', '3〜5', '6〜8', '9〜11', '12〜14'].flatMap((bin, i) => [
    { bin, group: '本学級' as const, share: [5, 10, 30, 35, 20][i]!, count: [1, 3, 8, 9, 5][i]! },
    { bin, group: '本校' as const, share: [4, 12, 28, 36, 20][i]!, count: [2, 7, 16, 21, 12][i]! },
    {
      bin,
      group: '市全体' as const,
      share: [6, 14, 30, 32, 18][i]!,
      count: [120, 280, 600, 640, 360][i]!,
    },
  ]),
};

export const comparisonInput: ChartInputs['comparison'] = {
  title: '設問別 平均正答率（本校と市全体・福島県・全国）',
  valueTitle: '平均正答率（%）',
  domain: [0, 100],
  rows: [
    '国語',
    '算数',
    '話すこと・聞くこと',
    '情報の扱い方に関する事項（１）ア 原因と結果など情報と情報との関係について理解すること',
  ].flatMap((label, i) => [
    {
      label,
      group: '本校' as const,
      value: 60 + i * 4,
      lower: 54 + i * 4,
      upper: 66 + i * 4,
      n: 58,
    },
    { label, group: '市全体' as const, value: 62 + i * 3, n: 2000 },
    { label, group: '福島県' as const, value: 61 + i * 3 },
    { label, group: '全国' as const, value: 63 + i * 3 },
  ]),
};

export const profileInput: ChartInputs['profile'] = {
  title: '非認知能力・学習方略の尺度プロフィール',
  valueTitle: '平均（1〜4）',
  domain: [1, 4],
  rows: ['自制心', 'やり抜く力', 'プランニング方略', '人に頼る方略'].flatMap((scale, i) => [
    {
      scale,
      group: '本学級' as const,
      mean: 2.9 + i * 0.1,
      lower: 2.7 + i * 0.1,
      upper: 3.1 + i * 0.1,
      n: 27,
    },
    {
      scale,
      group: '本校' as const,
      mean: 2.8 + i * 0.1,
      lower: 2.7 + i * 0.1,
      upper: 2.9 + i * 0.1,
      n: 58,
    },
    {
      scale,
      group: '市全体' as const,
      mean: 2.75 + i * 0.1,
      lower: 2.73 + i * 0.1,
      upper: 2.77 + i * 0.1,
      n: 2000,
    },
  ]),
};

export const scatterInput: ChartInputs['scatter'] = {
  title: '算数の正答率とやり抜く力（6年1組）',
  xTitle: 'やり抜く力',
  yTitle: '正答率（%）',
  medians: { x: 2.75, y: 62 },
  xDomain: [1, 4],
  yDomain: [0, 100],
  rows: [
    { seat: 1, x: 1.5, y: 90 },
    { seat: 2, x: 2.25, y: 44 },
    { seat: 3, x: 3.25, y: 65 },
    { seat: 4, x: 2.25, y: 79 },
    { seat: 5, x: 3.5, y: 65 },
    { seat: 6, x: 3.25, y: 71 },
    { seat: 7, x: 3.5, y: 46 },
    { seat: 8, x: 2.5, y: 76 },
    { seat: 9, x: 3.25, y: 34 },
    { seat: 10, x: 3.25, y: 60 },
    { seat: 11, x: 2.5, y: 48 },
    { seat: 12, x: 2.5, y: 48 },
  ],
};

export const crossInput: ChartInputs['cross'] = {
  title: '国語の平均正答率 ×「自分にはよいところがあると思いますか」',
  valueTitle: '平均正答率（%）',
  rows: [
    '当てはまる',
    'どちらかといえば、当てはまる',
    'どちらかといえば、当てはまらない',
    '当てはまらない',
  ].flatMap((category, i) => [
    {
      category,
      group: '本校' as const,
      mean: 70 - i * 6,
      lower: 64 - i * 8,
      upper: 76 - i * 4,
      n: 20 - i * 4,
    },
    {
      category,
      group: '市全体' as const,
      mean: 68 - i * 5,
      lower: 67 - i * 5,
      upper: 69 - i * 5,
      n: 800 - i * 150,
    },
  ]),
};

/** One input per chart kind. */
export const INPUTS: { [K in keyof ChartInputs]: ChartInputs[K] } = {
  distribution: distributionInput,
  comparison: comparisonInput,
  profile: profileInput,
  scatter: scatterInput,
  cross: crossInput,
};
