/**
 * The data step of the city influencer model: per-SD scaling within grade, listwise complete
 * cases, and centring within fixed-effect groups (school×grade).
 */
import { centerWithin } from './centerWithin.js';
import { standardizeWithin } from './standardizeWithin.js';
import type { GroupKey } from './types.js';

/** One student for the influencer model. */
export interface InfluencerRow {
  /** Outcome (a subject's score); null when missing. */
  y: number | null;
  /** Factor values in the order of the factor names; null when missing. */
  factors: readonly (number | null)[];
  /** Cluster for inference and resampling: the school. */
  cluster: GroupKey;
  /** Fixed-effect group, nested in the cluster: school×grade. */
  group: GroupKey;
  /** Standardisation group: the grade. */
  grade: GroupKey;
}

/** Why a factor is left out of the model; null when it is in. */
export type FactorExclusion = 'no-data' | 'no-variation' | null;

/** Complete, standardised, within-centred data: row i is [y, x of each kept factor]. */
export interface WithinData {
  rows: number[][];
  clusters: GroupKey[];
  /** Fixed-effect groups among the complete cases (each costs one degree of freedom). */
  groups: number;
  /** Per factor (input order): why it is out, or null when its column is in `rows`. */
  exclusion: FactorExclusion[];
  /** Input indices of the factors in `rows`, in order (column j + 1 of `rows`). */
  included: number[];
  /** Non-missing raw values per factor (input order). */
  available: number[];
}

/**
 * Standardises y and every factor within grade over all students who have the value (so "+1 SD"
 * is the same whatever the other variables), keeps the students complete on y and every usable
 * factor, and centres each column within its fixed-effect group over those students.
 *
 * A factor with no value is `no-data`; one with no spread within any grade, or none left after
 * centring (it only differs between schools×grades), is `no-variation`. Neither enters the
 * listwise selection. Throws when a fixed-effect group spans two clusters, as resampling whole
 * clusters would then break the centring.
 */
export function prepareWithinData(rows: readonly InfluencerRow[], factorCount: number): WithinData {
  checkNesting(rows);
  const grades = rows.map((r) => r.grade);
  const y = standardizeWithin(
    rows.map((r) => r.y),
    grades,
  );
  const columns = Array.from({ length: factorCount }, (_, j) =>
    standardizeWithin(
      rows.map((r) => r.factors[j] ?? null),
      grades,
    ),
  );
  const available = Array.from(
    { length: factorCount },
    (_, j) => rows.filter((r) => r.factors[j] != null).length,
  );
  const exclusion: FactorExclusion[] = columns.map((c, j) =>
    available[j] === 0 ? 'no-data' : c.every((v) => v === null) ? 'no-variation' : null,
  );
  // LIMITATION: a factor found to vary only between schools×grades after centring has already
  // taken part in the complete-case selection, so its missing values still drop students.
  const usable = exclusion.flatMap((e, j) => (e === null ? [j] : []));
  const complete = (i: number) => y[i] !== null && usable.every((j) => columns[j]![i] !== null);
  const keep = rows.flatMap((_, i) => (complete(i) ? [i] : []));
  const groups = keep.map((i) => rows[i]!.group);
  const centre = (values: (number | null)[]) =>
    centerWithin(
      keep.map((i) => values[i]!),
      groups,
    ).map((v) => v!);
  const yc = centre(y);
  const centred = new Map(usable.map((j) => [j, centre(columns[j]!)]));
  // A column left with no spread after centring carried only between-group differences.
  const included = usable.filter((j) => {
    const before = keep.reduce((s, i) => s + columns[j]![i]! ** 2, 0);
    const after = centred.get(j)!.reduce((s, v) => s + v * v, 0);
    if (after > 1e-20 * Math.max(before, 1)) return true;
    exclusion[j] = 'no-variation';
    return false;
  });
  const kept = included.map((j) => centred.get(j)!);
  return {
    rows: yc.map((v, r) => [v, ...kept.map((c) => c[r]!)]),
    clusters: keep.map((i) => rows[i]!.cluster),
    groups: new Set(groups).size,
    exclusion,
    included,
    available,
  };
}

/** Throws when a fixed-effect group appears in more than one cluster. */
function checkNesting(rows: readonly InfluencerRow[]): void {
  const clusterOf = new Map<GroupKey, GroupKey>();
  for (const r of rows) {
    const seen = clusterOf.get(r.group);
    if (seen === undefined) clusterOf.set(r.group, r.cluster);
    else if (seen !== r.cluster) {
      throw new RangeError(
        `group ${String(r.group)} spans clusters ${String(seen)} and ${String(r.cluster)}`,
      );
    }
  }
}
