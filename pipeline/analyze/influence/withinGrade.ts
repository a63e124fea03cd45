/**
 * Associations within a school's grades: values centred on their school×grade mean, so that a
 * school's (or grade's) level is never read as a link between students, and the grade dummies
 * added to the least-squares fit so that the degrees of freedom the centring spent are counted.
 */
import {
  centerWithin,
  criticalValue,
  fitOls,
  twoSidedTP,
  type GroupKey,
  type OlsFit,
} from '../model/index.js';

/** Complete rows of one group of students: outcome and factor values on the SD scale. */
export interface WithinRows {
  y: number[];
  /** x[i] is row i's factor values. */
  x: number[][];
  /** The fixed-effect group of each row (school×grade). */
  groups: GroupKey[];
}

/** Centres y and each column of x within the rows' groups. */
export function centreRows(rows: WithinRows): { y: number[]; x: number[][] } {
  const y = centerWithin(rows.y, rows.groups).map((v) => v!);
  const width = rows.x[0]?.length ?? 0;
  const columns = Array.from({ length: width }, (_, j) =>
    centerWithin(
      rows.x.map((r) => r[j]!),
      rows.groups,
    ),
  );
  return { y, x: rows.x.map((_, i) => columns.map((c) => c[i]!)) };
}

/**
 * OLS of the centred y on the centred x plus one dummy per group after the first: the fixed-effects
 * fit, with classical inference on n − groups − p degrees of freedom. Coefficient j + 1 is
 * factor j's (the intercept is 0 after centring).
 */
export function fitWithinGroups(rows: WithinRows): OlsFit {
  const centred = centreRows(rows);
  const labels = [...new Set(rows.groups)].slice(1);
  const design = centred.x.map((row, i) => [
    ...row,
    ...labels.map((g) => (rows.groups[i] === g ? 1 : 0)),
  ]);
  return fitOls(centred.y, design);
}

/** A within-group simple regression: slope, its classical inference, and r. */
export interface WithinSlope {
  n: number;
  slope: number | null;
  se: number | null;
  ci: [number, number] | null;
  p: number | null;
}

/**
 * The slope of y on x within groups, from already centred values, in closed form: the same
 * numbers as {@link fitWithinGroups} with one factor (slope Σxy/Σxx, residual variance over
 * n − groups − 1 degrees of freedom), without building a design matrix, since a city's panels
 * need tens of thousands of them. `scale` is Σx² of the values before centring: a centred
 * spread below 1e-20 of it is rounding noise (x was constant within each group) and gives
 * nulls, as an aliased column does in `lm`; so does an exact fit or no degree of freedom left.
 */
export function fitWithinSlope(
  yc: readonly number[],
  xc: readonly number[],
  groups: number,
  scale: number,
): WithinSlope {
  const n = yc.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += xc[i]! * xc[i]!;
    sxy += xc[i]! * yc[i]!;
    syy += yc[i]! * yc[i]!;
  }
  const none: WithinSlope = { n, slope: null, se: null, ci: null, p: null };
  if (!(sxx > 1e-20 * Math.max(scale, 1))) return none;
  const slope = sxy / sxx;
  const df = n - groups - 1;
  const rss = Math.max(0, syy - slope * sxy);
  if (df <= 0 || !(rss > 1e-24 * syy)) return { ...none, slope };
  const se = Math.sqrt(rss / df / sxx);
  const half = criticalValue(0.95, df) * se;
  return { n, slope, se, ci: [slope - half, slope + half], p: twoSidedTP(slope / se, df) };
}
