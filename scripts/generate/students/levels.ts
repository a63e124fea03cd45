/**
 * The ふくしま学力調査 level scale: 36 steps, labelled `N-X` (N 1–12, X = C, B, A from low to
 * high within a level). A student's step follows their θ; the city's mean rises about one level
 * (three steps) per school year, and 英語 starts lower at 中1.
 */
import { clamp } from '../draw.js';
import { thetaSd } from './model.js';

/** Steps per SD of θ within a grade. */
export const STEPS_PER_SD = 4.2;

/** Mean step of a subject in a school year (小4 = 4 … 中2 = 8). */
export function meanStep(schoolYear: number, subject: string): number {
  return subject === '英語' ? 14 + 3 * (schoolYear - 7) : 11 + 3 * (schoolYear - 4);
}

/** A step 1–36 from θ; `noise` is a standard-normal draw for the test's own measurement error. */
export function stepFromTheta(theta: number, schoolYear: number, subject: string, noise: number) {
  const raw = meanStep(schoolYear, subject) + STEPS_PER_SD * (theta / thetaSd()) + 0.8 * noise;
  return clamp(Math.round(raw), 1, 36);
}

/** `N-X` for a step: (N − 1) × 3 + (C → 1, B → 2, A → 3) = step. */
export function levelLabel(step: number): string {
  const level = Math.floor((step - 1) / 3) + 1;
  return `${level}-${'CBA'[(step - 1) % 3]}`;
}
