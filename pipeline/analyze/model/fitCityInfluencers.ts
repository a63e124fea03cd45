/**
 * The city influencer model for one outcome and school type: standardise → complete cases →
 * centre within school×grade → OLS with school-clustered SE, bivariate r, BH across factors,
 * exact LMG shares with school-bootstrap intervals (ANALYSIS.md, "Influencer analysis").
 */
import { Matrix, covariance } from 'ml-matrix';
import { benjaminiHochberg } from './benjaminiHochberg.js';
import { bootstrapLmg } from './bootstrapLmg.js';
import { correlation } from './correlation.js';
import type { CoefficientTable } from './coefficientTable.js';
import { criticalValue, twoSidedTP } from './distributions.js';
import { fitOls, type OlsFit } from './fitOls.js';
import { labelAssociation, type AssociationLabel } from './labelAssociation.js';
import { lmgShares } from './lmgShares.js';
import {
  prepareWithinData,
  type FactorExclusion,
  type InfluencerRow,
} from './prepareWithinData.js';
import type { Interval } from './types.js';

/** Options of {@link fitCityInfluencers}. */
export interface CityModelOptions {
  /** Factor names, in the order of each row's `factors`. At most 15 (ANALYSIS.md, "Cost"). */
  factorNames: readonly string[];
  /** False discovery rate of the BH control. Default 0.10. */
  q?: number;
  /** Confidence level of every interval. Default 0.95. */
  level?: number;
  /** Bootstrap resamples of schools for the share intervals; 0 skips them. Default 1000. */
  resamples?: number;
  /** Bootstrap seed. Default 1. */
  seed?: number;
  /**
   * Never report a slope's standard error below the classical fixed-effects one (σ² over
   * n − school×grades − factors degrees of freedom), keeping the t reference on schools − 1 df.
   * With few schools the cluster-robust (HC1) estimate is biased down and sometimes far too
   * small by chance; the larger of the two is the conservative rule of Angrist and Pischke
   * (Mostly Harmless Econometrics, 2009, ch. 8). Default false (the HC1 values alone, as R's
   * `sandwich::vcovCL`).
   */
  seFloor?: boolean;
}

/** One factor's row of the city influencer panel; slopes and r are per SD, within schools. */
export interface FactorResult {
  factor: string;
  /** Students in the model (complete cases). */
  n: number;
  /** Students with a value of this factor. */
  available: number;
  /** Within-school Pearson r with the outcome, and its Fisher-z interval. */
  r: number | null;
  rCi: Interval | null;
  /** Per-SD slope (outcome SD per factor SD) adjusted for the other factors. */
  slope: number | null;
  /** Cluster-robust (HC1, by school) interval, t with G − 1 df. */
  slopeCi: Interval | null;
  se: number | null;
  p: number | null;
  /** BH-adjusted p across the factors of the model. */
  pAdjusted: number | null;
  /** LMG share of R² and its school-bootstrap percentile interval. */
  share: number | null;
  shareCi: Interval | null;
  /** Slope interval excludes 0 and the factor survives BH at q: a clear association. */
  clear: boolean;
  label: AssociationLabel;
  /** Why the factor is not in the model (no value; no variation within school×grade; aliased). */
  excluded: FactorExclusion | 'aliased';
}

/** The fitted city model. */
export interface CityModelResult {
  /** Rows given. */
  rowsRead: number;
  /** Complete cases used. */
  n: number;
  /** Schools among the complete cases. */
  clusters: number;
  /** Within-school R² of the model and its bootstrap interval. */
  r2: number | null;
  r2Ci: Interval | null;
  factors: FactorResult[];
  /** Resamples behind the share intervals (0 when none were drawn) and their seed. */
  resamples: number;
  seed: number;
  q: number;
}

/**
 * Fits the city influencer model for one outcome. Every factor gets a row; factors that cannot
 * enter say why in `excluded` and carry nulls. Rows with a missing outcome or a missing value of
 * any usable factor are left out (listwise), and `n` says how many remain. The bivariate r is
 * that of the within-school-centred values, like the model, so school make-up is read neither
 * way. Share intervals need at least two schools; slope intervals need two schools and
 * residual degrees of freedom.
 *
 * LIMITATION: the r interval treats students as independent; within-school centring removes
 * the school-level part of the dependence but not all of it.
 */
