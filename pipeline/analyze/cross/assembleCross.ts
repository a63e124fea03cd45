/**
 * The cross analysis of one school's grade: for each outcome and breakdown the school has data
 * for, every cell's mean beside the city's, disclosed for their audiences (the school's own cells
 * with a caution when small; the city's suppressed when small, with their complements).
 */
import { discloseFigure, suppressComplements } from '../disclose.js';
import type { MeasureDef } from '../measures.js';
import type { Figure } from '../resultsSchema.js';
import type { Stats } from '../summarize.js';
import { crosses, type Breakdown } from './breakdowns.js';
import type { CrossBreakdown, CrossCell } from './schema.js';
import { crossKey } from './summarizeCross.js';

const toCell = (f: Figure): CrossCell => ({
  n: f.n,
  status: f.status,
  reason: f.reason,
  mean: f.mean,
  ci: f.ci,
});

/**
 * The breakdowns of `school`'s grade `grade`, its cells in `own` beside the city's in `city`
 * (school '' with `own` = `city` gives the city's own breakdowns).
 */
export function assembleCross(
  city: ReadonlyMap<string, Stats>,
  own: ReadonlyMap<string, Stats>,
  outcomes: readonly MeasureDef[],
  breakdowns: readonly Breakdown[],
  grade: number,
  school: string,
  minGroupSize: number,
): CrossBreakdown[] {
  const out: CrossBreakdown[] = [];
  outcomes.forEach((def, o) => {
    breakdowns.forEach((breakdown, b) => {
      if (!crosses(def, breakdown)) return;
      const ofCity = (c: number) => city.get(crossKey(grade, '', o, b, c));
      const ofOwn = (c: number) => own.get(crossKey(grade, school, o, b, c));
      const keys = breakdown.keys.map((_, c) => c);
      if (!keys.some((c) => ofOwn(c))) return;
      const cityCells = suppressComplements(
        keys.map((c) => discloseFigure(ofCity(c), 'outside', minGroupSize)),
      );
      out.push({
        outcome: def.id,
        by: breakdown.by,
        cells: keys.map((c) => ({
          key: breakdown.keys[c]!,
          label: breakdown.labels[c]!,
          group: toCell(
            school === '' ? cityCells[c]! : discloseFigure(ofOwn(c), 'own-school', minGroupSize),
          ),
          city: toCell(cityCells[c]!),
        })),
      });
    });
  });
  return out;
}
