/**
 * The binary outcome of the influencer analysis: a ふくしま level below a set level, modelled by
 * logistic regression on the same factors, with odds ratios and Wald intervals.
 */
import type { Config } from '../../shared/config.js';
import type { SchoolType } from '../../shared/types.js';
import { centerWithin, fitLogistic, standardizeWithin } from '../model/index.js';
import type { CityTask } from './cityTask.js';
import type { BinaryModel } from './schema.js';

/** The set level of a grade: a student counts when their step is below `step`. */
export interface BelowLevel {
  grade: number;
  level: string;
  step: number;
}

/** Fewer students than this on either side of the level leave the model unfitted. */
export const MIN_EVENTS = 10;

/**
 * The set level per grade: `analysis.binaryOutcome.below` by `<校種><学年>:<教科>`, else by
 * `<校種><学年>`, else the grade's own level N-C, N the school year (小1 = 1 … 中3 = 9), which on
 * the prefecture's scale is where the year's expected attainment begins.
 */
export function belowLevels(
  schoolType: SchoolType,
  grades: readonly number[],
  subject: string,
  config: Config,
): BelowLevel[] {
  const set = config.analysis.binaryOutcome.below;
  return grades.map((grade) => {
    const year = schoolType === '小' ? grade : grade + 6;
    const level =
      set[`${schoolType}${grade}:${subject}`] ?? set[`${schoolType}${grade}`] ?? `${year}-C`;
    const [n, x] = level.split('-') as [string, 'A' | 'B' | 'C'];
    return { grade, level, step: (Number(n) - 1) * 3 + { C: 1, B: 2, A: 3 }[x] };
  });
}

/**
 * Logistic regression of "below the level" on the factors `factors` (a subset of the task's),
 * standardised within grade. Each factor enters twice: its deviation from the school×grade mean,
 * whose odds ratio is reported (the within-school link), and that mean itself, which absorbs the
 * school's make-up (the Mundlak device; a logistic model with one dummy per school×grade would
 * be slow and biased in small groups). Wald intervals are cluster-robust by school.
 */
export function fitBinaryModel(task: CityTask, factors: readonly string[]): BinaryModel {
  const below = task.below!;
  const columns = factors.map((id) =>
    standardizeWithin(task.x[task.factors.indexOf(id)]!, task.grade),
  );
  const keep = below.flatMap((b, i) =>
    b !== null && columns.every((c) => c[i] !== null) ? [i] : [],
  );
  const y = keep.map((i) => below[i]!);
  const events = y.reduce<number>((s, v) => s + v, 0);
  const base: BinaryModel = {
    status: 'fitted',
    below: task.belowLevels!,
    n: keep.length,
    events,
    converged: false,
    separation: false,
    factors: factors.map((factor) => ({ factor, oddsRatio: null, ci: null, p: null })),
  };
  if (factors.length === 0) return { ...base, status: 'no-factor' };
  if (events < MIN_EVENTS || keep.length - events < MIN_EVENTS)
    return { ...base, status: 'too-few-events' };
  const groups = keep.map((i) => `${task.school[i]}|${task.grade[i]}`);
  const within = columns.map((c) =>
    centerWithin(
      keep.map((i) => c[i]!),
      groups,
    ),
  );
  const design = keep.map((i, r) => [
    ...within.map((w) => w[r]!),
    ...columns.map((c, j) => c[i]! - within[j]![r]!),
  ]);
  const fit = fitLogistic(y, design, { clusters: keep.map((i) => task.school[i]!) });
  const table = fit.clusterRobust ?? fit.classical;
  return {
    ...base,
    converged: fit.converged,
    separation: fit.separation,
    factors: factors.map((factor, j) => {
      const ci = table.oddsRatioCi[j + 1] ?? null;
      return {
        factor,
        oddsRatio: table.oddsRatios[j + 1] ?? null,
        ci: ci ? [ci[0], ci[1]] : null,
        p: table.p[j + 1] ?? null,
      };
    }),
  };
}
