/**
 * The priority grid of a grade or class (ANALYSIS.md, "Class"): no model is fitted for 20–35
 * students. For each factor, the city's importance for an outcome (its LMG share) against the
 * group's gap from the city mean in SD units; the factors that matter city-wide and where the
 * group is on the side that goes with lower scores come first.
 */
import { mean as meanOf, sampleStandardDeviation } from 'simple-statistics';
import { discloseGroup, withhold } from '../disclose.js';
import { meanInterval } from '../interval.js';
import type { StudentFrame } from './frame.js';
import type { CityFactor, CityModel, Gap, PriorityGrid } from './schema.js';

/**
 * The grid of the students `members` (frame indices, one grade of one school) for the city
 * models whose population includes their grade. Gaps are shown to the group's own school, with
 * a caution under `minGroupSize`, as figures are.
 */
export function buildPriorityGrid(
  frame: StudentFrame,
  members: readonly number[],
  grade: number,
  models: readonly CityModel[],
  minGroupSize: number,
): PriorityGrid {
  const applicable = models.filter((m) => m.grades.includes(grade) && m.r2 !== null);
  const factors = [...new Set(applicable.flatMap((m) => m.factors.map((f) => f.factor)))];
  const gaps = factors.map((factor) => gapOf(frame, members, factor, minGroupSize));
  const gapBy = new Map(gaps.map((g) => [g.factor, g.gap]));
  return {
    students: members.length,
    ...discloseGroup(members.length, 'own-school', minGroupSize),
    gaps,
    grids: applicable.map((model) => ({
      outcome: model.outcome,
      items: model.factors
        .map((f, order) => {
          const direction = directionOf(f);
          const gap = gapBy.get(f.factor) ?? null;
          const behind = direction !== 0 && gap !== null && gap * direction < 0;
          return {
            order,
            item: {
              factor: f.factor,
              importance: f.share,
              gap,
              behind,
              priority: behind ? (f.share ?? 0) * Math.abs(gap) : 0,
            },
          };
        })
        .sort(
          (a, b) =>
            b.item.priority - a.item.priority ||
            (b.item.importance ?? 0) - (a.item.importance ?? 0) ||
            a.order - b.order,
        )
        .map((e) => e.item),
    })),
  };
}

/**
 * Which way of a factor goes with higher scores in the city: the sign of its adjusted slope, or
 * of its r when the slope is missing; 0 when neither is known.
 */
export function directionOf(f: CityFactor): 1 | -1 | 0 {
  const sign = Math.sign(f.slope ?? f.r ?? 0);
  return sign > 0 ? 1 : sign < 0 ? -1 : 0;
}

/** The group's mean z of a factor (the city's is 0 by construction) with its 95% interval. */
function gapOf(
  frame: StudentFrame,
  members: readonly number[],
  factor: string,
  minGroupSize: number,
): Gap {
  const z = frame.factorZ.get(factor)!;
  const values = members.flatMap((i) => (z[i] === null ? [] : [z[i]!]));
  const n = values.length;
  const mean = n > 0 ? meanOf(values) : null;
  const sd = n > 1 ? sampleStandardDeviation(values) : null;
  const ci = mean === null ? null : meanInterval(mean, sd, n);
  const call = !ci ? 'unclear' : ci[0] > 0 ? 'above' : ci[1] < 0 ? 'below' : 'unclear';
  return withhold(
    {
      factor,
      n,
      ...discloseGroup(n, 'own-school', minGroupSize),
      gap: mean,
      ci,
      call,
    },
    ['gap', 'ci'],
  );
}
