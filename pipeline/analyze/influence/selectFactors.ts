/**
 * Which factors enter the model of an outcome. A factor the outcome's population does not have
 * (ふくしま scales for 中3, national questions for 小4) is left out rather than allowed to wipe
 * out the complete cases; of the rest, the first 15 in the candidates' order enter.
 */
import type { FactorDef } from './factors.js';
import type { StudentFrame } from './frame.js';

/** At most this many factors enter one model (ANALYSIS.md, "Cost"). */
export const MAX_MODEL_FACTORS = 15;

/** A factor is in the population when this share of each grade's outcome holders have it. */
export const FACTOR_COVERAGE = 0.5;

/** The population and factors of one model. */
export interface FactorSelection {
  /** Grades where some student has the outcome. */
  grades: number[];
  /** Factor ids that enter, in order. */
  entered: string[];
  /** Candidates left out, and why. */
  left: { factor: string; reason: 'not-in-population' | 'over-limit' }[];
}

/**
 * Selects the factors of the model of `outcome` from `candidates` (in order): a factor is in the
 * population when, in every grade where some student has the outcome, at least half of those
 * students have a value of it.
 */
export function selectFactors(
  frame: StudentFrame,
  outcome: string,
  candidates: readonly FactorDef[],
): FactorSelection {
  const y = frame.outcomes.get(outcome)!;
  const holders = new Map<number, number[]>();
  y.forEach((v, i) => {
    if (v === null) return;
    const g = frame.grade[i]!;
    const list = holders.get(g);
    if (list) list.push(i);
    else holders.set(g, [i]);
  });
  const grades = [...holders.keys()].sort((a, b) => a - b);
  const selection: FactorSelection = { grades, entered: [], left: [] };
  for (const factor of candidates) {
    const x = frame.factors.get(factor.id)!;
    const covered =
      grades.length > 0 &&
      [...holders.values()].every(
        (list) => list.filter((i) => x[i] !== null).length >= FACTOR_COVERAGE * list.length,
      );
    if (!covered) selection.left.push({ factor: factor.id, reason: 'not-in-population' });
    else if (selection.entered.length >= MAX_MODEL_FACTORS)
      selection.left.push({ factor: factor.id, reason: 'over-limit' });
    else selection.entered.push(factor.id);
  }
  return selection;
}
