/**
 * Priorities from a grade's or class's priority grid: a factor whose association with an
 * outcome is clear city-wide (slope interval excludes 0 and it survives BH), where the group's
 * gap interval lies wholly on the side that goes with lower scores. Never for a group under
 * caution or suppressed.
 */
import { directionOf } from '../influence/priorityGrid.js';
import type { CityModel, FactorInfo, PriorityGrid } from '../influence/schema.js';
import type { MeasureDef } from '../measures.js';
import type { Statement } from './schema.js';
import { prioritySentence, scopeWords } from './words.js';

/** At most this many priorities per grade or class. */
export const MAX_PRIORITIES = 3;

/** The priority sentences of one scope, highest priority first, one per factor. */
export function buildPriorityStatements(
  grid: PriorityGrid,
  models: readonly CityModel[],
  factors: ReadonlyMap<string, FactorInfo>,
  outcomes: ReadonlyMap<string, MeasureDef>,
  scope: { grade: number; cls: string | null },
): Statement[] {
  if (grid.status !== 'shown') return [];
  const gaps = new Map(grid.gaps.map((g) => [g.factor, g]));
  const best = new Map<string, { outcome: string; direction: 1 | -1; priority: number }>();
  for (const { outcome, items } of grid.grids) {
    const city = new Map(
      models.find((m) => m.outcome === outcome)?.factors.map((f) => [f.factor, f]) ?? [],
    );
    for (const item of items) {
      const gap = gaps.get(item.factor);
      const factor = city.get(item.factor);
      const direction = factor ? directionOf(factor) : 0;
      if (!item.behind || !factor?.clear || direction === 0 || gap?.status !== 'shown') continue;
      const clearlyBehind = direction > 0 ? gap.call === 'below' : gap.call === 'above';
      const current = best.get(item.factor);
      if (clearlyBehind && (!current || item.priority > current.priority))
        best.set(item.factor, { outcome, direction, priority: item.priority });
    }
  }
  return [...best]
    .sort((a, b) => b[1].priority - a[1].priority)
    .slice(0, MAX_PRIORITIES)
    .map(([factor, { outcome, direction }]) => {
      const info = factors.get(factor)!;
      return {
        kind: 'priority',
        text: prioritySentence(
          scopeWords(scope.grade, scope.cls),
          info.label,
          outcomes.get(outcome)?.label ?? outcome,
          direction,
          gaps.get(factor)!.gap!,
        ),
        source: {
          section: 'influence',
          grade: scope.grade,
          class: scope.cls,
          measure: info.measure,
          references: ['city'],
          outcome,
          factor,
        },
      };
    });
}
