/**
 * isus.csv rows: one per student and round (実施回). Answers are four-point agreement, drawn
 * from the trait of the item's scale (negatively for reversed items). In the second round each
 * trait has drifted a little, so a student's answers change between rounds without a trend.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import { chance } from '../draw.js';
import { ISUS_ITEMS, type IsusItemDef } from '../masters/isus-items.js';
import type { TraitName } from '../students/model.js';
import { cutsFromShares, drawOrdinal } from '../students/ordinal.js';
import type { Student } from '../students/student.js';
import type { RowBuilder } from './columns.js';
import { KEY_COLUMNS } from './columns.js';

const ITEM_BLANK = 0.012;
/** Share of students who stop halfway (the second half of the items left blank). */
const STOPPED_HALFWAY = 0.01;
/** Correlation of a trait between the two rounds. */
const ROUND_STABILITY = 0.85;

const itemCuts = new Map<IsusItemDef, number[]>(
  ISUS_ITEMS.map((item) => [item, cutsFromShares(item.shares)]),
);

/**
 * The header. The 児童生徒ID column is left out: with two rounds an ID would repeat within the
 * file, which the contract forbids.
 */
export function isusHeader(): string[] {
  return [...KEY_COLUMNS, '実施回', ...ISUS_ITEMS.map((item) => item.itemNo)];
}

/** The row of one student in one round (1 or 2). */
export function buildIsusRow(
  rng: Random,
  builder: RowBuilder,
  student: Student,
  round: number,
): string[] {
  const row = builder.blank();
  KEY_COLUMNS.forEach((column, i) => builder.set(row, column, student.key[i] ?? ''));
  builder.set(row, '実施回', String(round));
  const drift = new Map<TraitName, number>();
  const traitOf = (name: TraitName): number => {
    const value = student.latent.traits[name];
    if (round === 1) return value;
    let shifted = drift.get(name);
    if (shifted === undefined) {
      shifted = ROUND_STABILITY * value + Math.sqrt(1 - ROUND_STABILITY ** 2) * rng.normal();
      drift.set(name, shifted);
    }
    return shifted;
  };
  const stopped = chance(rng, STOPPED_HALFWAY);
  ISUS_ITEMS.forEach((item, i) => {
    const answer = drawOrdinal(rng, traitOf(item.driver), item.loading, itemCuts.get(item) ?? []);
    if (chance(rng, ITEM_BLANK) || (stopped && i >= ISUS_ITEMS.length / 2)) return;
    builder.set(row, item.itemNo, String(answer));
  });
  return row;
}
