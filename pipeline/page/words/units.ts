/**
 * The units of the score measures (family `score` and `grew`): the measures that share an axis.
 * 正答率 of every subject go on one 0–100 axis, IRT scores on another, and so on; each unit has
 * its comparison chart and table, and its words for distribution and scatter axes.
 */
import type { MeasureInfo } from '../../analyze/resultsSchema.js';

export interface ScoreUnit {
  /** `<survey>.<metric>` of the measures in the unit. */
  key: string;
  heading: string;
  /** Value axis title of the comparison chart. */
  valueTitle: string;
  domain: readonly [number, number] | null;
  /** Axis title under a distribution's bins; null where no distribution is drawn. */
  binTitle: string | null;
  /** Axis title when the measure is the score of a class's scatter; null if never plotted. */
  scatterTitle: string | null;
  scatterDomain: readonly [number, number] | null;
}

/** Units in page order. */
export const SCORE_UNITS: readonly ScoreUnit[] = [
  {
    key: 'zenkoku.rate',
    heading: '平均正答率',
    valueTitle: '平均正答率（%）',
    domain: [0, 100],
    binTitle: '正答数',
    scatterTitle: '正答率（%）',
    scatterDomain: [0, 100],
  },
  {
    key: 'zenkoku.irt',
    heading: 'IRTスコア',
    valueTitle: '平均IRTスコア（点）',
    domain: [200, 800],
    binTitle: 'IRTスコア',
    scatterTitle: null,
    scatterDomain: null,
  },
  {
    key: 'fukushima.step',
    heading: '学力レベル',
    valueTitle: '平均学力レベル（36段階）',
    domain: [0, 36],
    binTitle: '学力レベル',
    scatterTitle: '学力レベル（36段階）',
    scatterDomain: [0, 36],
  },
  {
    key: 'fukushima.growth',
    heading: '伸び',
    valueTitle: '平均の伸び（段階）',
    domain: null,
    binTitle: '伸び（段階）',
    scatterTitle: null,
    scatterDomain: null,
  },
  {
    key: 'fukushima.grew',
    heading: '伸びた児童生徒の割合',
    valueTitle: '伸びた児童生徒の割合（%）',
    domain: [0, 100],
    binTitle: null,
    scatterTitle: null,
    scatterDomain: null,
  },
];

/** The unit a measure belongs to, or undefined for measures that are not scores. */
export function unitOf(info: MeasureInfo): ScoreUnit | undefined {
  if (info.family !== 'score' && info.family !== 'grew') return undefined;
  return SCORE_UNITS.find((unit) => unit.key === `${info.survey}.${info.metric}`);
}
