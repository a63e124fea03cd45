/** The LMG (Shapley) decomposition of R² among factors, exact over all subsets. */
import { allSubsetR2 } from './subsetR2.js';

/** Each factor's share of the model R²; the shares add up to `r2`. */
export interface LmgResult {
  /** R² of the model with every factor. */
  r2: number;
  /** Share of factor j (index j − 1 of the matrix's factors), on the R² scale. */
  shares: number[];
}

/**
 * Exact LMG shares (Lindeman, Merenda and Gold; the Shapley value of R²): factor j receives
 * Σ over subsets S without j of |S|!(p−|S|−1)!/p! · (R²(S ∪ j) − R²(S)), the average of its added
 * R² over every order of entry. `matrix` is the (p+1)×(p+1) correlation (or covariance) matrix
 * of [y, x₁…xₚ], y first. Every subset's R² comes from the matrix by Gray-code sweeps
 * ({@link allSubsetR2}), so cost is O(p·2ᵖ): a few milliseconds for 15 factors. An aliased or
 * constant factor gets share 0.
 */
export function lmgShares(matrix: readonly (readonly number[])[]): LmgResult {
  const d = matrix.length;
  const flat = new Float64Array(d * d);
  matrix.forEach((row, a) => {
    if (row.length !== d)
      throw new RangeError(`lmgShares: row ${a} has ${row.length} of ${d} entries`);
    row.forEach((v, b) => (flat[a * d + b] = v));
  });
  return lmgSharesOfFlat(flat, d - 1);
}

/** {@link lmgShares} on a flat row-major matrix with p factors; the bootstrap's fast path. */
export function lmgSharesOfFlat(matrix: Float64Array, p: number): LmgResult {
  if (p < 1) return { r2: 0, shares: [] };
  const r2 = allSubsetR2(matrix, p);
  const weights = shapleyWeights(p);
  // share_j = Σ_{S∋j} w(|S|−1)·R²(S) − Σ_{S∌j} w(|S|)·R²(S) = Σ_{S∋j} e(S) − T, with
  // e(S) = (w(|S|−1) + w(|S|))·R²(S) and T = Σ_S w(|S|)·R²(S), taking w(−1) = w(p) = 0. The sums
  // over S∋j then run over contiguous blocks of masks, a tight loop without branches.
  const size = new Uint8Array(r2.length);
  const e = new Float64Array(r2.length);
  let total = 0;
  for (let mask = 0; mask < r2.length; mask++) {
    const s = mask === 0 ? 0 : size[mask >> 1]! + (mask & 1);
    size[mask] = s;
    const v = r2[mask]!;
    const outside = weights[s] ?? 0;
    e[mask] = ((s > 0 ? weights[s - 1]! : 0) + outside) * v;
    total += outside * v;
  }
  const shares: number[] = [];
  for (let j = 0; j < p; j++) {
    const bit = 1 << j;
    let sum = 0;
    for (let base = bit; base < r2.length; base += 2 * bit) {
      for (let k = base; k < base + bit; k++) sum += e[k]!;
    }
    shares.push(sum - total);
  }
  return { r2: r2[r2.length - 1]!, shares };
}

/** w[s] = s!(p−s−1)!/p! = 1 / (p · C(p−1, s)), the Shapley weight of a subset of size s. */
function shapleyWeights(p: number): number[] {
  const weights: number[] = [];
  let binomial = 1;
  for (let s = 0; s < p; s++) {
    weights.push(1 / (p * binomial));
    binomial = (binomial * (p - 1 - s)) / (s + 1);
  }
  return weights;
}
