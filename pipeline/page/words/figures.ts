/**
 * The words of figure blocks: chart titles (read aloud by screen readers), table captions and
 * column headings, for every kind of block.
 */
import type { GroupName } from '../../chart/palette.js';

/** Row-header headings of tables. */
export const ROW_HEADS = {
  measure: '指標',
  scale: '尺度',
  question: '質問',
  item: '設問',
  quadrant: '区分',
  group: '群',
  factor: '要因',
  subject: '教科',
  outcome: '教科・指標',
} as const;

/** Headings of the 設問別 table's columns of what the 設問マスタ says of each item. */
export const ITEM_MASTER_HEADS = { domain: '領域', viewpoint: '観点', format: '問題形式' } as const;

/** Heading of the difference column of a table of `own`'s figures. */
export function diffHead(own: GroupName): string {
  return `差（${own}−市全体）`;
}

/** Heading of the call column. */
export const CALL_HEAD = '市全体と比べて';

/** Caption of a table of the numbers of `what` (a chart's heading). */
export function numbersCaption(what: string): string {
  return `${what}の数値`;
}

/** Title of a comparison chart: `平均正答率：本校・市全体・全国の比較`. */
export function comparisonTitle(what: string, groups: readonly string[]): string {
  return `${what}：${groups.join('・')}の比較`;
}

/** Heading of a distribution block: `国語 正答率の分布`. */
export function distributionHeading(label: string): string {
  return `${label}の分布`;
}

/** Title of a distribution chart. */
export function distributionTitle(heading: string, own: GroupName, withCity: boolean): string {
  return `${heading}：${own}${withCity ? 'と市全体' : ''}の割合`;
}

/** Row labels of a distribution table. */
export function distributionRowLabel(group: GroupName, what: 'count' | 'share'): string {
  return `${group}（${what === 'count' ? '人' : '%'}）`;
}

/** The scale group of a scale that has none. */
export const SCALE_GROUP_DEFAULT = '尺度';

/** Title of a scale profile chart. */
export function profileTitle(group: string, groups: readonly string[]): string {
  return `${group}の尺度：${groups.join('・')}の平均`;
}

/** Value axis of a scale profile. */
export const SCALE_VALUE_TITLE = '平均（1〜4）';

/** Caption of a profile's table. */
export function profileCaption(group: string): string {
  return `${group}の尺度の数値`;
}

/** Summary of a folded table of each student's values. */
export const POINTS_SUMMARY = '一人ひとりの値を表で見る';
