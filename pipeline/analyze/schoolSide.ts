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
  cross: Map<string, Stats>;
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
    const cross = summarizeCross(
      type.frame,
      type.outcomes.map((o) => o.def),
      breakdowns,
    );
    return { panels, breakdowns, cross };
  });
}
