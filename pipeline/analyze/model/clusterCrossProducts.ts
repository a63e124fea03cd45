/**
 * Per-cluster sufficient statistics of a data matrix (count, sums, cross-products), so that the
 * covariance matrix of any resample of whole clusters is a weighted sum over clusters: O(G·d²)
 * per resample instead of O(n·d²).
 */
import type { GroupKey, Rows } from './types.js';

/** Sums per cluster of d-column rows. Arrays are flat: cluster c's block starts at c·d (c·d²). */
export interface ClusterCrossProducts {
  /** Columns per row. */
  dimension: number;
  /** Cluster labels in order of first appearance. */
  clusters: GroupKey[];
  /** Rows per cluster. */
  counts: Float64Array;
  /** Σ z per cluster (G × d), z = row minus the whole-sample column means. */
  sums: Float64Array;
  /** Σ z zᵀ per cluster (G × d × d). */
  products: Float64Array;
}

/**
 * Accumulates the per-cluster statistics of `rows`, after subtracting the whole-sample column
 * means (which leaves every covariance unchanged and keeps the sums small and exact).
 */
export function sumClusterCrossProducts(
  rows: Rows,
  clusters: readonly GroupKey[],
): ClusterCrossProducts {
  if (rows.length !== clusters.length) {
    throw new RangeError(
      `sumClusterCrossProducts: ${rows.length} rows but ${clusters.length} clusters`,
    );
  }
  const d = rows[0]?.length ?? 0;
  const means = new Float64Array(d);
  for (const row of rows) for (let a = 0; a < d; a++) means[a]! += row[a]! / rows.length;
  const index = new Map<GroupKey, number>();
  for (const c of clusters) if (!index.has(c)) index.set(c, index.size);
  const g = index.size;
  const counts = new Float64Array(g);
  const sums = new Float64Array(g * d);
  const products = new Float64Array(g * d * d);
  const z = new Float64Array(d);
  rows.forEach((row, i) => {
    const c = index.get(clusters[i]!)!;
    counts[c]! += 1;
    for (let a = 0; a < d; a++) {
      z[a] = row[a]! - means[a]!;
      sums[c * d + a]! += z[a]!;
    }
    const base = c * d * d;
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) products[base + a * d + b]! += z[a]! * z[b]!;
    }
  });
  // Only the upper triangle was accumulated; mirror it once here.
  for (let c = 0; c < g; c++) {
    const base = c * d * d;
    for (let a = 0; a < d; a++)
      for (let b = 0; b < a; b++) products[base + a * d + b] = products[base + b * d + a]!;
  }
  return { dimension: d, clusters: [...index.keys()], counts, sums, products };
}

/**
 * The sample covariance matrix (n − 1 denominator, flat d×d) of the data made of cluster c taken
 * `weights[c]` times. Writes into `out` when given. Returns null with fewer than two rows.
 */
export function covarianceOfClusters(
  cp: ClusterCrossProducts,
  weights: ArrayLike<number>,
  out = new Float64Array(cp.dimension * cp.dimension),
): Float64Array | null {
  const d = cp.dimension;
  const dd = d * d;
  let n = 0;
  const sum = new Float64Array(d);
  out.fill(0);
  for (let c = 0; c < cp.counts.length; c++) {
    const w = weights[c]!;
    if (w === 0) continue;
    n += w * cp.counts[c]!;
    for (let a = 0; a < d; a++) sum[a]! += w * cp.sums[c * d + a]!;
    const base = c * dd;
    for (let k = 0; k < dd; k++) out[k]! += w * cp.products[base + k]!;
  }
  if (n < 2) return null;
  for (let a = 0; a < d; a++) {
    for (let b = 0; b < d; b++)
      out[a * d + b] = (out[a * d + b]! - (sum[a]! * sum[b]!) / n) / (n - 1);
  }
  return out;
}