export function fitCityInfluencers(
  rows: readonly InfluencerRow[],
  options: CityModelOptions,
): CityModelResult {
  const {
    factorNames,
    q = 0.1,
    level = 0.95,
    resamples = 1000,
    seed = 1,
    seFloor = false,
  } = options;
  const data = prepareWithinData(rows, factorNames.length);
  const n = data.rows.length;
  const clusterCount = new Set(data.clusters).size;
  const results = factorNames.map((factor, j) =>
    emptyResult(factor, n, data.available[j]!, data.exclusion[j] ?? null),
  );
  const base = { rowsRead: rows.length, n, clusters: clusterCount, seed, q };
  if (n < 3 || data.included.length === 0) {
    return { ...base, r2: null, r2Ci: null, factors: results, resamples: 0 };
  }

  const y = data.rows.map((r) => r[0]!);
  const x = data.rows.map((r) => r.slice(1));
  const fit = fitOls(y, x, { clusters: data.clusters, level });
  // Centring spent one degree of freedom per school×grade; with none left the fit is exact
  // and no interval is honest, whatever the (rounding-level) residuals say.
  const dfWithin = n - data.groups - (fit.rank - 1);
  const robust =
    dfWithin > 0 && fit.clusterRobust
      ? seFloor
        ? floorAtClassical(fit, dfWithin, level)
        : fit.clusterRobust
      : null;
  // Column pos + 1 of the design is the pos-th included factor (the intercept is column 0).
  const inModel = data.included.filter((_, pos) => !fit.aliased[pos + 1]);
  data.included.forEach((j, pos) => {
    const result = results[j]!;
    if (fit.aliased[pos + 1]) {
      result.excluded = 'aliased';
      return;
    }
    const c = correlation(
      x.map((row) => row[pos]!),
      y,
      level,
    );
    result.r = c.r;
    result.rCi = c.ci;
    result.slope = fit.coefficients[pos + 1] ?? null;
    result.se = robust?.se[pos + 1] ?? null;
    result.p = robust?.p[pos + 1] ?? null;
    result.slopeCi = robust?.ci[pos + 1] ?? null;
  });

  const fdr = benjaminiHochberg(
    inModel.map((j) => results[j]!.p),
    q,
  );
  // LMG over the factors that are in the model (aliased ones dropped, as lm drops them).
  const columns = [
    0,
    ...data.included.flatMap((_, pos) => (fit.aliased[pos + 1] ? [] : [pos + 1])),
  ];
  const modelRows = data.rows.map((r) => columns.map((c) => r[c]!));
  const lmg = lmgShares(covariance(new Matrix(modelRows)).to2DArray());
  const boot =
    resamples > 0 && clusterCount >= 2
      ? bootstrapLmg(modelRows, data.clusters, { resamples, seed, level })
      : null;
  inModel.forEach((j, m) => {
    const result = results[j]!;
    const discovered = fdr.discovered[m]!;
    result.pAdjusted = fdr.adjusted[m] ?? null;
    result.share = lmg.shares[m]!;
    result.shareCi = boot?.shareCi[m] ?? null;
    const ci = result.slopeCi;
    result.clear = ci !== null && (ci[0] > 0 || ci[1] < 0) && discovered;
    result.label = labelAssociation(result.slope, ci, discovered);
  });
  return {
    ...base,
    r2: lmg.r2,
    r2Ci: boot?.r2Ci ?? null,
    factors: results,
    resamples: boot ? resamples : 0,
  };
}

/**
 * The cluster-robust table with each standard error raised to the classical fixed-effects one
 * where that is larger (fitOls's classical SE rescaled from n − K to `dfWithin` residual degrees
 * of freedom), intervals and p on the robust table's G − 1 df.
 */
function floorAtClassical(fit: OlsFit, dfWithin: number, level: number): CoefficientTable {
  const robust = fit.clusterRobust!;
  const df = robust.df!;
  const crit = criticalValue(level, df);
  const rescale = Math.sqrt(fit.dfResidual / dfWithin);
  const table: CoefficientTable = {
    ...robust,
    se: [...robust.se],
    statistic: [...robust.statistic],
    p: [...robust.p],
    ci: [...robust.ci],
  };
  robust.se.forEach((se, j) => {
    const classical = fit.classical.se[j];
    const b = fit.coefficients[j];
    if (se === null || classical == null || b == null || !(classical * rescale > se)) return;
    const floored = classical * rescale;
    table.se[j] = floored;
    table.ci[j] = [b - crit * floored, b + crit * floored];
    table.statistic[j] = b / floored;
    table.p[j] = twoSidedTP(b / floored, df);
  });
  return table;
}

function emptyResult(
  factor: string,
  n: number,
  available: number,
  excluded: FactorExclusion,
): FactorResult {
  return {
    factor,
    n,
    available,
    r: null,
    rCi: null,
    slope: null,
    slopeCi: null,
    se: null,
    p: null,
    pAdjusted: null,
    share: null,
    shareCi: null,
    clear: false,
    label: '不明確',
    excluded,
  };
}
