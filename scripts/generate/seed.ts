/**
 * Seeds for the synthetic city. Every part of the city (the masters, the school plan, each
 * school's students) draws from its own stream, derived from the run's seed and a label, so that
 * changing one part (say, the number of schools) leaves the draws of the others where they were.
 */
import { createRandom, type Random } from '../../pipeline/shared/random.js';

/** A 32-bit seed from a parent seed and labels (FNV-1a over their text); same inputs, same seed. */
export function deriveSeed(seed: number, ...labels: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}|${labels.join('|')}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A seeded generator for one labelled part of the city. */
export function randomFor(seed: number, ...labels: readonly (string | number)[]): Random {
  return createRandom(deriveSeed(seed, ...labels));
}
