/**
 * The words of a class's planes: the planes of a score against a scale, and the I-SUS plane of
 * 承認 against 被侵害 with its four groups.
 */
import type { ScatterCorner } from '../../chart/data.js';

/** Words over a class's planes: what they show, and that a link is no proof of cause. */
export const SCATTER_NOTE =
  '点は一人ひとりの児童生徒で、数字は出席番号です。点線は市全体の中央値です。' +
  'これらの図は得点と尺度の関連の傾向を見るためのもので、一方がもう一方を左右すると示すものではありません。';

/** A class's planes of scores against a scale. */
export const PLANES_SECTION = {
  heading: '得点と尺度の関連（クロス分析）',
  lead: SCATTER_NOTE,
} as const;

/** Heading of the plane of `score` against `scale`. */
export function planeHeading(score: string, scale: string): string {
  return `${score} と ${scale}`;
}

/** Title (aria-label) of the plane of `score` against `scale`. */
export function planeTitle(score: string, scale: string): string {
  return `${score}（縦）と${scale}（横）：本学級の児童生徒一人ひとり`;
}

/** The four parts of a score plane, at or above (以上) or under (未満) each median. */
export function scoreQuadrantLabels(scale: string, score: string) {
  return {
    bothHigh: `${scale}・${score}とも中央値以上`,
    scoreHigh: `${scale}は中央値未満、${score}は中央値以上`,
    scaleHigh: `${scale}は中央値以上、${score}は中央値未満`,
    bothLow: `${scale}・${score}とも中央値未満`,
  };
}

/** Caption of the quadrant table of a plane, with the city's medians. */
export function quadrantCaption(scale: string, x: string, score: string, y: string): string {
  return `市全体の中央値（${scale} ${x}、${score} ${y}）で分けた4つの区分`;
}

/** Column headings of a quadrant table. */
export const QUADRANT_HEADS = { count: '人数', seats: '出席番号', what: 'めやす' } as const;

/** The cell of a quadrant with no student. */
export const NOBODY = 'なし';

/** Seat numbers of a quadrant, in one cell: `1、9、10`. */
export function seatList(seats: readonly number[]): string {
  return seats.length ? seats.join('、') : NOBODY;
}

/** Caption of the folded table of each student's values. */
export function pointsCaption(x: string, y: string): string {
  return `一人ひとりの${x}と${y}`;
}

/** The I-SUS plane's section. */
export const ISUS_SECTION = {
  heading: 'I-SUSの4つの群',
  lead:
    '横軸は「承認」（友だちや先生に認められていると感じる程度）、縦軸は「被侵害」' +
    '（からかいや仲間外れなど、嫌な思いをしている程度）です。被侵害は上ほど低く、' +
    '右上ほど学級で安心して過ごせている傾向を表します。点線は市全体の中央値で、' +
    'これを境に4つの群に分けています。群は声かけや見守りのきっかけにするためのもので、' +
    '一人ひとりを決めつけるものではありません。',
} as const;

/** Heading of the I-SUS plane's block. */
export const ISUS_BLOCK_HEADING = '承認と被侵害';

/** Axis titles of the I-SUS plane. */
export const ISUS_AXES = { x: '承認（右ほど高い）', y: '被侵害（上ほど低い）' } as const;

/** Title (aria-label) of the I-SUS plane. */
export const ISUS_TITLE =
  '承認（横）と被侵害（縦、上ほど低い）：本学級の児童生徒一人ひとりと4つの群';

/** The four groups, where each is drawn and what it means. */
export const ISUS_GROUPS: readonly {
  key: 'satisfied' | 'unrecognized' | 'infringed' | 'dissatisfied';
  name: string;
  corner: ScatterCorner;
  what: string;
}[] = [
  { key: 'satisfied', name: '満足群', corner: 'topRight', what: '承認が高く、被侵害が低い' },
  { key: 'unrecognized', name: '非承認群', corner: 'topLeft', what: '承認も被侵害も低い' },
  { key: 'infringed', name: '侵害行為認知群', corner: 'bottomRight', what: '承認も被侵害も高い' },
  { key: 'dissatisfied', name: '不満足群', corner: 'bottomLeft', what: '承認が低く、被侵害が高い' },
];

/** Caption of the I-SUS group table, with the city's medians. */
export function isusCaption(x: string, y: string): string {
  return `市全体の中央値（承認 ${x}、被侵害 ${y}）で分けた4つの群。中央値ちょうどの児童生徒は「高い」側に数えます`;
}

/** Why the I-SUS plane has no cross-hairs or groups. */
export const ISUS_NO_MEDIANS =
  '市全体の中央値がないため、4つの群に分けられません。点だけを示します。';
