/**
 * What the association pages need to know about the factors and outcomes of the influencer
 * analysis: each factor's label, and the city model of an outcome with its factors ordered by
 * how much of the city's score variance they explain.
 */
import type { CityFactor, CityModel } from '../analyze/influence/schema.js';
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { measureIndex } from './scope.js';

/** A factor's label (e.g. `やり抜く力`, `質問03（自己肯定感）`); its id when unknown. */
export function factorLabel(results: SchoolResults, id: string): string {
  return results.influence.factors.find((f) => f.id === id)?.label ?? id;
}

/** An outcome's label (e.g. `国語 正答率`); its id when unknown. */
export function outcomeLabel(results: SchoolResults, id: string): string {
  return measureIndex(results).get(id)?.label ?? id;
}

/** The city model of an outcome for the school's 校種, if one was fitted. */
export function cityModelOf(results: SchoolResults, outcome: string): CityModel | undefined {
  return results.influence.city.find((m) => m.outcome === outcome);
}

/** The city model's factor `id` for an outcome. */
export function cityFactorOf(
  results: SchoolResults,
  outcome: string,
  id: string,
): CityFactor | undefined {
  return cityModelOf(results, outcome)?.factors.find((f) => f.factor === id);
}

/**
 * `ids` ordered by their city share of R² for the outcome, largest first; factors without a
 * share keep their order after those with one.
 */
export function byCityShare(results: SchoolResults, outcome: string, ids: readonly string[]) {
  const share = (id: string) => cityFactorOf(results, outcome, id)?.share ?? -Infinity;
  return ids
    .map((id, i) => ({ id, i }))
    .sort((a, b) => share(b.id) - share(a.id) || a.i - b.i)
    .map(({ id }) => id);
}
