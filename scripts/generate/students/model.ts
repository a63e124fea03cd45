/**
 * The planted structure of the synthetic city: what is true in the generated data, so that the
 * analysis has something real to find and the tests can check that it is there.
 *
 * Traits (student level, each N(0, 1)):
 *   g, a common "engagement" factor that is never observed and has no effect of its own;
 *   every factor k in FACTOR_TRAITS = √0.3·g + √0.7·ε_k, so any two correlate at r = 0.3.
 *
 * Ability in each subject (国語, 算数/数学, 理科, 英語):
 *   θ = u_school + v_class + support + 0.25·grit + 0.20·efficacy + 0.15·motivation
 *       + 0.15·studyTime + e_student + d_subject
 *   u_school ~ N(0, 0.35²); v_class ~ N(0, 0.20²); support = −1.0 in a special-support class;
 *   e_student ~ N(0, 0.85²), shared by a student's subjects; d_subject ~ N(0, 0.45²).
 *   The other factors (自制心, 勤勉性, the strategies other than 人に頼る, 学習への意欲, …) have
 *   no effect on θ: their raw correlation with scores runs only through g.
 *
 * Between-school only: helpSeeking (人に頼る方略) = 0.6·h_school + 0.8·ε with
 *   h_school = 0.7·u_school/0.35 + √0.51·η. Schools with a high u have high help-seeking, but
 *   within a school it is unrelated to θ (a pooled model finds a link, a within-school one none).
 *
 * Class climate: climate ~ N(0, 1) per class, no effect on θ. victimization (被侵害) =
 *   −0.45·climate + √(1 − 0.45²)·ε; approval (承認) = 0.55·efficacy + 0.30·climate + rest.
 *
 * Growth on the 36-step ふくしま scale: round(2.2 + 0.4·grit + N(0, 1.4²)) steps.
 *
 * The observed columns are noisy measures of these traits (item loadings in the masters), so
 * observed slopes are smaller than the coefficients above.
 */

/** Student factors built on the common factor g. */
export const FACTOR_TRAITS = [
  'grit',
  'efficacy',
  'motivation',
  'studyTime',
  'selfControl',
  'diligence',
  'flexible',
  'planning',
  'task',
  'cognitive',
  'learningWill',
  'aspiration',
  'dialogue',
  'routine',
] as const;

/** Every latent a questionnaire item can measure. */
export type TraitName =
  | (typeof FACTOR_TRAITS)[number]
  | 'helpSeeking'
  | 'approval'
  | 'victimization'
  | 'perceivedClimate';

/** The coefficients of the planted model (see the file comment). */
export const PLANTED = {
  schoolSd: 0.35,
  classSd: 0.2,
  supportShift: -1.0,
  studentSd: 0.85,
  subjectSd: 0.45,
  /** Share of each factor's variance that comes from g. */
  commonShare: 0.3,
  /** Effects on θ per SD of the trait; every other trait has none. */
  effects: { grit: 0.25, efficacy: 0.2, motivation: 0.15, studyTime: 0.15 },
  helpSeeking: { schoolLoading: 0.6, schoolEffectCorrelation: 0.7 },
  climate: { victimization: -0.45, approvalFromEfficacy: 0.55, approvalFromClimate: 0.3 },
  growth: { mean: 2.2, grit: 0.4, sd: 1.4 },
} as const;

/** The standard deviation of θ within a grade of the city (regular classes), from PLANTED. */
export function thetaSd(): number {
  const p = PLANTED;
  const betas = Object.values(p.effects);
  let factorVariance = 0;
  for (const [i, a] of betas.entries()) {
    for (const [j, b] of betas.entries()) factorVariance += a * b * (i === j ? 1 : p.commonShare);
  }
  return Math.sqrt(
    p.schoolSd ** 2 + p.classSd ** 2 + factorVariance + p.studentSd ** 2 + p.subjectSd ** 2,
  );
}
