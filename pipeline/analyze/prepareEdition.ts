/** The descriptive summaries of every measure at every scope (city, school, class). */
export function summarizeEdition(plan: EditionPlan): Summaries {
  return summarize(observe(plan.joined.students, plan.registry, plan.data), plan.registry);
}

/**
 * The plan of an edition's analysis: the measures, the factors, each 校種's
 * student frame, the outcomes with the factors that enter their models, and the city model tasks.
 * Everything after this reads the plan; the city models are the one step that can run elsewhere.
 */
import type { JoinResult } from '../join/joinStudents.js';
import type { Config } from '../shared/config.js';
import type { InputData, SchoolType } from '../shared/types.js';
import { SCHOOL_TYPES } from '../shared/types.js';
import { citySource, type TaskSource } from './influence/cityTask.js';
import { defineFactors, type FactorDef } from './influence/factors.js';
import { buildFrame, type StudentFrame } from './influence/frame.js';
import { outcomeDefs } from './influence/outcomes.js';
import { selectFactors, type FactorSelection } from './influence/selectFactors.js';
import { defineMeasures, type MeasureDef, type MeasureRegistry } from './measures.js';
import { observe } from './observe.js';
import { summarize, type Summaries } from './summarize.js';

/** One outcome of a 校種 that has students, with its model's population and factors. */
export interface OutcomePlan {
  def: MeasureDef;
  selection: FactorSelection;
  /** Index of its task in `EditionPlan.tasks`. */
  task: number;
}

/** The analysis of one 校種. */
export interface TypePlan {
  schoolType: SchoolType;
  factors: FactorDef[];
  frame: StudentFrame;
  outcomes: OutcomePlan[];
}

export interface EditionPlan {
  data: InputData;
  joined: JoinResult;
  config: Config;
  registry: MeasureRegistry;
  types: TypePlan[];
  /** The city models' tasks, built one at a time as they are fitted. */
  tasks: TaskSource[];
}

/**
 * Plans the edition: the measures, factors, frames and city model tasks — what the models need,
 * so that they can start before the rest of the analysis.
 */
export function prepareEdition(data: InputData, joined: JoinResult, config: Config): EditionPlan {
  const registry = defineMeasures(data, joined.students, config);
  const factorRegistry = defineFactors(data, config);
  const tasks: TaskSource[] = [];
  const types = SCHOOL_TYPES.flatMap((schoolType): TypePlan[] => {
    const students = joined.students.filter((s) => s.schoolType === schoolType);
    if (students.length === 0) return [];
    const factors = factorRegistry.get(schoolType)!;
    const defs = outcomeDefs(registry, schoolType);
    const frame = buildFrame(schoolType, students, defs, factors);
    const outcomes = defs.flatMap((def): OutcomePlan[] => {
      const selection = selectFactors(frame, def.id, factors);
      if (selection.grades.length === 0) return [];
      tasks.push(citySource(frame, def, selection, config));
      return [{ def, selection, task: tasks.length - 1 }];
    });
    return [{ schoolType, factors, frame, outcomes }];
  });
  return { data, joined, config, registry, types, tasks };
}
