/** Turns an isus.csv row into I-SUS scale scores, using the 項目マスタ. */
import type { IsusItem, IsusRow } from '../shared/types.js';
import type { IsusScores } from './student.js';

/** Scale name → its items, in master order. */
export type ScaleIndex = Map<string, IsusItem[]>;

export function indexScales(items: readonly IsusItem[]): ScaleIndex {
  const index: ScaleIndex = new Map();
  for (const item of items) {
    const list = index.get(item.scale);
    if (list) list.push(item);
    else index.set(item.scale, [item]);
  }
  return index;
}

/**
 * A scale score is the mean of its items after reversal (5 − answer for reversed items),
 * computed only where at least half of the scale's items were answered (DATA-CONTRACT.md).
 */
export function scoreIsus(row: IsusRow, scales: ScaleIndex): IsusScores {
  const result: Record<string, number | null> = {};
  for (const [scale, items] of scales) {
    let sum = 0;
    let answered = 0;
    for (const item of items) {
      const answer = row.answers[item.itemNo];
      if (answer === null || answer === undefined) continue;
      sum += item.reversed ? 5 - answer : answer;
      answered++;
    }
    result[scale] = answered > 0 && answered * 2 >= items.length ? sum / answered : null;
  }
  return { round: row.round, scales: result };
}
