/**
 * One city model as a self-contained task: the rows of the outcome's population and the options,
 * plain data that can be hashed for the cache and sent to a worker thread; and the function that
 * fits it (linear model with LMG shares, then the binary outcome where there is one).
 */
import type { Config } from '../../shared/config.js';
import type { MeasureDef } from '../measures.js';
import { fitCityInfluencers, type FactorResult, type InfluencerRow } from '../model/index.js';
import { belowLevels, fitBinaryModel, type BelowLevel } from './binaryOutcome.js';
import type { StudentFrame } from './frame.js';
import { indicesWhere } from './frame.js';
import type { CityFactor, CityModel } from './schema.js';
import type { FactorSelection } from './selectFactors.js';

/** Everything a city model needs; rows are the students of the outcome's population grades. */
export interface CityTask {
  schoolType: CityModel['schoolType'];
  outcome: string;
  grades: number[];
  factors: string[];
  left: CityModel['left'];
  /** Outcome per row (raw; the model standardises within grade). */
  y: (number | null)[];
  /** Factor-major raw values: x[j][i] is factor j of row i. */
  x: (number | null)[][];
  school: string[];
  grade: number[];
  /** 1 when the row's level is below its grade's set level, 0 when not; null without binary. */
  below: (0 | 1 | null)[] | null;
  belowLevels: BelowLevel[] | null;
  resamples: number;
  seed: number;
  q: number;
}

/**
 * A task not yet built: its rough cost (for scheduling) and how to build it. A prefecture's tasks
 * hold some 150 MB of rows, so each is built when it is fitted, hashed or sent to a worker, and
 * let go after.
 */
export interface TaskSource {
  schoolType: CityTask['schoolType'];
  outcome: string;
  cost: number;
  build: () => CityTask;
}

/** The source of the task of one outcome; see {@link buildCityTask}. */
export function citySource(
  frame: StudentFrame,
  outcome: MeasureDef,
  selection: FactorSelection,
  config: Config,
): TaskSource {
  const inGrades = new Set(selection.grades);
  const rows = frame.grade.filter((g) => inGrades.has(g)).length;
  const factors = selection.entered.length;
  return {
    schoolType: frame.schoolType,
    outcome: outcome.id,
    // The 2ᵖ-subset decomposition per resample dominates.
    cost: 2 ** factors * (config.analysis.bootstrapResamples + 1) + rows * factors,
    build: () => buildCityTask(frame, outcome, selection, config),
  };
}

/** Builds the task of one outcome from the 校種's frame and the selected factors. */
export function buildCityTask(
  frame: StudentFrame,
  outcome: MeasureDef,
  selection: FactorSelection,
  config: Config,
): CityTask {
  const inGrades = new Set(selection.grades);
  const rows = indicesWhere(frame, (i) => inGrades.has(frame.grade[i]!));
  const y = frame.outcomes.get(outcome.id)!;
  const levels =
    outcome.metric === 'step' && config.analysis.binaryOutcome.enabled
      ? belowLevels(frame.schoolType, selection.grades, outcome.subject ?? '', config)
      : null;
  const stepOf = new Map(levels?.map((l) => [l.grade, l.step]));
  return {
    schoolType: frame.schoolType,
    outcome: outcome.id,
    grades: selection.grades,
    factors: selection.entered,
    left: selection.left,
    y: rows.map((i) => y[i]!),
    x: selection.entered.map((id) => {
      const column = frame.factors.get(id)!;
      return rows.map((i) => column[i]!);
    }),
    school: rows.map((i) => frame.school[i]!),
    grade: rows.map((i) => frame.grade[i]!),
    below: levels
      ? rows.map((i) => {
          const v = y[i]!;
          return v === null ? null : v < stepOf.get(frame.grade[i]!)! ? 1 : 0;
        })
      : null,
    belowLevels: levels,
    resamples: config.analysis.bootstrapResamples,
    seed: config.analysis.seed,
    q: config.analysis.fdrQ,
  };
}

/** Fits the task: a pure function of its data, so the same task gives the same model anywhere. */
export function runCityTask(task: CityTask): CityModel {
  const rows: InfluencerRow[] = task.y.map((y, i) => ({
    y,
    factors: task.x.map((column) => column[i]!),
    cluster: task.school[i]!,
    group: `${task.school[i]}|${task.grade[i]}`,
    grade: task.grade[i]!,
  }));
  const fit = fitCityInfluencers(rows, {
    factorNames: task.factors,
    q: task.q,
    resamples: task.resamples,
    seed: task.seed,
    seFloor: true,
  });
  const inModel = fit.factors.filter((f) => f.excluded === null).map((f) => f.factor);
  return {
    schoolType: task.schoolType,
    outcome: task.outcome,
    status: 'shown',
    reason: null,
    grades: task.grades,
    rowsRead: fit.rowsRead,
    n: fit.n,
    schools: fit.clusters,
    r2: fit.r2,
    r2Ci: pair(fit.r2Ci),
    resamples: fit.resamples,
    seed: fit.seed,
    q: fit.q,
    factors: fit.factors.map(toCityFactor),
    left: task.left,
    binary: task.below && task.belowLevels ? fitBinaryModel(task, inModel) : null,
  };
}

const pair = (ci: readonly [number, number] | null): [number, number] | null =>
  ci ? [ci[0], ci[1]] : null;

function toCityFactor(f: FactorResult): CityFactor {
  return {
    factor: f.factor,
    n: f.n,
    available: f.available,
    r: f.r,
    rCi: pair(f.rCi),
    slope: f.slope,
    slopeCi: pair(f.slopeCi),
    se: f.se,
    p: f.p,
    pAdjusted: f.pAdjusted,
    share: f.share,
    shareCi: pair(f.shareCi),
    clear: f.clear,
    association: f.label,
    excluded: f.excluded,
  };
}
