/** Logistic regression as R's `glm(family = binomial)`, by iteratively reweighted least squares. */
import { Matrix, QrDecomposition, inverse } from 'ml-matrix';
import { buildCoefficientTable, type CoefficientTable } from './coefficientTable.js';
import { clusterRobustCovariance, countClusters } from './clusterRobustCovariance.js';
import { decomposeFullRank } from './decomposeFullRank.js';
import type { GroupKey, Interval, Rows } from './types.js';

/** Options of {@link fitLogistic}. */
export interface LogisticOptions {
  /** Add an intercept column. Default true. */
  intercept?: boolean;
  /** Cluster of each row; adds cluster-robust (HC1) inference. */
  clusters?: readonly GroupKey[];
  /** Confidence level of the Wald intervals. Default 0.95. */
  level?: number;
  /** Convergence threshold on the relative change of deviance. Default 1e-8, as `glm.control`. */
  epsilon?: number;
  /** Iteration limit. Default 25, as `glm.control`. */
  maxIterations?: number;
}

/** Wald inference on the log-odds scale plus odds ratios and their intervals. */
export interface LogisticTable extends CoefficientTable {
  /** exp(coefficient); null for aliased columns or when it overflows. */
  oddsRatios: (number | null)[];
  /** exp of the Wald interval ends. */
  oddsRatioCi: (Interval | null)[];
}

/** A fitted logistic model; arrays follow the design columns (intercept first when added). */
export interface LogisticFit {
  n: number;
  /** Log-odds coefficients; null for aliased columns. */
  coefficients: (number | null)[];
  aliased: boolean[];
  rank: number;
  /** False when the iteration limit was reached before the deviance settled. */
  converged: boolean;
  iterations: number;
  /**
   * True when some fitted probability is numerically 0 or 1 (within 1e-10): the sign of
   * (quasi-)separation, where the maximum-likelihood estimate does not exist and the
   * coefficients and their intervals only reflect where the iterations stopped.
   */
  separation: boolean;
  /** Residual deviance, −2 log-likelihood. */
  deviance: number;
  /** Model-based Wald inference (z, normal reference), as `summary.glm` and `confint.default`. */
  classical: LogisticTable;
  /** `sandwich::vcovCL(type = "HC1")` Wald inference (normal reference); null without ≥ 2 clusters. */
  clusterRobust: (LogisticTable & { clusters: number }) | null;
}

/**
 * Fits P(y = 1) = logistic(Xb) by IRLS with R's starting values ((y + ½)/2), working weights,
 * convergence rule |dev − dev_old| / (|dev| + 0.1) < ε and clamping of the linear predictor at
 * ±30, so that its iterates and results follow `glm(y ~ X, family = binomial)`. Aliased columns
 * are dropped once, on the unweighted design, with the OLS tolerance. Separation never produces
 * NaN: it is flagged and the fit returned as it stands.
 */
