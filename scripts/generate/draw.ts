/**
 * Small drawing helpers over a seeded Random, so that the generator reads as a description of
 * the data rather than as arithmetic on uniforms.
 */
import type { Random } from '../../pipeline/shared/random.js';

/** Uniform in [min, max). */
export function uniform(rng: Random, min: number, max: number): number {
  return min + (max - min) * rng.next();
}

/** Uniform integer in [min, max], both ends included. */
export function intBetween(rng: Random, min: number, max: number): number {
  return min + rng.int(max - min + 1);
}

/** True with probability p. */
export function chance(rng: Random, p: number): boolean {
  return rng.next() < p;
}

/** Normal with the given mean and standard deviation. */
export function normal(rng: Random, mean = 0, sd = 1): number {
  return mean + sd * rng.normal();
}

/** One element, uniformly. The list must not be empty. */
export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[rng.int(items.length)] as T;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** x limited to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Logistic function, 1 / (1 + e^−x). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
