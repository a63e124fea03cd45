/**
 * Plans of the scaled cities (`city`, `prefecture`). School sizes are skewed as real ones are:
 * about one school in eight is a small rural school of a few students per grade, the rest
 * follow a log-normal spread; sizes are then scaled so that each grade totals about the
 * size's students per grade. About half the schools have special-support classes.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import type { SchoolType } from '../../../pipeline/shared/types.js';
import { chance, intBetween, normal, pick, uniform } from '../draw.js';
import { GRADES, type ScaledSize } from '../options.js';
import {
  HOME_CITY,
  OTHER_MUNICIPALITIES,
  shareByWeight,
  type Municipality,
} from './municipalities.js';
import {
  DISTRICTS,
  ROUND2_DISTRICTS,
  SUPPORT_CLASS_NAMES,
  schoolCode,
  schoolEmails,
  splitIntoClasses,
  type GradePlan,
  type SchoolPlan,
} from './plan.js';
import { drawNameStems, schoolName } from './school-names.js';

const RURAL_SHARE = 0.12;
/** A school below this many students per grade is placed in the 山間 district. */
const RURAL_SIZE = 15;

// LIMITATION: at the prefecture size every municipality answers I-SUS, although it is one city's
// own survey; that size exists to time the pipeline on a large input, not to model a prefecture.

/** Plan a scaled city; the home city gets the `city` counts and other municipalities the rest. */
export function planScaled(rng: Random, size: ScaledSize, home: ScaledSize): SchoolPlan[] {
  const plans: SchoolPlan[] = [];
  for (const type of ['小', '中'] as const) {
    const count = type === '小' ? size.elementary : size.juniorHigh;
    const homeCount = Math.min(count, type === '小' ? home.elementary : home.juniorHigh);
    const shares = shareByWeight(count - homeCount, OTHER_MUNICIPALITIES);
    const stems = drawNameStems(rng, count);
    const weights = Array.from({ length: count }, () =>
      chance(rng, RURAL_SHARE) ? uniform(rng, 0.08, 0.3) : Math.exp(normal(rng, 0, 0.5)),
    );
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const places: Municipality[] = [
      ...Array<Municipality>(homeCount).fill(HOME_CITY),
      ...OTHER_MUNICIPALITIES.flatMap((m, i) => Array<Municipality>(shares[i] ?? 0).fill(m)),
    ];
    const numbers = new Map<string, number>();
    places.forEach((place, i) => {
      const number = (numbers.get(place.code) ?? 0) + 1;
      numbers.set(place.code, number);
      const base = ((weights[i] ?? 1) * size.studentsPerGrade) / weightSum;
      plans.push(planSchool(rng, type, place, number, stems[i] ?? '', base));
    });
  }
  return plans.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function planSchool(
  rng: Random,
  type: SchoolType,
  place: Municipality,
  number: number,
  stem: string,
  base: number,
): SchoolPlan {
  const code = schoolCode(place.code, type, number);
  const rural = base < RURAL_SIZE;
  const district = rural ? '山間' : pick(rng, DISTRICTS.slice(0, -1));
  const letters = type === '中' && chance(rng, 0.15);
  const supportNames = chance(rng, 0.5) ? [pick(rng, SUPPORT_CLASS_NAMES)] : [];
  if (supportNames.length > 0 && chance(rng, 0.3)) supportNames.push('ひまわり');
  const grades: GradePlan[] = GRADES[type].map((grade) => {
    const regular = Math.max(2, Math.round(base * Math.exp(normal(rng, 0, 0.07))));
    const classes = splitIntoClasses(regular, letters);
    for (const name of new Set(supportNames)) {
      if (chance(rng, 0.7)) classes.push({ name, size: intBetween(rng, 1, 8), support: true });
    }
    return { grade, classes };
  });
  return {
    code,
    name: schoolName(place.name, stem, type),
    type,
    district,
    emails: schoolEmails(code, chance(rng, 0.2), chance(rng, 0.05)),
    grades,
    isusRound2: place === HOME_CITY && ROUND2_DISTRICTS.includes(district),
  };
}
