/**
 * summarize: n, mean, SD, median, quartiles, 95% interval and distribution for every measure
 * at every scope (city, school, class), grouped with arquero from the observations.
 */
import { op, table } from 'arquero';
import { meanInterval, wilsonInterval } from './interval.js';
import type { MeasureDef, MeasureRegistry } from './measures.js';
import type { Observations } from './observe.js';
import { SCHOOL_TYPES, type SchoolType } from '../shared/types.js';

/** Descriptive statistics of one measure in one group, in the measure's display unit. */
export interface Stats {
  n: number;
  mean: number;
  sd: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  ci: [number, number] | null;
  /** Counts per bin of the measure's distribution, or null. */
  counts: number[] | null;
}

/** Where a group sits: the city (school and class empty), a school, or a class of a school. */
export interface ScopeKey {
  schoolType: SchoolType;
  grade: number;
  school: string;
  cls: string;
  measure: string;
}

export const scopeId = (k: ScopeKey): string =>
  `${k.schoolType}|${k.grade}|${k.school}|${k.cls}|${k.measure}`;

export type Summaries = Map<string, Stats>;

/** A rolled-up row: the scope's keys as observation codes (absent above its level). */
type Codes = { schoolType: number; grade: number; school?: number; cls?: number; measure: number };

type Row = Codes & {
  n: number;
  mean: number;
  sd: number | null;
  median: number;
  q1: number;
  q3: number;
};

const LEVELS = {
  city: ['schoolType', 'grade', 'measure'],
  school: ['schoolType', 'grade', 'school', 'measure'],
  class: ['schoolType', 'grade', 'school', 'cls', 'measure'],
} as const;

/** Summarises the observations at the three scopes. */
export function summarize(obs: Observations, registry: MeasureRegistry): Summaries {
  const { size: _size, names, ...columns } = obs;
  const data = table(columns);
  const fill = (row: Codes): ScopeKey => ({
    schoolType: SCHOOL_TYPES[row.schoolType]!,
    grade: row.grade,
    school: row.school === undefined ? '' : names.school[row.school]!,
    cls: row.cls === undefined ? '' : names.cls[row.cls]!,
    measure: names.measure[row.measure]!,
  });
  const summaries: Summaries = new Map();
  for (const keys of Object.values(LEVELS)) {
    const rows = data
      .groupby(...keys)
      .rollup({
        n: op.count(),
        mean: op.mean('value'),
        sd: op.stdev('value'),
        median: op.median('value'),
        q1: op.quantile('value', 0.25),
        q3: op.quantile('value', 0.75),
      })
      .objects() as Row[];
    const counts = new Map<string, number[]>();
    const binned = data
      .filter((d: { bin: number }) => d.bin >= 0)
      .groupby(...keys, 'bin')
      .count()
      .objects() as (Codes & { bin: number; count: number })[];
    for (const b of binned) {
      const key = fill(b);
      const def = registry.get(key.schoolType)?.get(key.measure);
      if (!def?.bins) continue;
      const id = scopeId(key);
      const list = counts.get(id) ?? new Array<number>(def.bins.length).fill(0);
      list[b.bin] = b.count;
      counts.set(id, list);
    }
    for (const row of rows) {
      const key = fill(row);
      const def = registry.get(key.schoolType)?.get(key.measure);
      if (!def) continue;
      const id = scopeId(key);
      summaries.set(id, toStats(row, def, counts.get(id) ?? null));
    }
  }
  return summaries;
}

/** Shares (0/1 values) become percentages with a Wilson interval; means keep their unit. */
function toStats(row: Row, def: MeasureDef, counts: number[] | null): Stats {
  const sd = row.n >= 2 && Number.isFinite(row.sd) ? row.sd : null;
  if (def.kind === 'share') {
    const ci = wilsonInterval(row.mean, row.n);
    return {
      n: row.n,
      mean: 100 * row.mean,
      sd: sd === null ? null : 100 * sd,
      median: null,
      q1: null,
      q3: null,
      ci: ci && [100 * ci[0], 100 * ci[1]],
      counts,
    };
  }
  return {
    n: row.n,
    mean: row.mean,
    sd,
    median: row.median,
    q1: row.q1,
    q3: row.q3,
    ci: meanInterval(row.mean, sd, row.n, def.range),
    counts,
  };
}
