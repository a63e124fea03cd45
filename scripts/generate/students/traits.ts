/**
 * Drawing the latent side of the city: school and class effects, then each student's traits
 * and abilities, following the planted model in model.ts.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import { FACTOR_TRAITS, PLANTED, type TraitName } from './model.js';

/** What a school contributes to its students. */
export interface SchoolEffect {
  /** u_school: shift of every subject's θ. */
  ability: number;
  /** h_school: the school's level of 人に頼る方略, correlated with `ability`. */
  helpSeeking: number;
}

/** What a class contributes to its students. */
export interface ClassEffect {
  /** v_class, plus the support shift in a special-support class. */
  ability: number;
  /** The class's climate, N(0, 1); seen in I-SUS, no effect on θ. */
  climate: number;
}

/** A student's latent traits and per-subject abilities θ (keyed by subject name). */
export interface StudentLatent {
  traits: Record<TraitName, number>;
  theta: Record<string, number>;
}

/** Subjects a student gets a θ for; 算数 at 小 and 数学 at 中 share the math ability. */
const ABILITY_SUBJECTS = ['国語', 'math', '理科', '英語'] as const;

/** Draw a school's ability shift and its (correlated) level of help-seeking. */
export function drawSchoolEffect(rng: Random): SchoolEffect {
  const ability = PLANTED.schoolSd * rng.normal();
  const rho = PLANTED.helpSeeking.schoolEffectCorrelation;
  const helpSeeking = rho * (ability / PLANTED.schoolSd) + Math.sqrt(1 - rho * rho) * rng.normal();
  return { ability, helpSeeking };
}

/** Draw a class's ability shift (lower in a special-support class) and its climate. */
export function drawClassEffect(rng: Random, support: boolean): ClassEffect {
  const ability = PLANTED.classSd * rng.normal() + (support ? PLANTED.supportShift : 0);
  return { ability, climate: rng.normal() };
}

/** Draw one student of a class; `mathName` is 算数 or 数学 for the θ key of math. */
export function drawStudent(
  rng: Random,
  school: SchoolEffect,
  klass: ClassEffect,
  mathName: string,
): StudentLatent {
  const p = PLANTED;
  const g = rng.normal();
  const traits = {} as Record<TraitName, number>;
  for (const name of FACTOR_TRAITS) {
    traits[name] = Math.sqrt(p.commonShare) * g + Math.sqrt(1 - p.commonShare) * rng.normal();
  }
  const hs = p.helpSeeking.schoolLoading;
  traits.helpSeeking = hs * school.helpSeeking + Math.sqrt(1 - hs * hs) * rng.normal();
  const c = p.climate;
  traits.victimization =
    c.victimization * klass.climate + Math.sqrt(1 - c.victimization ** 2) * rng.normal();
  const approvalRest = 1 - c.approvalFromEfficacy ** 2 - c.approvalFromClimate ** 2;
  traits.approval =
    c.approvalFromEfficacy * traits.efficacy +
    c.approvalFromClimate * klass.climate +
    Math.sqrt(approvalRest) * rng.normal();
  traits.perceivedClimate = 0.7 * klass.climate + Math.sqrt(0.51) * rng.normal();

  let base = school.ability + klass.ability + p.studentSd * rng.normal();
  for (const [name, beta] of Object.entries(p.effects)) {
    base += beta * traits[name as keyof typeof p.effects];
  }
  const theta: Record<string, number> = {};
  for (const subject of ABILITY_SUBJECTS) {
    theta[subject === 'math' ? mathName : subject] = base + p.subjectSd * rng.normal();
  }
  return { traits, theta };
}
