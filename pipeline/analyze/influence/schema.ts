/**
 * The shape of the influencer analysis in the results (ANALYSIS.md, "Influencer analysis"): the
 * factors, the city models, a school's panel and the priority grid of a grade or class. Slopes
 * and r are per SD: outcome SDs per factor SD, both standardised city-wide within grade.
 */
import { z } from 'zod';

const interval = z
  .tuple([z.number(), z.number()])
  .nullable()
  .describe('95% interval, or null where the data cannot give one.');

/** 関連が明確 / 関連の可能性 / 不明確. */
export const associationSchema = z
  .enum(['関連が明確', '関連の可能性', '不明確'])
  .describe('The word for the association; a link is never read as a cause.');

const disclosure = {
  status: z
    .enum(['shown', 'caution', 'suppressed'])
    .describe('As for figures: suppressed = fewer than minGroupSize students, numbers withheld.'),
  reason: z.enum(['small-group', 'complement']).nullable(),
};

export const factorInfoSchema = z
  .object({
    id: z
      .string()
      .describe('fukushima.scale.<尺度>, isus.scale.<尺度> or zenkoku.question.<番号>.'),
    label: z.string(),
    survey: z.enum(['zenkoku', 'fukushima', 'isus']),
    kind: z.enum(['scale', 'question']),
    group: z.string().nullable().describe('Scale group or question category.'),
    measure: z
      .string()
      .describe(
        'The descriptive measure of the same answers (a question’s is its share of positive answers).',
      ),
    scoring: z
      .string()
      .describe(
        'How the factor’s value is made, e.g. the code reversed so that higher = more positive.',
      ),
  })
  .describe('A factor of the influencer analysis.');

export const cityFactorSchema = z.object({
  factor: z.string(),
  n: z.number().int().describe('Students in the model (complete cases).'),
  available: z.number().int().describe('Students of the population with a value of the factor.'),
  r: z.number().nullable().describe('Within-school (school×grade centred) Pearson r.'),
  rCi: interval,
  slope: z.number().nullable().describe('Per-SD slope adjusted for the other factors.'),
  slopeCi: interval.describe('Cluster-robust (HC1 by school) 95% interval, t on schools − 1 df.'),
  se: z.number().nullable(),
  p: z.number().nullable(),
  pAdjusted: z.number().nullable().describe('Benjamini–Hochberg adjusted p across the factors.'),
  share: z.number().nullable().describe('LMG (Shapley) share of the within-school R².'),
  shareCi: interval.describe('School-bootstrap percentile interval of the share.'),
  clear: z.boolean().describe('Slope interval excludes 0 and the factor survives BH at q.'),
  association: associationSchema,
  excluded: z
    .enum(['no-data', 'no-variation', 'aliased'])
    .nullable()
    .describe('Why the factor has no estimate although it entered the model.'),
});

export const binaryModelSchema = z
  .object({
    status: z.enum(['fitted', 'too-few-events', 'no-factor']),
    below: z
      .array(z.object({ grade: z.number().int(), level: z.string(), step: z.number().int() }))
      .describe('Per grade: a student counts when the level is below this one.'),
    n: z.number().int(),
    events: z.number().int().describe('Students below the level among the complete cases.'),
    converged: z.boolean(),
    separation: z.boolean().describe('Some fitted probability is 0 or 1: estimates unreliable.'),
    factors: z.array(
      z.object({
        factor: z.string(),
        oddsRatio: z.number().nullable().describe('Odds of being below, per SD within school.'),
        ci: interval.describe('Wald interval (cluster-robust by school) of the odds ratio.'),
        p: z.number().nullable(),
      }),
    ),
  })
  .describe('Logistic model of "below the level" on the same factors (within-school terms).');

export const cityModelSchema = z
  .object({
    schoolType: z.enum(['小', '中']),
    outcome: z.string().describe('Measure id of the outcome.'),
    status: z
      .enum(['shown', 'suppressed'])
      .describe('suppressed when the model has fewer complete cases than minGroupSize.'),
    reason: z.enum(['small-group']).nullable(),
    grades: z.array(z.number().int()).describe('Grades pooled (school×grade fixed effects).'),
    rowsRead: z.number().int(),
    n: z.number().int(),
    schools: z.number().int().describe('Schools among the complete cases.'),
    r2: z.number().nullable().describe('Within-school R² of the model.'),
    r2Ci: interval,
    resamples: z.number().int(),
    seed: z.number().int(),
    q: z.number(),
    factors: z.array(cityFactorSchema).describe('The factors that entered, in order.'),
    left: z
      .array(z.object({ factor: z.string(), reason: z.enum(['not-in-population', 'over-limit']) }))
      .describe('Factors considered but not entered, and why.'),
    binary: binaryModelSchema.nullable(),
  })
  .describe('The city influencer model for one 校種 and outcome (a city aggregate).');

