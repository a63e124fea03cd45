/**
 * analyze: joined students → measures → summaries → city models → panels, grids, cross
 * analysis and 強み・課題 → one results object per school and one for the board. Everything a
 * page shows is computed here; later stages only present it.
 */
import type { JoinResult } from '../join/joinStudents.js';
import type { Student } from '../join/student.js';
import type { FileReport } from '../read/fileReport.js';
import type { Config } from '../shared/config.js';
import type { IssueLog } from '../shared/issues.js';
import type { InputData, SchoolType } from '../shared/types.js';
import type { InfluenceContext } from './assembleInfluence.js';
import { assembleSchool, type SchoolContext } from './assembleSchool.js';
import { assembleCity } from './board/assembleCity.js';
import { summarizeDataQuality } from './board/dataQuality.js';
import type { CityResults } from './board/schema.js';
import { assertFinite } from './checkFinite.js';
import { createPublishedLookup } from './compare.js';
import { discloseModel } from './disclose.js';
import {
  runCityModels,
  runCityModelsHere,
  type ModelRunOptions,
} from './influence/runCityModels.js';
import type { CityModel, FactorInfo } from './influence/schema.js';
import type { MeasureRegistry } from './measures.js';
import { observe } from './observe.js';
import { prepareEdition, summarizeEdition, type EditionPlan } from './prepareEdition.js';
import type { SchoolResults } from './resultsSchema.js';
import { analyzeSchoolSide, type TypeSide } from './schoolSide.js';
import type { Summaries } from './summarize.js';

export interface EditionAnalysis {
  registry: MeasureRegistry;
  summaries: Summaries;
  /**
   * One SchoolResults per school with students, in master order, assembled as it is iterated so
   * that a prefecture's schools never sit in memory together; iterate again to assemble again.
   */
  schools: Iterable<SchoolResults>;
  /** The board's results (city/results.json). */
  city: CityResults;
  /** City models fitted in this run and read from the cache. */
  models: { fitted: number; cached: number };
}

/** What the board's data-quality summary is made from; absent parts are left empty. */
export interface AnalysisInputs {
  files?: readonly FileReport[];
  issues?: IssueLog;
}

type Meta = SchoolContext['meta'];

/** Families whose per-student values are plotted on a class's planes. */
const POINT_FAMILIES = new Set(['score', 'scale']);

/**
 * Analyses an edition in this thread, without cache: one SchoolResults for every school that has
 * students in it, and the board's city results.
 */
export function analyzeEdition(
  data: InputData,
  joined: JoinResult,
  config: Config,
  meta: Meta,
  inputs: AnalysisInputs = {},
): EditionAnalysis {
  const plan = prepareEdition(data, joined, config);
  const summaries = summarizeEdition(plan);
  const side = analyzeSchoolSide(plan);
  const models = runCityModelsHere(plan.tasks);
  return assembleEdition(plan, summaries, side, models, meta, inputs, {
    fitted: models.length,
    cached: 0,
  });
}

/**
 * The same analysis with the city models fitted in worker threads and cached (`options`), while
 * this thread works on the school panels and the cross analysis. Same results as
 * {@link analyzeEdition}, byte for byte.
 */
export async function analyzeEditionInParallel(
  data: InputData,
  joined: JoinResult,
  config: Config,
  meta: Meta,
  inputs: AnalysisInputs & ModelRunOptions = {},
): Promise<EditionAnalysis> {
  const plan = prepareEdition(data, joined, config);
  const run = runCityModels(plan.tasks, inputs);
  // The models start in their threads before the summaries and panels keep this one busy.
  await new Promise((resolve) => setImmediate(resolve));
  const summaries = summarizeEdition(plan);
  const side = analyzeSchoolSide(plan);
  const { models, fitted, cached } = await run;
  return assembleEdition(plan, summaries, side, models, meta, inputs, { fitted, cached });
}

function assembleEdition(
  plan: EditionPlan,
  summaries: Summaries,
  sides: readonly TypeSide[],
  models: readonly CityModel[],
  meta: Meta,
  inputs: AnalysisInputs,
  counts: EditionAnalysis['models'],
): EditionAnalysis {
  const { data, joined, config, registry } = plan;
  const influence = new Map<SchoolType, InfluenceContext>(
    plan.types.map((type, t) => {
      const factors = new Map<string, FactorInfo>(
        type.factors.map(({ schoolType: _t, value: _v, ...info }) => [info.id, info]),
      );
      return [
        type.schoolType,
        {
          type,
          side: sides[t]!,
          models: type.outcomes.map((o) => discloseModel(models[o.task]!, config.minGroupSize)),
          index: new Map(type.frame.students.map((s, i) => [s, i])),
          factors,
          outcomes: new Map(type.outcomes.map((o) => [o.def.id, o.def])),
          measures: registry.get(type.schoolType)!,
          lowerIsBetter: new Set(config.analysis.lowerIsBetter),
          minGroupSize: config.minGroupSize,
        },
      ];
    }),
  );
  const published = createPublishedLookup(data.benchmarks, data.zenkokuItems);
  const ctx: SchoolContext = {
    registry,
    summaries,
    published,
    minGroupSize: config.minGroupSize,
    meta,
    influence,
  };
  const pointValues = (student: Student): Record<string, number> => {
    const one = observe([student], registry, data);
    const values: Record<string, number> = {};
    one.measure.forEach((code, i) => {
      const id = one.names.measure[code]!;
      if (POINT_FAMILIES.has(registry.get(student.schoolType)!.get(id)!.family))
        values[id] = one.value[i]!;
    });
    return values;
  };
  const bySchool = new Map<string, Student[]>();
  for (const s of joined.students) {
    const list = bySchool.get(s.key.school);
    if (list) list.push(s);
    else bySchool.set(s.key.school, [s]);
  }
  const reports = new Map(joined.reports.map((r) => [r.school, r]));
  const schools: Iterable<SchoolResults> = {
    *[Symbol.iterator]() {
      for (const school of data.schools) {
        const students = bySchool.get(school.code);
        if (!students) continue;
        const results = assembleSchool(
          school,
          students,
          reports.get(school.code)!,
          pointValues,
          ctx,
        );
        assertFinite(results, `results/${school.code}.json`);
        yield results;
      }
    },
  };
  const city = assembleCity(
    [...influence.values()].map((c) => ({
      type: c.type,
      side: c.side,
      models: c.models,
      defs: c.measures,
      factors: [...c.factors.values()],
    })),
    summaries,
    published,
    { ...meta, minGroupSize: config.minGroupSize },
    summarizeDataQuality(inputs.files ?? [], inputs.issues ?? null, joined.reports),
  );
  assertFinite(city, 'city/results.json');
  return { registry, summaries, schools, city, models: counts };
}
