/**
 * The spread of school results for the board, as counts of schools per bin of their mean: no
 * name, code or order survives, so no ranking can be read from it. Schools under minGroupSize
 * are suppressed, and their complements with them, before anything is counted.
 */
import { discloseFigure, suppressComplements } from '../disclose.js';
import type { MeasureDef } from '../measures.js';
import type { Stats } from '../summarize.js';
import type { SchoolSpread } from './schema.js';

/** Equal bins from `low` by `width`, the first and last open. */
interface Bins {
  low: number;
  width: number;
  count: number;
}

/** The bins of a score measure's school means; null for measures without a spread. */
export function spreadBins(def: MeasureDef): Bins | null {
  if (def.family === 'grew') return { low: 0, width: 10, count: 10 };
  if (def.family !== 'score') return null;
  switch (def.metric) {
    case 'rate':
      return { low: 0, width: 5, count: 20 };
    case 'irt':
      return { low: 300, width: 25, count: 16 };
    case 'step':
      return { low: 1, width: 1.5, count: 24 };
    case 'growth':
      return { low: -1, width: 0.5, count: 12 };
    default:
      return null;
  }
}

const label = (b: Bins, i: number): string => {
  const from = b.low + i * b.width;
  if (i === 0) return `${from + b.width}未満`;
  return i === b.count - 1 ? `${from}以上` : `${from}〜`;
};

/** Bins the schools' figures of one measure and grade (`schools` in any order). */
export function spreadOfSchools(
  def: MeasureDef,
  schools: readonly (Stats | undefined)[],
  minGroupSize: number,
): SchoolSpread | null {
  const bins = spreadBins(def);
  const present = schools.filter((s): s is Stats => s !== undefined && s.n > 0);
  if (!bins || present.length === 0) return null;
  const figures = suppressComplements(
    present.map((s) => discloseFigure(s, 'outside', minGroupSize)),
  );
  const counts = new Array<number>(bins.count).fill(0);
  let shown = 0;
  for (const f of figures) {
    if (f.status !== 'shown' || f.mean === null) continue;
    const i = Math.floor((f.mean - bins.low) / bins.width);
    counts[Math.max(0, Math.min(bins.count - 1, i))]! += 1;
    shown += 1;
  }
  return {
    bins: Array.from({ length: bins.count }, (_, i) => label(bins, i)),
    counts,
    shown,
    suppressed: figures.length - shown,
  };
}
