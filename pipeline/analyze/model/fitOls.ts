/** Ordinary least squares as R's `lm`, with classical and cluster-robust (HC1) inference. */
import { Matrix } from 'ml-matrix';
import { buildCoefficientTable, type CoefficientTable } from './coefficientTable.js';
import { clusterRobustCovariance, countClusters } from './clusterRobustCovariance.js';
import { decomposeFullRank } from './decomposeFullRank.js';
import type { GroupKey, Rows } from './types.js';

/** Options of {@link fitOls}. */
export interface OlsOptions {
  /** Add an intercept column of ones before the columns of X. Default true. */
  intercept?: boolean;
  /** Cluster of each row (e.g. school); when given, cluster-robust inference is added. */
  clusters?: readonly GroupKey[];
  /** Confidence level of the intervals. Default 0.95. */
  level?: number;
  /** Aliasing tolerance of the QR decomposition. Default 1e-7, as `lm`. */
  tolerance?: number;
}

/**
 * A fitted linear model. Coefficient arrays have one entry per design column: the intercept first
 * when it was added, then the columns of X in order. Aliased columns have null everywhere.
 */
export interface OlsFit {
  /** Number of rows used. */
  n: number;
  /** Estimates; null for aliased columns (R's NA). */
  coefficients: (number | null)[];
  /** True for columns dropped as linear combinations of earlier ones. */
  aliased: boolean[];
  /** Number of estimated (non-aliased) coefficients, K. */
  rank: number;
  /** N − K. */
  dfResidual: number;
  /** Residual standard error; null when dfResidual is 0. */
  sigma: number | null;
  /** R², centred when there is an intercept (as `summary.lm`); null when y has no variation. */
  r2: number | null;
  /** Adjusted R²; null when R² or the residual df is missing. */
  adjustedR2: number | null;
  /** Classical inference: σ²(X'X)⁻¹ and t with N − K df, as `summary(lm)` and `confint`. */
  classical: CoefficientTable;
  /**
   * Cluster-robust inference with `sandwich::vcovCL(type = "HC1")` standard errors and t with
   * G − 1 df (G clusters), the conservative reference for few clusters; null without clusters or
   * with fewer than two.
   */
  clusterRobust: (CoefficientTable & { clusters: number }) | null;
  /** Residuals y − Xb, one per row. */
  residuals: number[];
  /**
   * True when the residuals are rounding noise (residual SD below 1e-12 of y's): the data are
   * fitted exactly, and every standard error, p-value and interval is null rather than ~0.
   */
  perfectFit: boolean;
}

/**
 * Fits y on the columns of X (`x[i]` is row i) by least squares through a QR decomposition
 * (ml-matrix). Perfectly collinear columns are detected and dropped as R's `lm` does, never
 * producing NaN. Every statistic that does not exist for the data (no residual df, one cluster)
 * is null. Rows must be complete: no NaN, no null.
 */
export function fitOls(y: readonly number[], x: Rows, options: OlsOptions = {}): OlsFit {
  const { intercept = true, clusters, level = 0.95, tolerance = 1e-7 } = options;
  const n = y.length;
  if (x.length !== n) throw new RangeError(`fitOls: ${n} outcomes but ${x.length} rows`);
  const design = new Matrix(x.map((row) => (intercept ? [1, ...row] : [...row])));
  if (n === 0 || design.columns === 0) throw new RangeError('fitOls: empty design');
  const decomposition = decomposeFullRank(design, tolerance);
  const { kept, aliased, qr, unscaledCovariance } = decomposition;
  const yColumn = Matrix.columnVector([...y]);
  const beta = qr ? qr.solve(yColumn) : new Matrix(0, 1);
  const coefficients: (number | null)[] = aliased.map(() => null);
  kept.forEach((j, pos) => (coefficients[j] = beta.get(pos, 0)));
  const fitted =
    kept.length > 0 ? decomposition.x.mmul(beta).getColumn(0) : new Array<number>(n).fill(0);
  const residuals = y.map((v, i) => v - fitted[i]!);

  const rank = kept.length;
  const dfResidual = n - rank;
  const rss = sumSquares(residuals);
  const sigma = dfResidual > 0 ? Math.sqrt(rss / dfResidual) : null;
  const { r2, adjustedR2 } = rSquared(fitted, rss, n, dfResidual, intercept);
  const perfectFit = rss <= 1e-24 * totalSumSquares(y, intercept);
  const inferable = !perfectFit && unscaledCovariance !== null;

  const classicalCovariance =
    sigma !== null && inferable ? unscaledCovariance.clone().mul(sigma * sigma) : null;
  const classical = buildCoefficientTable(
    coefficients,
    kept,
    classicalCovariance,
    dfResidual,
    level,
  );

  let clusterRobust: OlsFit['clusterRobust'] = null;
  if (clusters && inferable) {
    const scores = decomposition.x.clone().mulColumnVector(residuals);
    const covariance = clusterRobustCovariance(scores, unscaledCovariance, clusters);
    const g = countClusters(clusters);
    if (covariance) {
      const table = buildCoefficientTable(coefficients, kept, covariance, g - 1, level);
      clusterRobust = { ...table, clusters: g };
    }
  }
  return {
    n,
    coefficients,
    aliased,
    rank,
    dfResidual,
    sigma,
    r2,
    adjustedR2,
    classical,
    clusterRobust,
    residuals,
    perfectFit,
  };
}

/** R² and adjusted R² as `summary.lm`: mss / (mss + rss), mss about the mean with an intercept. */
function rSquared(
  fitted: readonly number[],
  rss: number,
  n: number,
  dfResidual: number,
  intercept: boolean,
): { r2: number | null; adjustedR2: number | null } {
  const mean = intercept ? fitted.reduce((a, b) => a + b, 0) / n : 0;
  const mss = sumSquares(fitted.map((f) => f - mean));
  if (!(mss + rss > 0)) return { r2: null, adjustedR2: null };
  const r2 = mss / (mss + rss);
  const dfIntercept = intercept ? 1 : 0;
  const adjustedR2 = dfResidual > 0 ? 1 - (1 - r2) * ((n - dfIntercept) / dfResidual) : null;
  return { r2, adjustedR2 };
}

function totalSumSquares(y: readonly number[], intercept: boolean): number {
  const mean = intercept ? y.reduce((a, b) => a + b, 0) / y.length : 0;
  return sumSquares(y.map((v) => v - mean));
}

function sumSquares(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v * v;
  return s;
}
