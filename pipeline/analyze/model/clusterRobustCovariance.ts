/** Cluster-robust (sandwich) covariance of regression coefficients, HC1 form. */
import { Matrix } from 'ml-matrix';
import type { GroupKey } from './types.js';

/**
 * The cluster-robust covariance B·M·B of coefficients exactly as R's
 * `sandwich::vcovCL(fit, cluster = ~g, type = "HC1")` computes it for `lm` and `glm`:
 * M = Σ_g u_g u_gᵀ with u_g the sum over cluster g of the score rows, B the unscaled covariance
 * (X'WX)⁻¹, times the small-sample factor G/(G−1) · (N−1)/(N−K).
 *
 * `scores` is N × K (for OLS: xᵢ·eᵢ). Returns null when there are fewer than two clusters or
 * no residual degrees of freedom (N ≤ K), where the estimate does not exist.
 */
export function clusterRobustCovariance(
  scores: Matrix,
  bread: Matrix,
  clusters: readonly GroupKey[],
): Matrix | null {
  const n = scores.rows;
  const k = scores.columns;
  if (clusters.length !== n) {
    throw new RangeError(
      `clusterRobustCovariance: ${n} score rows but ${clusters.length} clusters`,
    );
  }
  const sums = new Map<GroupKey, Float64Array>();
  for (let i = 0; i < n; i++) {
    const g = clusters[i]!;
    let u = sums.get(g);
    if (!u) {
      u = new Float64Array(k);
      sums.set(g, u);
    }
    for (let j = 0; j < k; j++) u[j]! += scores.get(i, j);
  }
  const g = sums.size;
  if (g < 2 || n <= k) return null;
  const meat = new Matrix(k, k);
  for (const u of sums.values()) {
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) meat.set(a, b, meat.get(a, b) + u[a]! * u[b]!);
    }
  }
  const adjust = (g / (g - 1)) * ((n - 1) / (n - k));
  return bread.mmul(meat).mmul(bread).mul(adjust);
}

/** Number of distinct clusters. */
export function countClusters(clusters: readonly GroupKey[]): number {
  return new Set(clusters).size;
}
