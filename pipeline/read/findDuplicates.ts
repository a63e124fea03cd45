/**
 * Duplicate detection after a file is read: no row of a duplicated key is silently chosen, so
 * every row of the group is rejected, and the message lists the lines of the whole group.
 */
import type { Problem } from './rowProblem.js';

/** One uniqueness rule of a file, e.g. the student key, or 児童生徒ID. */
export interface UniqueRule<T> {
  /** The value that must be unique, or `null` when the rule does not apply to the row. */
  keyOf(row: T): string | null;
  /** The reject problem for one row of a duplicated group; `lines` lists the group's lines. */
  problem(row: T, lines: string, count: number): Problem;
}

const LISTED_LINES = 10;

/**
 * The rows (by index) that the rules reject, with the problem of each. Rules apply in order; a
 * row already rejected by one rule keeps that problem, but still counts in later rules' groups.
 */
export function findDuplicates<T>(
  rows: readonly T[],
  lines: readonly number[],
  rules: readonly UniqueRule<T>[],
): Map<number, Problem> {
  const rejected = new Map<number, Problem>();
  for (const rule of rules) {
    const groups = new Map<string, number[]>();
    rows.forEach((row, index) => {
      const key = rule.keyOf(row);
      if (key === null) return;
      const group = groups.get(key);
      if (group) group.push(index);
      else groups.set(key, [index]);
    });
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const listed = formatLines(group.map((index) => lines[index]!));
      for (const index of group) {
        if (!rejected.has(index))
          rejected.set(index, rule.problem(rows[index]!, listed, group.length));
      }
    }
  }
  return rejected;
}

/** `3, 8, 12`, cut after ten lines with `…` so that a mass duplicate stays readable. */
function formatLines(lines: readonly number[]): string {
  const shown = lines.slice(0, LISTED_LINES).join(', ');
  return lines.length > LISTED_LINES ? `${shown}, …` : shown;
}
