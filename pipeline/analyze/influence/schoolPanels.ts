/**
 * The school panels of one outcome, for every school of a 校種: for each factor the school's
 * bivariate r and per-SD slope within its grades; where the school's interval is wide, its slope
 * pulled toward the city's (empirical Bayes, marked); the label of the association; and the
 * multivariable model where the school has enough complete cases.
 */
import { discloseAssociation } from '../disclose.js';
import {
  centerWithin,
  correlation,
  estimateTau2,
  labelAssociation,
  shrinkSlope,
  type Interval,
} from '../model/index.js';
import { fitCitySlope } from './cityBivariate.js';
import type { StudentFrame } from './frame.js';
import { fitSchoolModel } from './schoolModel.js';
import type { SchoolFactor, SchoolPanel } from './schema.js';
import type { FactorSelection } from './selectFactors.js';
import { fitWithinSlope } from './withinGrade.js';

const pair = (ci: Interval | null): [number, number] | null => (ci ? [ci[0], ci[1]] : null);

/** The rows of each school in the outcome's population grades, in frame order. */
export function rowsBySchool(
  frame: StudentFrame,
  grades: readonly number[],
): Map<string, number[]> {
  const inGrades = new Set(grades);
  const bySchool = new Map<string, number[]>();
  frame.school.forEach((school, i) => {
    if (!inGrades.has(frame.grade[i]!)) return;
    const list = bySchool.get(school);
    if (list) list.push(i);
    else bySchool.set(school, [i]);
  });
  return bySchool;
}

/**
 * Every school's panel for `outcome`. A school with fewer than `minGroupSize` students having the
 * outcome gets a suppressed panel; a factor with fewer pairs, a suppressed row.
 */
export function buildSchoolPanels(
  frame: StudentFrame,
  outcome: string,
  selection: FactorSelection,
  minGroupSize: number,
): Map<string, SchoolPanel> {
  const y = frame.outcomeZ.get(outcome)!;
  const bySchool = rowsBySchool(frame, selection.grades);
  const allRows = [...bySchool.values()].flat();
  const own = new Map(
    [...bySchool].map(([school, rows]) => [
      school,
      selection.entered.map((factor) =>
        fitSchoolFactor(frame, rows, outcome, factor, minGroupSize),
      ),
    ]),
  );
  selection.entered.forEach((factor, j) => {
    const city = fitCitySlope(frame, allRows, outcome, factor);
    const shown = [...own.values()].map((rows) => rows[j]!).filter((r) => r.status === 'shown');
    const tau = estimateTau2(
      shown.map((r) => r.slope),
      shown.map((r) => r.se),
    );
    for (const rows of own.values()) {
      const row = rows[j]!;
      row.citySlope = city.slope;
      row.citySlopeCi = pair(city.ci);
      row.tau2 = tau.tau2;
      if (row.status !== 'shown' || row.slope === null || row.se === null || !(row.se > 0))
        continue;
      if (tau.tau2 === null || city.slope === null) continue;
      row.wide = row.se * row.se > tau.tau2;
      if (!row.wide) continue;
      const pulled = shrinkSlope(row.slope, row.se, city.slope, tau.tau2, {
        citySe: city.se ?? 0,
      });
      row.pulled = { slope: pulled.slope, ci: pair(pulled.ci)!, ownWeight: pulled.ownWeight };
    }
  });
  const panels = new Map<string, SchoolPanel>();
  for (const [school, rows] of bySchool) {
    const n = rows.filter((i) => y[i] !== null).length;
    const disclosure = discloseAssociation(n, minGroupSize);
    const shown = disclosure.status === 'shown';
    panels.set(school, {
      outcome,
      grades: selection.grades,
      n,
      ...disclosure,
      factors: shown ? own.get(school)!.map(({ se: _se, ...row }) => row) : [],
      model: shown ? fitSchoolModel(frame, rows, outcome, selection.entered) : null,
    });
  }
  return panels;
}

/** A school's bivariate row for one factor, before the city comparison is filled in. */
type OwnRow = SchoolFactor & { se: number | null };

function fitSchoolFactor(
  frame: StudentFrame,
  rows: readonly number[],
  outcome: string,
  factor: string,
  minGroupSize: number,
): OwnRow {
  const y = frame.outcomeZ.get(outcome)!;
  const x = frame.factorZ.get(factor)!;
  const pairs = rows.filter((i) => y[i] !== null && x[i] !== null);
  const row: OwnRow = {
    factor,
    n: pairs.length,
    ...discloseAssociation(pairs.length, minGroupSize),
    r: null,
    rCi: null,
    slope: null,
    slopeCi: null,
    p: null,
    association: '不明確',
    citySlope: null,
    citySlopeCi: null,
    tau2: null,
    wide: false,
    pulled: null,
    se: null,
  };
  if (row.status !== 'shown') return row;
  const grades = pairs.map((i) => frame.grade[i]!);
  const xs = pairs.map((i) => x[i]!);
  const ys = pairs.map((i) => y[i]!);
  const xc = centerWithin(xs, grades).map((v) => v!);
  const yc = centerWithin(ys, grades).map((v) => v!);
  const fit = fitWithinSlope(yc, xc, new Set(grades).size, sumSquares(xs));
  // r only where both spread within the grades: centred rounding noise is no spread.
  const spread = fit.slope !== null && sumSquares(yc) > 1e-20 * Math.max(sumSquares(ys), 1);
  // LIMITATION: the r interval takes n − 3 degrees of freedom, not counting the (at most two)
  // grade means removed by centring; the slope's interval counts them.
  const c = spread ? correlation(xc, yc) : null;
  return {
    ...row,
    r: c?.r ?? null,
    rCi: pair(c?.ci ?? null),
    slope: fit.slope,
    slopeCi: fit.ci,
    p: fit.p,
    se: fit.se,
    association: labelAssociation(fit.slope, fit.ci),
  };
}

function sumSquares(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v * v;
  return s;
}
