/** Per-SD scaling: standardise a variable within each group (grade), so "+1 SD" means the same. */
import { centerWithin } from './centerWithin.js';
import type { GroupKey } from './types.js';

/**
 * Turns values into z-scores within their group: (x − group mean) / group SD, with the sample SD
 * (n − 1 denominator, as R's `sd`). Used with the grade as the group, so that a factor's "+1 SD"
 * and an outcome's "1 SD" mean the same in every report whatever the grade.
 *
 * Missing values stay `null`. A group with fewer than two values, or whose values are all equal,
 * has no SD: its values become `null` (they cannot be placed on the SD scale) rather than NaN.
 */
export function standardizeWithin(
  values: readonly (number | null)[],
  groups: readonly GroupKey[],
): (number | null)[] {
  const centred = centerWithin(values, groups);
  const sumSquares = new Map<GroupKey, { ss: number; n: number; scale: number }>();
  centred.forEach((d, i) => {
    if (d === null) return;
    const g = groups[i]!;
    const size = Math.abs(values[i]!);
    const s = sumSquares.get(g);
    if (s) {
      s.ss += d * d;
      s.n += 1;
      s.scale = Math.max(s.scale, size);
    } else sumSquares.set(g, { ss: d * d, n: 1, scale: size });
  });
  const sds = new Map<GroupKey, number>();
  for (const [g, s] of sumSquares) {
    const sd = s.n > 1 ? Math.sqrt(s.ss / (s.n - 1)) : 0;
    // A spread at the rounding noise of the values is no spread: the values were all equal.
    if (sd > s.scale * 1e-12) sds.set(g, sd);
  }
  return centred.map((d, i) => {
    const sd = sds.get(groups[i]!);
    return d === null || sd === undefined ? null : d / sd;
  });
}
