/**
 * disclose: the one place where small-group rules are applied (ANALYSIS.md, principle 1). Every
 * figure that reaches a page, chart or JSON file is made here. A group under minGroupSize is
 * shown with a caution inside its own school and suppressed for any other audience; where one
 * group of a set is suppressed, the next smallest is suppressed too so that it cannot be worked
 * out from a total (complementary suppression).
 */
import type { CityModel } from './influence/schema.js';
import type { Stats } from './summarize.js';
import type { Figure } from './resultsSchema.js';

/** Who will read the figure: its own school's staff, or anyone else (the board, other schools). */
export type Audience = 'own-school' | 'outside';

const EMPTY = { mean: null, sd: null, median: null, q1: null, q3: null, ci: null, counts: null };

/** The figure of a group for an audience; `undefined` stats (no student) give n = 0. */
export function discloseFigure(
  stats: Stats | undefined,
  audience: Audience,
  minGroupSize: number,
): Figure {
  if (!stats || stats.n === 0)
    return { n: 0, status: 'suppressed', reason: 'small-group', ...EMPTY };
  const figure: Figure = { ...stats, status: 'shown', reason: null };
  if (stats.n >= minGroupSize) return figure;
  return audience === 'own-school'
    ? { ...figure, status: 'caution', reason: 'small-group' }
    : suppress(figure, 'small-group');
}

function suppress(figure: Figure, reason: 'small-group' | 'complement'): Figure {
  return { ...figure, ...EMPTY, status: 'suppressed', reason };
}

/**
 * Complementary suppression over a set of groups that add up to a published total (for example
 * the schools of a grade, whose city figure is shown): if exactly one group is suppressed, the
 * smallest shown group is suppressed too. Returns a new array in the same order.
 */
export function suppressComplements(figures: readonly Figure[]): Figure[] {
  const result = [...figures];
  const suppressed = result.filter((f) => f.status === 'suppressed' && f.n > 0).length;
  if (suppressed !== 1) return result;
  let smallest = -1;
  result.forEach((f, i) => {
    if (f.status !== 'suppressed' && (smallest < 0 || f.n < result[smallest]!.n)) smallest = i;
  });
  if (smallest >= 0) result[smallest] = suppress(result[smallest]!, 'complement');
  return result;
}

/** The disclosure part of any published number: its status and why. */
export interface Disclosure {
  status: Figure['status'];
  reason: Figure['reason'];
}

/**
 * The disclosure of a group's number that is not a Figure (a cross-analysis cell, a factor gap of
 * a class): the same rule as {@link discloseFigure} by its n and audience.
 */
export function discloseGroup(n: number, audience: Audience, minGroupSize: number): Disclosure {
  if (n === 0) return { status: 'suppressed', reason: 'small-group' };
  if (n >= minGroupSize) return { status: 'shown', reason: null };
  return audience === 'own-school'
    ? { status: 'caution', reason: 'small-group' }
    : { status: 'suppressed', reason: 'small-group' };
}

/**
 * The disclosure of an association (r, a slope, a model) estimated from n students: suppressed
 * under minGroupSize for every audience, own school included. An association needs more
 * students than a mean to say anything, and over fewer than minGroupSize students its interval
 * spans almost every value, so it is withheld rather than shown with a caution.
 */
export function discloseAssociation(n: number, minGroupSize: number): Disclosure {
  return n >= minGroupSize
    ? { status: 'shown', reason: null }
    : { status: 'suppressed', reason: 'small-group' };
}

/**
 * Applies a disclosure to a record of numbers: when suppressed, every field named in `numbers`
 * becomes null (the n and the status stay), so no suppressed number leaves this module.
 */
export function withhold<T extends Disclosure>(record: T, numbers: readonly (keyof T)[]): T {
  if (record.status !== 'suppressed') return record;
  const out = { ...record };
  for (const key of numbers) (out as Record<keyof T, unknown>)[key] = null;
  return out;
}

/**
 * A city model for its readers: a model over fewer complete cases than minGroupSize (a tiny
 * city, or an outcome few students have) keeps its n and factor list but none of its numbers,
 * as {@link discloseAssociation} does for a school.
 */
export function discloseModel(model: CityModel, minGroupSize: number): CityModel {
  if (model.n >= minGroupSize) return model;
  return {
    ...model,
    status: 'suppressed',
    reason: 'small-group',
    r2: null,
    r2Ci: null,
    binary: null,
    factors: model.factors.map((f) => ({
      ...f,
      r: null,
      rCi: null,
      slope: null,
      slopeCi: null,
      se: null,
      p: null,
      pAdjusted: null,
      share: null,
      shareCi: null,
      clear: false,
      association: '不明確',
    })),
  };
}
