/**
 * summarizeCross: the n, mean, SD and 95% interval of each outcome in each cell of each
 * breakdown, grouped with arquero. The city's cells are summarised once over every student; a
 * school's are summarised from its own rows when its results are assembled, so that a
 * prefecture's schools' cells (millions of them) never sit in memory together.
 */
import { op, table } from 'arquero';
import type { StudentFrame } from '../influence/frame.js';
import { meanInterval } from '../interval.js';
import type { MeasureDef } from '../measures.js';
import type { Stats } from '../summarize.js';
import { crosses, type Breakdown } from './breakdowns.js';

/** Where a cell sits: grade, school ('' for the city), outcome, breakdown and cell indices. */
export const crossKey = (grade: number, school: string, o: number, b: number, c: number): string =>
  `${grade}|${school}|${o}|${b}|${c}`;

type Row = { grade: number; b: number; c: number; n: number; mean: number; sd: number | null };

/**
 * Stats per {@link crossKey} of the frame's `rows` (every row when omitted), keyed under
 * `school` ('' for the city), in the outcome's unit (percent for 正答率).
 */
export function summarizeCross(
  frame: StudentFrame,
  outcomes: readonly MeasureDef[],
  breakdowns: readonly Breakdown[],
  school = '',
  rows: readonly number[] = frame.students.map((_, i) => i),
): Map<string, Stats> {
  // Each row's cell of each breakdown (-1 where it has none), worked out once.
  const cells = breakdowns.map((b) => {
    const column = new Int16Array(rows.length);
    rows.forEach((i, k) => (column[k] = b.cellOf(frame.students[i]!) ?? -1));
    return column;
  });
  const stats = new Map<string, Stats>();
  // One outcome at a time keeps the long table to (rows × breakdowns).
  outcomes.forEach((def, o) => {
    const values = frame.outcomes.get(def.id)!;
    const long = { grade: [] as number[], b: [] as number[], c: [] as number[] };
    const value: number[] = [];
    breakdowns.forEach((breakdown, b) => {
      if (!crosses(def, breakdown)) return;
      rows.forEach((i, k) => {
        const v = values[i];
        const c = cells[b]![k]!;
        if (v === null || v === undefined || c < 0) return;
        long.grade.push(frame.grade[i]!);
        long.b.push(b);
        long.c.push(c);
        value.push(v);
      });
    });
    if (value.length === 0) return;
    const grouped = table({
      grade: Uint8Array.from(long.grade),
      b: Uint16Array.from(long.b),
      c: Uint16Array.from(long.c),
      value: Float64Array.from(value),
    })
      .groupby('grade', 'b', 'c')
      .rollup({ n: op.count(), mean: op.mean('value'), sd: op.stdev('value') })
      .objects() as Row[];
    for (const row of grouped) {
      const sd = row.n >= 2 && Number.isFinite(row.sd) ? row.sd : null;
      stats.set(crossKey(row.grade, school, o, row.b, row.c), {
        n: row.n,
        mean: row.mean,
        sd,
        median: null,
        q1: null,
        q3: null,
        ci: meanInterval(row.mean, sd, row.n, def.range),
        counts: null,
      });
    }
  });
  return stats;
}
