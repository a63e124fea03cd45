/** Within-group centring: the fixed-effects transform that removes each group's mean. */
import type { GroupKey } from './types.js';

/**
 * Subtracts from each value the mean of its group (school, or school×grade), so that a linear
 * model fitted to the centred data estimates only within-group links: this is the "within"
 * estimator of a fixed-effects model. Missing values (`null`) stay missing and do not enter
 * their group's mean; a group whose values are all missing contributes nothing.
 *
 * `values` and `groups` are aligned by index and must have the same length.
 */
export function centerWithin(
  values: readonly (number | null)[],
  groups: readonly GroupKey[],
): (number | null)[] {
  if (values.length !== groups.length) {
    throw new RangeError(`centerWithin: ${values.length} values but ${groups.length} groups`);
  }
  const means = groupMeans(values, groups);
  return values.map((v, i) => (v === null ? null : v - (means.get(groups[i]!) ?? 0)));
}

/**
 * The mean of the non-missing values of each group, accumulated in input order. Groups with no
 * value are absent from the map.
 */
export function groupMeans(
  values: readonly (number | null)[],
  groups: readonly GroupKey[],
): Map<GroupKey, number> {
  const sums = new Map<GroupKey, { sum: number; n: number }>();
  values.forEach((v, i) => {
    if (v === null) return;
    const g = groups[i]!;
    const s = sums.get(g);
    if (s) {
      s.sum += v;
      s.n += 1;
    } else sums.set(g, { sum: v, n: 1 });
  });
  const means = new Map<GroupKey, number>();
  for (const [g, s] of sums) means.set(g, s.sum / s.n);
  return means;
}
