/**
 * QR decomposition of a design matrix after dropping aliased columns, the way R's `lm` does:
 * a column is aliased when it is (within tolerance) a linear combination of the kept columns
 * before it, and its coefficient is then reported as missing instead of making the fit fail.
 */
import { Matrix, QrDecomposition, inverse } from 'ml-matrix';

/** The full-rank part of a design matrix and what was dropped. */
export interface FullRankQr {
  /** Original indices of the kept columns, in order. */
  kept: number[];
  /** Per original column: true when it was dropped as aliased (or all zero). */
  aliased: boolean[];
  /** The kept columns, n × kept.length. */
  x: Matrix;
  /** QR of `x`; null when no column is kept. */
  qr: QrDecomposition | null;
  /** (X'X)⁻¹ of the kept columns, from R⁻¹R⁻ᵀ; null when no column is kept. */
  unscaledCovariance: Matrix | null;
}

/**
 * Splits `x` (n × k) into kept and aliased columns and decomposes the kept ones. Column j is
 * aliased when the part of it not explained by the kept columns before it has a norm below
 * `tolerance` × its own norm: the rule of LINPACK's `dqrdc2` that R's `lm` applies with
 * tol = 1e-7 (the default here). With more columns than rows, the columns after the first n
 * independent ones are aliased.
 */
export function decomposeFullRank(x: Matrix, tolerance = 1e-7): FullRankQr {
  const n = x.rows;
  const norms = Array.from({ length: x.columns }, (_, j) => columnNorm(x, j));
  let kept = norms.flatMap((norm, j) => (norm > 0 ? [j] : []));
  let qr: QrDecomposition | null = null;
  let xKept = new Matrix(n, 0);
  // Each pass drops the first aliased column and decomposes again, so that a later column is
  // judged only against columns that are truly kept (a near-zero pivot left in place would
  // distort every pivot after it).
  for (;;) {
    const trial = kept.slice(0, Math.min(kept.length, n));
    if (trial.length === 0) {
      qr = null;
      kept = [];
      xKept = new Matrix(n, 0);
      break;
    }
    xKept = x.subMatrixColumn(trial);
    qr = new QrDecomposition(xKept);
    const r = qr.upperTriangularMatrix;
    const first = trial.findIndex((j, pos) => Math.abs(r.get(pos, pos)) < tolerance * norms[j]!);
    if (first >= 0) {
      kept = kept.filter((j) => j !== trial[first]);
      continue;
    }
    kept = trial;
    break;
  }
  const keptSet = new Set(kept);
  const aliased = norms.map((_, j) => !keptSet.has(j));
  let unscaledCovariance: Matrix | null = null;
  if (qr) {
    const rInverse = inverse(qr.upperTriangularMatrix);
    unscaledCovariance = rInverse.mmul(rInverse.transpose());
  }
  return { kept, aliased, x: xKept, qr, unscaledCovariance };
}

function columnNorm(x: Matrix, j: number): number {
  const column = x.getColumn(j);
  const scale = column.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (scale === 0) return 0;
  return scale * Math.sqrt(column.reduce((s, v) => s + (v / scale) ** 2, 0));
}
