/**
 * R² of every subset of factors from one correlation matrix: the engine of the LMG shares.
 * Subsets are visited in reflected Gray-code order, so each step adds or removes one factor,
 * and each step is one sweep (Gaussian elimination on one pivot) of a conditional covariance
 * matrix. The highest factor changes least often, so its sweep is done on the full matrix and
 * the lower factors' sweeps on ever smaller ones: about 6·2ᵖ multiply-adds in all instead of
 * 2ᵖ·p², which is what makes 1,000 bootstrap resamples of 15 factors affordable.
 */

/** Largest number of factors accepted: 2ᵖ values must fit in memory. */
export const MAX_SUBSET_FACTORS = 20;

/**
 * Calls `visit(mask, r2)` for each of the 2ᵖ subsets of the p factors of `matrix`, in reflected
 * Gray-code order from the empty set (mask i ^ (i >> 1) at step i, so consecutive subsets differ
 * by one factor); bit j − 1 of `mask` is factor j. `matrix` is the (p+1)×(p+1) covariance or
 * correlation matrix of [y, x₁…xₚ], row-major and flat. R² is that of the least-squares fit of y
 * on the subset (with intercept, as from centred data).
 *
 * A factor with no variance, or whose variance left after the factors already in the subset is
 * below `tolerance` (default 1e-10) of its own, is aliased: adding it changes nothing, as R's
 * `lm` would drop it. When y has no variance every R² is 0.
 */
export function forEachSubsetR2(
  matrix: Float64Array,
  p: number,
  visit: (mask: number, r2: number) => void,
  tolerance = 1e-10,
): void {
  if (p > MAX_SUBSET_FACTORS)
    throw new RangeError(`at most ${MAX_SUBSET_FACTORS} factors, got ${p}`);
  const d = p + 1;
  if (matrix.length !== d * d) throw new RangeError(`matrix of ${matrix.length} for ${p} factors`);
  const top = toCorrelation(matrix, d);
  if (top === null || p === 0) {
    for (let i = 0; i < 2 ** p; i++) visit(i ^ (i >> 1), 0);
    return;
  }
  // buffers[m] holds a level-m matrix: [y, x₁…x_m] given the factors above m in the subset.
  const buffers = Array.from({ length: p }, () => new Float64Array(d * d));
  const record = (mask: number, residual: number) =>
    visit(mask, Math.min(1, Math.max(0, 1 - residual)));

  const descend = (m: number, buf: Float64Array, mask: number, reversed: boolean): void => {
    const pivot = buf[m * d + m]!;
    if (m === 1) {
      const without = buf[0]!;
      const within = pivot > tolerance ? without - (buf[1]! * buf[1]!) / pivot : without;
      if (reversed) {
        record(mask | 1, within);
        record(mask, without);
      } else {
        record(mask, without);
        record(mask | 1, within);
      }
      return;
    }
    const swept = pivot > tolerance ? sweepInto(buf, buffers[m - 1]!, m, d) : buf;
    const bit = 1 << (m - 1);
    if (reversed) {
      descend(m - 1, swept, mask | bit, false);
      descend(m - 1, buf, mask, true);
    } else {
      descend(m - 1, buf, mask, false);
      descend(m - 1, swept, mask | bit, true);
    }
  };
  descend(p, top, 0, false);
}

/** All 2ᵖ subset R² values, indexed by mask (see {@link forEachSubsetR2}). */
export function allSubsetR2(matrix: Float64Array, p: number, tolerance = 1e-10): Float64Array {
  const r2 = new Float64Array(2 ** p);
  forEachSubsetR2(matrix, p, (mask, value) => (r2[mask] = value), tolerance);
  return r2;
}

/**
 * Eliminates factor m from the leading (m+1)×(m+1) block of `from`, writing the m×m block of
 * [y, x₁…x_{m−1}] given x_m into `to`: a_ab − a_am·a_mb / a_mm.
 */
function sweepInto(from: Float64Array, to: Float64Array, m: number, d: number): Float64Array {
  const rowM = m * d;
  const inverse = 1 / from[rowM + m]!;
  for (let a = 0; a < m; a++) {
    const factor = from[a * d + m]! * inverse;
    const rowA = a * d;
    for (let b = a; b < m; b++) {
      const value = from[rowA + b]! - factor * from[rowM + b]!;
      to[rowA + b] = value;
      to[b * d + a] = value;
    }
  }
  return to;
}

/** The correlation matrix of a covariance matrix; zero-variance factors get zero rows. */
function toCorrelation(matrix: Float64Array, d: number): Float64Array | null {
  const scale = Array.from({ length: d }, (_, i) => {
    const v = matrix[i * d + i]!;
    return v > 0 && Number.isFinite(v) ? 1 / Math.sqrt(v) : 0;
  });
  if (scale[0] === 0) return null;
  const out = new Float64Array(d * d);
  for (let a = 0; a < d; a++) {
    for (let b = 0; b < d; b++) {
      const value = matrix[a * d + b]! * scale[a]! * scale[b]!;
      if (!Number.isFinite(value))
        throw new RangeError('subset R²: the matrix has a non-finite entry');
      out[a * d + b] = value;
    }
  }
  return out;
}
