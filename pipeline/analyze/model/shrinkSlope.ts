/** Empirical-Bayes pulling of a school's slope toward the city's, for wide school intervals. */
import { criticalValue } from './distributions.js';
import type { Interval } from './types.js';

/** Between-school variance of slopes by DerSimonian–Laird, with what it was computed from. */
export interface Tau2Estimate {
  /** τ², the variance of true slopes across schools (≥ 0); null with fewer than 2 schools. */
  tau2: number | null;
  /** Inverse-variance weighted mean slope; null when there is no usable school. */
  mean: number | null;
  /** Cochran's Q; null with fewer than 2 schools. */
  q: number | null;
  /** Schools used (finite slope and positive SE). */
  k: number;
}

/**
 * DerSimonian–Laird method of moments: with wᵢ = 1/seᵢ², Q = Σ wᵢ(bᵢ − b̄)² and
 * τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)). Schools whose slope or SE is missing, or whose SE
 * is not positive, are left out. Pairs by index.
 */
export function estimateTau2(
  slopes: readonly (number | null)[],
  ses: readonly (number | null)[],
): Tau2Estimate {
  const pairs = slopes.flatMap((b, i) => {
    const se = ses[i];
    return b !== null && Number.isFinite(b) && se != null && se > 0 && Number.isFinite(se)
      ? [{ b, w: 1 / (se * se) }]
      : [];
  });
  const k = pairs.length;
  if (k === 0) return { tau2: null, mean: null, q: null, k };
  const sw = pairs.reduce((s, e) => s + e.w, 0);
  const mean = pairs.reduce((s, e) => s + e.w * e.b, 0) / sw;
  if (k < 2) return { tau2: null, mean, q: null, k };
  const q = pairs.reduce((s, e) => s + e.w * (e.b - mean) ** 2, 0);
  const sw2 = pairs.reduce((s, e) => s + e.w * e.w, 0);
  return { tau2: Math.max(0, (q - (k - 1)) / (sw - sw2 / sw)), mean, q, k };
}

/** A school's slope pulled toward the city's. */
export interface ShrunkSlope {
  /** The pulled slope. */
  slope: number;
  /** Its standard error. */
  se: number;
  /** Its interval (95% by default). */
  ci: Interval;
  /** Weight of the school's own slope, τ²/(τ² + se²): 1 = not pulled, 0 = the city's slope. */
  ownWeight: number;
}

/**
 * The empirical-Bayes (normal–normal) estimate of a school's slope: the school's own slope b
 * with standard error s is pulled toward the city slope c by B = s²/(s² + τ²), giving
 * c + (1 − B)(b − c), with variance (1 − B)s² + B²·citySe² (the second term, Morris's
 * correction, counts the city slope's own uncertainty; `citySe` defaults to 0). A wide school
 * interval (large s) is pulled most. With τ² = 0 every school is given the city slope.
 *
 * LIMITATION: τ² is treated as known, so the pulled interval is slightly too narrow when few
 * schools inform τ².
 */
export function shrinkSlope(
  schoolSlope: number,
  schoolSe: number,
  citySlope: number,
  tau2: number,
  options: { citySe?: number; level?: number } = {},
): ShrunkSlope {
  const { citySe = 0, level = 0.95 } = options;
  if (!(schoolSe > 0) || !(tau2 >= 0)) {
    throw new RangeError(`shrinkSlope: se ${schoolSe} must be > 0 and τ² ${tau2} ≥ 0`);
  }
  const s2 = schoolSe * schoolSe;
  const pull = s2 / (s2 + tau2);
  const slope = citySlope + (1 - pull) * (schoolSlope - citySlope);
  const se = Math.sqrt((1 - pull) * s2 + pull * pull * citySe * citySe);
  const half = criticalValue(level) * se;
  return { slope, se, ci: [slope - half, slope + half], ownWeight: 1 - pull };
}
