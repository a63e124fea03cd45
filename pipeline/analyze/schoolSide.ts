/**
 * The parts of the analysis that need no city model: every school's influencer panels and the
 * cross-analysis summaries. They run while the city models are being fitted.
 */
import { defineBreakdowns, type Breakdown } from './cross/breakdowns.js';
import { summarizeCross } from './cross/summarizeCross.js';
import { buildSchoolPanels } from './influence/schoolPanels.js';
import type { SchoolPanel } from './influence/schema.js';
import type { EditionPlan } from './prepareEdition.js';
import type { Stats } from './summarize.js';

/** What one 校種 gets: panels by outcome then school, and the cross summaries. */
export interface TypeSide {
  panels: Map<string, Map<string, SchoolPanel>>;
  breakdowns: Breakdown[];
  /** The city's cross cells (school ''). */
  cross: Map<string, Stats>;
  /** A school's own cross cells, summarised from its rows of the frame when asked for. */
  crossOf: (school: string, grade: number) => Map<string, Stats>;
}

/** The school side of each 校種 of the plan, in the plan's order. */
export function analyzeSchoolSide(plan: EditionPlan): TypeSide[] {
  return plan.types.map((type) => {
    const panels = new Map(
      type.outcomes.map((o) => [
        o.def.id,
        buildSchoolPanels(type.frame, o.def.id, o.selection, plan.config.minGroupSize),
      ]),
    );
    const breakdowns = defineBreakdowns(plan.data, plan.config, type.schoolType);
    const outcomes = type.outcomes.map((o) => o.def);
    const rows = new Map<string, number[]>();
    type.frame.school.forEach((school, i) => {
      const key = `${school}|${type.frame.grade[i]!}`;
      const list = rows.get(key);
      if (list) list.push(i);
      else rows.set(key, [i]);
    });
    return {
      panels,
      breakdowns,
      cross: summarizeCross(type.frame, outcomes, breakdowns),
      crossOf: (school, grade) =>
        summarizeCross(
          type.frame,
          outcomes,
          breakdowns,
          school,
          rows.get(`${school}|${grade}`) ?? [],
        ),
    };
  });
}
