/**
 * Small types shared by the model functions. Every statistic that cannot be computed from the
 * data (too few cases, no variation, an aliased column) is `null`, never NaN, so that results
 * serialise to JSON and a page can say "not available" instead of printing NaN.
 */

/** A two-sided interval, lower end first. */
export type Interval = readonly [lower: number, upper: number];

/** A group or cluster label: a school code, a school×grade key, a grade. */
export type GroupKey = string | number;

/** A design matrix given by rows: `rows[i][j]` is column j of case i. */
export type Rows = readonly (readonly number[])[];
