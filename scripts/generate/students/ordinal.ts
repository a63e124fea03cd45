/**
 * Answers to questionnaire items as noisy, ordered readings of a latent trait: the answer
 * 1..k counts how many cut points a latent response passes. Cut points come from the share of
 * answers wanted at each level, so a population at trait 0 answers in those shares.
 */
import { probit } from 'simple-statistics';
import type { Random } from '../../../pipeline/shared/random.js';

/** Cut points (ascending, k − 1 of them) for answer shares listed from the lowest answer up. */
export function cutsFromShares(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const cuts: number[] = [];
  let cumulative = 0;
  for (const share of shares.slice(0, -1)) {
    cumulative += share / total;
    cuts.push(probit(cumulative));
  }
  return cuts;
}

/**
 * An answer 1..cuts.length+1 (1 = lowest) for a standard-normal trait value: the response is
 * loading·trait + √(1 − loading²)·noise, so `loading` is the item's correlation with the trait.
 */
export function drawOrdinal(
  rng: Random,
  trait: number,
  loading: number,
  cuts: readonly number[],
): number {
  const response = loading * trait + Math.sqrt(1 - loading * loading) * rng.normal();
  let answer = 1;
  for (const cut of cuts) if (response > cut) answer++;
  return answer;
}