const pulledSchema = z
  .object({
    slope: z.number(),
    ci: z.tuple([z.number(), z.number()]),
    ownWeight: z.number().describe('Weight of the school’s own slope: 1 = not pulled.'),
  })
  .describe('The school’s slope pulled toward the city’s (empirical Bayes).');

export const schoolFactorSchema = z.object({
  factor: z.string(),
  n: z.number().int().describe('Students with both the outcome and the factor.'),
  ...disclosure,
  r: z.number().nullable().describe('Within-grade r in the school.'),
  rCi: interval,
  slope: z.number().nullable().describe('Bivariate per-SD slope, within grade.'),
  slopeCi: interval,
  p: z.number().nullable(),
  association: associationSchema.describe('From the school’s own slope interval.'),
  citySlope: z.number().nullable().describe('The city’s bivariate within-school slope.'),
  citySlopeCi: interval,
  tau2: z
    .number()
    .nullable()
    .describe('Between-school variance of true slopes (DerSimonian–Laird).'),
  wide: z
    .boolean()
    .describe('The school’s SE exceeds τ: its own slope would get under half weight.'),
  pulled: pulledSchema.nullable(),
});

export const schoolModelSchema = z.object({
  status: z.enum(['fitted', 'too-few-cases']),
  n: z.number().int().describe('Complete cases.'),
  needed: z.number().int().describe('max(50, 10 × factors).'),
  r2: z.number().nullable(),
  factors: z.array(
    z.object({
      factor: z.string(),
      slope: z.number().nullable(),
      ci: interval,
      p: z.number().nullable(),
      share: z.number().nullable().describe('LMG share of the school’s within-grade R².'),
      association: associationSchema,
    }),
  ),
});

export const schoolPanelSchema = z
  .object({
    outcome: z.string(),
    grades: z.array(z.number().int()),
    n: z.number().int().describe('Students of the school with the outcome.'),
    ...disclosure,
    factors: z.array(schoolFactorSchema),
    model: schoolModelSchema.nullable().describe('Multivariable model; null when suppressed.'),
  })
  .describe('A school’s influencer panel for one outcome.');

export const gapSchema = z.object({
  factor: z.string(),
  n: z.number().int(),
  ...disclosure,
  gap: z.number().nullable().describe('Group mean minus city mean, in city SDs of the grade.'),
  ci: interval,
  call: z.enum(['above', 'below', 'unclear']),
});

export const priorityGridSchema = z
  .object({
    students: z.number().int(),
    ...disclosure,
    gaps: z.array(gapSchema),
    grids: z.array(
      z.object({
        outcome: z.string(),
        items: z
          .array(
            z.object({
              factor: z.string(),
              importance: z
                .number()
                .nullable()
                .describe(
                  'City LMG share for the outcome (its interval, slope and label: influence.city).',
                ),
              gap: z.number().nullable().describe('As in `gaps`.'),
              behind: z
                .boolean()
                .describe(
                  'The gap is on the side that goes with lower scores (against the city slope’s sign).',
                ),
              priority: z.number().describe('importance × |gap| when behind, else 0.'),
            }),
          )
          .describe('Sorted: important factors where the group is behind first.'),
      }),
    ),
  })
  .describe('The priority grid of a grade or class: no model, city importance against the gap.');

export type FactorInfo = z.infer<typeof factorInfoSchema>;
export type CityModel = z.infer<typeof cityModelSchema>;
export type CityFactor = z.infer<typeof cityFactorSchema>;
export type BinaryModel = z.infer<typeof binaryModelSchema>;
export type SchoolPanel = z.infer<typeof schoolPanelSchema>;
export type SchoolFactor = z.infer<typeof schoolFactorSchema>;
export type SchoolModel = z.infer<typeof schoolModelSchema>;
export type PriorityGrid = z.infer<typeof priorityGridSchema>;
export type Gap = z.infer<typeof gapSchema>;
