/**
 * The influencer, cross and 強み・課題 parts of a school's results: for a grade or a class its
 * priority grid and sentences; for a grade its cross analysis; for the school its panels beside
 * the city models of its 校種.
 */
import type { Student } from '../join/student.js';
import { assembleCross } from './cross/assembleCross.js';
import type { CrossBreakdown } from './cross/schema.js';
import { buildPriorityGrid } from './influence/priorityGrid.js';
import type { CityModel, FactorInfo, PriorityGrid } from './influence/schema.js';
import type { MeasureDef } from './measures.js';
import type { TypePlan } from './prepareEdition.js';
import type { MeasureFigures, SchoolResults } from './resultsSchema.js';
import type { TypeSide } from './schoolSide.js';
import { buildFigureStatements } from './statements/figureStatements.js';
import { buildPriorityStatements } from './statements/priorityStatements.js';
import type { Statement } from './statements/schema.js';
import { CAUSE_NOTE } from './statements/words.js';

/** What the influencer parts of one 校種's schools are made from. */
export interface InfluenceContext {
  type: TypePlan;
  side: TypeSide;
  /** The city models of the 校種, in the order of `type.outcomes`. */
  models: CityModel[];
  /** Frame index of each student of the 校種. */
  index: Map<Student, number>;
  factors: Map<string, FactorInfo>;
  outcomes: Map<string, MeasureDef>;
  measures: ReadonlyMap<string, MeasureDef>;
  lowerIsBetter: ReadonlySet<string>;
  minGroupSize: number;
}

/** The priority grid and sentences of a grade (cls null) or a class. */
export function assembleScope(
  ctx: InfluenceContext,
  members: readonly Student[],
  grade: number,
  cls: string | null,
  figures: readonly MeasureFigures[],
): { priorities: PriorityGrid; statements: Statement[] } {
  const rows = members.map((s) => ctx.index.get(s)!);
  const priorities = buildPriorityGrid(ctx.type.frame, rows, grade, ctx.models, ctx.minGroupSize);
  const scope = { grade, cls };
  return {
    priorities,
    statements: [
      ...buildFigureStatements(figures, ctx.measures, scope, ctx.lowerIsBetter),
      ...buildPriorityStatements(priorities, ctx.models, ctx.factors, ctx.outcomes, scope),
    ],
  };
}

/** The cross analysis of a school's grade. */
export function assembleGradeCross(
  ctx: InfluenceContext,
  school: string,
  grade: number,
): CrossBreakdown[] {
  return assembleCross(
    ctx.side.cross,
    ctx.side.crossOf(school, grade),
    ctx.type.outcomes.map((o) => o.def),
    ctx.side.breakdowns,
    grade,
    school,
    ctx.minGroupSize,
  );
}

/** The school's influencer section: the factors, the city models and its own panels. */
export function assembleSchoolInfluence(
  ctx: InfluenceContext,
  school: string,
): SchoolResults['influence'] {
  return {
    factors: [...ctx.factors.values()],
    city: ctx.models,
    school: ctx.type.outcomes.flatMap((o) => ctx.side.panels.get(o.def.id)?.get(school) ?? []),
    note: CAUSE_NOTE,
  };
}
