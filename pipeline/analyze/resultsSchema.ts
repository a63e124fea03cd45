/**
 * The shape of `results/<学校コード>.json`: every figure a school's pages show, with its n.
 * Pages, charts and any other tool read these same numbers. The JSON Schema file
 * `schemas/results.schema.json` is generated from this definition (`npm run schemas`).
 */
import { z } from 'zod';
import { crossBreakdownSchema } from './cross/schema.js';
import {
  cityModelSchema,
  factorInfoSchema,
  priorityGridSchema,
  schoolPanelSchema,
} from './influence/schema.js';
import { statementSchema } from './statements/schema.js';

const interval = z
  .tuple([z.number(), z.number()])
  .nullable()
  .describe('95% interval, or null when n < 2.');

export const figureSchema = z
  .object({
    n: z.number().int().min(0).describe('Students behind the figure.'),
    status: z
      .enum(['shown', 'caution', 'suppressed'])
      .describe(
        'shown; caution = fewer than minGroupSize, shown only inside its own school; suppressed = numbers withheld.',
      ),
    reason: z
      .enum(['small-group', 'complement'])
      .nullable()
      .describe('Why the figure is under caution or suppressed.'),
    mean: z.number().nullable(),
    sd: z.number().nullable(),
    median: z.number().nullable(),
    q1: z.number().nullable(),
    q3: z.number().nullable(),
    ci: interval,
    counts: z
      .array(z.number().int().min(0))
      .nullable()
      .describe('Students per distribution bin (see the measure’s bins).'),
  })
  .describe('A descriptive figure of one measure for one group. Shares are in percent.');

export const referenceSchema = z.object({
  kind: z.enum(['city', 'school', 'prefecture', 'nation']),
  value: z.number(),
  diff: z.number().describe('Group mean minus the reference value.'),
  call: z
    .enum(['above', 'below', 'unclear'])
    .describe('上回る / 下回る only where the group’s 95% interval excludes the reference value.'),
});

export const itemMasterSchema = z
  .object({
    domain: z.string().nullable().describe('領域, or null where the master leaves it blank.'),
    viewpoint: z.string().nullable().describe('観点, or null where the master leaves it blank.'),
    format: z
      .string()
      .nullable()
      .describe('問題形式 (選択式, 短答式, 記述式 …), or null where the master leaves it blank.'),
  })
  .describe('An item’s 領域, 観点 and 問題形式 as zenkoku_items.csv gives them.');

export const measureInfoSchema = z.object({
  id: z.string(),
  family: z.enum(['score', 'scale', 'question', 'item', 'noAnswer', 'domain', 'viewpoint', 'grew']),
  survey: z.enum(['zenkoku', 'fukushima', 'isus']),
  subject: z.string().nullable(),
  metric: z.string(),
  label: z.string(),
  unit: z.enum(['%', '点', '段階', '']),
  decimals: z.number().int(),
  kind: z.enum(['mean', 'share']),
  group: z.string().nullable(),
  range: z
    .tuple([z.number(), z.number()])
    .nullable()
    .describe('The values a student can have; intervals are clipped to it.'),
  bins: z.array(z.string()).nullable(),
  item: itemMasterSchema
    .optional()
    .describe(
      'On an item’s own measures (its 正答率 and 無解答率): what the 設問マスタ says of it; absent on every other measure.',
    ),
});

export const measureFiguresSchema = z.object({
  measure: z.string().describe('Measure id (see `measures`).'),
  group: figureSchema.describe('The school’s (or class’s) own figure.'),
  school: figureSchema.nullable().describe('For a class: its school’s figure; null for a school.'),
  city: figureSchema.describe('The city’s figure for the same 校種 and 学年.'),
  refs: z.array(referenceSchema),
});

export const classResultsSchema = z.object({
  name: z.string().describe('組 as the school names it.'),
  students: z.number().int(),
  figures: z.array(measureFiguresSchema),
  /** Individual points for the class's planes, identified only by 出席番号. */
  points: z.array(
    z.object({ seat: z.number().int(), values: z.record(z.string(), z.number().nullable()) }),
  ),
  priorities: priorityGridSchema.describe('The class’s priority grid (no model for a class).'),
  statements: z.array(statementSchema).describe('強み・課題 of the class.'),
});

export const gradeResultsSchema = z.object({
  grade: z.number().int(),
  students: z.number().int(),
  figures: z.array(measureFiguresSchema),
  classes: z.array(classResultsSchema),
  cross: z
    .array(crossBreakdownSchema)
    .describe('クロス分析: each outcome by each question’s answers and each scale’s bands.'),
  priorities: priorityGridSchema.describe('The grade’s priority grid.'),
  statements: z.array(statementSchema).describe('強み・課題 of the grade.'),
});

export const joinReportSchema = z.object({
  school: z.string(),
  students: z.number().int(),
  bySource: z.record(z.string(), z.number().int()),
  combinations: z.array(z.object({ sources: z.array(z.string()), count: z.number().int() })),
  missing: z.array(
    z.object({
      source: z.string(),
      grade: z.number().int(),
      class: z.string(),
      seat: z.number().int(),
    }),
  ),
});

export const schoolResultsSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('karte'), version: z.string() }),
  year: z.number().int(),
  edition: z.enum(['provisional', 'final']),
  buildDate: z.string(),
  minGroupSize: z.number().int(),
  school: z.object({ code: z.string(), name: z.string(), type: z.enum(['小', '中']) }),
  measures: z.array(measureInfoSchema),
  grades: z.array(gradeResultsSchema),
  join: joinReportSchema,
  influence: z
    .object({
      factors: z.array(factorInfoSchema).describe('Candidate factors of the school’s 校種.'),
      city: z
        .array(cityModelSchema)
        .describe('The city models of the school’s 校種 (city aggregates), one per outcome.'),
      school: z.array(schoolPanelSchema).describe('The school’s panel, one per outcome.'),
      note: z.string().describe('The reminder every influencer panel carries.'),
    })
    .describe('インフルエンサー分析 (ANALYSIS.md, "Influencer analysis").'),
});

export type Figure = z.infer<typeof figureSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type MeasureInfo = z.infer<typeof measureInfoSchema>;
export type MeasureFigures = z.infer<typeof measureFiguresSchema>;
export type ClassResults = z.infer<typeof classResultsSchema>;
export type GradeResults = z.infer<typeof gradeResultsSchema>;
export type SchoolResults = z.infer<typeof schoolResultsSchema>;