// LIMITATION: aliasing is judged once on the unweighted design with tolerance 1e-7, whereas
// glm re-judges it in each weighted step with 1e-11; only nearly collinear designs differ.
// LIMITATION: there is no step-halving; with the clamped binomial link the deviance is always
// finite, which is the case glm halves for, but a diverging fit is only flagged, not rescued.
export function fitLogistic(
  y01: readonly number[],
  x: Rows,
  options: LogisticOptions = {},
): LogisticFit {
  const { intercept = true, clusters, level = 0.95, epsilon = 1e-8, maxIterations = 25 } = options;
  const n = y01.length;
  if (x.length !== n) throw new RangeError(`fitLogistic: ${n} outcomes but ${x.length} rows`);
  y01.forEach((v, i) => {
    if (v !== 0 && v !== 1)
      throw new RangeError(`fitLogistic: outcome ${v} at row ${i} is not 0 or 1`);
  });
  const design = new Matrix(x.map((row) => (intercept ? [1, ...row] : [...row])));
  const { kept, aliased, x: xKept } = decomposeFullRank(design);
  const k = kept.length;

  let eta = y01.map((v) => Math.log((v + 0.5) / 2 / (1 - (v + 0.5) / 2)));
  let mu = eta.map(inverseLogit);
  let devianceOld = deviance(y01, mu);
  let dev = devianceOld;
  let beta = new Matrix(k, 1);
  let weights = new Array<number>(n).fill(0);
  let lastQr: QrDecomposition | null = null;
  let converged = false;
  let iterations = 0;
  while (k > 0 && iterations < maxIterations) {
    iterations += 1;
    const slope = eta.map(logitDerivative);
    weights = mu.map((m, i) => (slope[i]! * slope[i]!) / (m * (1 - m)));
    const root = weights.map(Math.sqrt);
    const z = eta.map((e, i) => (e + (y01[i]! - mu[i]!) / slope[i]!) * root[i]!);
    lastQr = new QrDecomposition(xKept.clone().mulColumnVector(root));
    beta = lastQr.solve(Matrix.columnVector(z));
    eta = xKept.mmul(beta).getColumn(0);
    mu = eta.map(inverseLogit);
    dev = deviance(y01, mu);
    if (Math.abs(dev - devianceOld) / (Math.abs(dev) + 0.1) < epsilon) {
      converged = true;
      break;
    }
    devianceOld = dev;
  }

  const coefficients: (number | null)[] = aliased.map(() => null);
  kept.forEach((j, pos) => (coefficients[j] = beta.get(pos, 0)));
  // As summary.glm: the covariance comes from the weights of the last IRLS step.
  const unscaled = lastQr ? unscaledFromQr(lastQr) : null;
  const classical = withOddsRatios(
    buildCoefficientTable(coefficients, kept, unscaled, Infinity, level),
    coefficients,
  );

  let clusterRobust: LogisticFit['clusterRobust'] = null;
  if (clusters && unscaled) {
    // estfun.glm: working residual × working weight × x.
    const score = mu.map((m, i) => ((y01[i]! - m) / logitDerivative(eta[i]!)) * weights[i]!);
    const covariance = clusterRobustCovariance(
      xKept.clone().mulColumnVector(score),
      unscaled,
      clusters,
    );
    if (covariance) {
      const table = buildCoefficientTable(coefficients, kept, covariance, Infinity, level);
      clusterRobust = {
        ...withOddsRatios(table, coefficients),
        clusters: countClusters(clusters),
      };
    }
  }
  const separation = mu.some((m) => m < 1e-10 || m > 1 - 1e-10);
  return {
    n,
    coefficients,
    aliased,
    rank: k,
    converged,
    iterations,
    separation,
    deviance: dev,
    classical,
    clusterRobust,
  };
}

const THRESHOLD = 30;
const EPS = 2.220446049250313e-16;

/** The logistic function with R's clamping of η beyond ±30, so μ stays strictly inside (0, 1). */
function inverseLogit(eta: number): number {
  const t = eta < -THRESHOLD ? EPS : eta > THRESHOLD ? 1 / EPS : Math.exp(eta);
  return t / (1 + t);
}

/** dμ/dη, floored at machine epsilon beyond ±30 as in R's `binomial()$mu.eta`. */
function logitDerivative(eta: number): number {
  const e = Math.exp(eta);
  return eta > THRESHOLD || eta < -THRESHOLD ? EPS : e / ((1 + e) * (1 + e));
}

function deviance(y: readonly number[], mu: readonly number[]): number {
  let sum = 0;
  mu.forEach((m, i) => (sum += -2 * Math.log(y[i] === 1 ? m : 1 - m)));
  return sum;
}

function unscaledFromQr(qr: QrDecomposition): Matrix {
  const rInverse = inverse(qr.upperTriangularMatrix);
  return rInverse.mmul(rInverse.transpose());
}

/** Adds exp of the estimates and interval ends; an overflowing exp becomes null, not Infinity. */
function withOddsRatios(
  table: CoefficientTable,
  coefficients: readonly (number | null)[],
): LogisticTable {
  const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
  return {
    ...table,
    oddsRatios: coefficients.map((b) => (b === null ? null : finite(Math.exp(b)))),
    oddsRatioCi: table.ci.map((ci) => {
      if (!ci) return null;
      const lower = Math.exp(ci[0]);
      const upper = Math.exp(ci[1]);
      return Number.isFinite(upper) ? [lower, upper] : null;
    }),
  };
}
