/**
 * summarizeCross: the n, mean, SD and 95% interval of each outcome in each cell of each
 * breakdown, for the city's grades and each school's, grouped with arquero.
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

type Row = { grade: number; school?: string; o: number; b: number; c: number } & {
  n: number;
  mean: number;
  sd: number | null;
};

/** Stats per {@link crossKey}, in the outcome's unit (percent for 正答率). */
export function summarizeCross(
  frame: StudentFrame,
  outcomes: readonly MeasureDef[],
  breakdowns: readonly Breakdown[],
): Map<string, Stats> {
  const cols = { grade: [] as number[], school: [] as string[], o: [] as number[] };
  const rest = { b: [] as number[], c: [] as number[], value: [] as number[] };
  const cells = frame.students.map((s) => breakdowns.map((b) => b.cellOf(s)));
  outcomes.forEach((def, o) => {
    const values = frame.outcomes.get(def.id)!;
    values.forEach((v, i) => {
      if (v === null) return;
      cells[i]!.forEach((c, b) => {
        if (c === null || !crosses(def, breakdowns[b]!)) return;
        cols.grade.push(frame.grade[i]!);
        cols.school.push(frame.school[i]!);
        cols.o.push(o);
        rest.b.push(b);
        rest.c.push(c);
        rest.value.push(v);
      });
    });
  });
  const data = table({ ...cols, ...rest });
  const stats = new Map<string, Stats>();
  for (const keys of [
    ['grade', 'o', 'b', 'c'],
    ['grade', 'school', 'o', 'b', 'c'],
  ]) {
    const rows = data
      .groupby(...keys)
      .rollup({ n: op.count(), mean: op.mean('value'), sd: op.stdev('value') })
      .objects() as Row[];
    for (const row of rows) {
      const sd = row.n >= 2 && Number.isFinite(row.sd) ? row.sd : null;
      stats.set(crossKey(row.grade, row.school ?? '', row.o, row.b, row.c), {
        n: row.n,
        mean: row.mean,
        sd,
        median: null,
        q1: null,
        q3: null,
        ci: meanInterval(row.mean, sd, row.n, outcomes[row.o]!.range),
        counts: null,
      });
    }
  }
  return stats;
}
