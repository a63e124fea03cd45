/** False discovery rate control across factors (Benjamini–Hochberg step-up). */

/** Adjusted p-values and the discoveries at the chosen rate. */
export interface FdrResult {
  /** BH-adjusted p-values, as R's `p.adjust(p, method = "BH")`; null where p was null. */
  adjusted: (number | null)[];
  /** True where the adjusted p is at most q. */
  discovered: boolean[];
  /** The false discovery rate used. */
  q: number;
}

/**
 * Benjamini–Hochberg adjustment: the adjusted value of the i-th smallest of m p-values is
 * min over j ≥ i of min(1, m·p₍ⱼ₎/j). Missing p-values (null) are left out of m and stay null,
 * as R does with NA. A factor is a discovery when its adjusted p ≤ q (default 0.10, the
 * influencer analysis's rate).
 */
export function benjaminiHochberg(pValues: readonly (number | null)[], q = 0.1): FdrResult {
  const order = pValues
    .map((p, i) => ({ p, i }))
    .filter((e): e is { p: number; i: number } => e.p !== null)
    .sort((a, b) => b.p - a.p || b.i - a.i);
  const m = order.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 1;
  order.forEach(({ p, i }, k) => {
    running = Math.min(running, (m / (m - k)) * p);
    adjusted[i] = Math.min(1, running);
  });
  return { adjusted, discovered: adjusted.map((a) => a !== null && a <= q), q };
}
