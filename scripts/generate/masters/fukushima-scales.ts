/**
 * The questionnaire scales of ふくしま学力調査, each reported as the mean of a few four-point
 * items (so 3 items give values such as 2.33). Each scale measures one trait of model.ts;
 * 人に頼る方略 measures helpSeeking, which differs between schools only.
 */
import type { TraitName } from '../students/model.js';

/** One scale column and how its value is drawn. */
export interface FukushimaScaleDef {
  /** Column name (the contract's defaults). */
  name: string;
  driver: TraitName;
  /** Items averaged into the score. */
  items: number;
}

/** The nine scales in column order: 非認知能力 then 学習方略. */
export const FUKUSHIMA_SCALES: readonly FukushimaScaleDef[] = [
  { name: '自制心', driver: 'selfControl', items: 4 },
  { name: '自己効力感', driver: 'efficacy', items: 4 },
  { name: '勤勉性', driver: 'diligence', items: 5 },
  { name: 'やり抜く力', driver: 'grit', items: 5 },
  { name: '柔軟的方略', driver: 'flexible', items: 3 },
  { name: 'プランニング方略', driver: 'planning', items: 3 },
  { name: '作業方略', driver: 'task', items: 3 },
  { name: '人に頼る方略', driver: 'helpSeeking', items: 3 },
  { name: '認知的方略', driver: 'cognitive', items: 4 },
];

/** Loading of each scale item on its trait. */
export const SCALE_ITEM_LOADING = 0.75;
/** Answer shares 1..4 of a scale item at trait 0. */
export const SCALE_ITEM_SHARES = [0.07, 0.2, 0.43, 0.3];
