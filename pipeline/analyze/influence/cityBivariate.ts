/**
 * The city's bivariate within-school slope of an outcome on one factor: what a school's own
 * slope is compared with, and pulled toward when its interval is wide.
 */
import { centerWithin, fitSlope, type Interval } from '../model/index.js';
import type { StudentFrame } from './frame.js';

/** The city's slope and its cluster-robust interval (schools as clusters). */
export interface CitySlope {
  slope: number | null;
  se: number | null;
  ci: Interval | null;
}

/**
 * Slope of the outcome's z on the factor's z over the city's students in `rows` that have both,
 * each centred on its school×grade mean, with HC1 standard errors clustered by school.
 */
// LIMITATION: the HC1 small-sample factor counts 2 coefficients, not the school×grade means the
// centring removed; with thousands of students the difference is below a thousandth.
export function fitCitySlope(
  frame: StudentFrame,
  rows: readonly number[],
  outcome: string,
  factor: string,
): CitySlope {
  const y = frame.outcomeZ.get(outcome)!;
  const x = frame.factorZ.get(factor)!;
  const pairs = rows.filter((i) => y[i] !== null && x[i] !== null);
  const groups = pairs.map((i) => `${frame.school[i]}|${frame.grade[i]}`);
  const yc = centerWithin(
    pairs.map((i) => y[i]!),
    groups,
  );
  const xc = centerWithin(
    pairs.map((i) => x[i]!),
    groups,
  );
  const fit = fitSlope(yc, xc, { clusters: pairs.map((i) => frame.school[i]!) });
  return { slope: fit.slope, se: fit.se, ci: fit.ci };
}
