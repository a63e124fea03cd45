/** The three words a factor's association is given on the school and city panels. */
import { criticalValue } from './distributions.js';
import type { Interval } from './types.js';

/** 関連が明確 (clear), 関連の可能性 (possible), 不明確 (unclear). */
export type AssociationLabel = '関連が明確' | '関連の可能性' | '不明確';

/**
 * Labels an estimate (a slope or an r) from its 95% interval:
 *
 * - **関連が明確**: the interval excludes 0, and, when `discovered` is given, the factor also
 *   survived the Benjamini–Hochberg control across factors (city level, q = 0.10).
 * - **関連の可能性**: not clear, but the estimate leans one way: either the interval excludes 0
 *   and the factor did not survive BH, or the 80% interval excludes 0. The 80% interval is
 *   read off the 95% one: 0 lies outside it when |estimate| exceeds z₀.₉₀/z₀.₉₇₅ ≈ 0.654 times
 *   the distance from the estimate to the interval's end on the side of 0 (exact for a
 *   normal-based interval, close for a Fisher-z one).
 * - **不明確**: otherwise, including when the estimate or interval is missing.
 *
 * The words are for 関連 only; nothing here is read as a cause.
 */
export function labelAssociation(
  estimate: number | null,
  ci: Interval | null,
  discovered?: boolean,
): AssociationLabel {
  if (estimate === null || ci === null) return '不明確';
  const [lower, upper] = ci;
  const excludesZero = lower > 0 || upper < 0;
  if (excludesZero) return discovered === false ? '関連の可能性' : '関連が明確';
  const towardZero = estimate >= 0 ? estimate - lower : upper - estimate;
  const ratio = criticalValue(0.8) / criticalValue(0.95);
  return Math.abs(estimate) > ratio * towardZero ? '関連の可能性' : '不明確';
}
