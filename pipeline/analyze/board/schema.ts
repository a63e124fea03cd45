/**
 * The shape of `city/results.json`, the board's file: the city's figures per 校種 and grade, the
 * city influencer models and a data-quality summary. It names no school and orders none: the
 * spread of school results is given only as binned counts, small schools suppressed.
 * `schemas/city-results.schema.json` is generated from this definition (`npm run schemas`).
 */
import { z } from 'zod';
import { crossBreakdownSchema } from '../cross/schema.js';
import { cityModelSchema, factorInfoSchema } from '../influence/schema.js';
import { figureSchema, measureInfoSchema, referenceSchema } from '../resultsSchema.js';

export const schoolSpreadSchema = z
  .object({
    bins: z.array(z.string()).describe('Bins of a school’s mean, low to high.'),
    counts: z.array(z.number().int().min(0)).describe('Schools per bin.'),
    shown: z.number().int().describe('Schools counted in the bins.'),
    suppressed: z
      .number()
      .int()
      .describe('Schools left out: under minGroupSize, or suppressed as their complement.'),
  })
  .describe('How the schools’ means spread: counts only, no names, codes or order.');

export const dataQualitySchema = z.object({
  files: z.array(
    z.object({
      id: z.string(),
      present: z.boolean(),
      rowsRead: z.number().int(),
      rowsAccepted: z.number().int(),
      rowsRejected: z.number().int(),
      warnings: z.number().int(),
    }),
  ),
  issues: z
    .array(z.object({ code: z.string(), file: z.string(), count: z.number().int() }))
    .describe('Rejected rows and values read as missing, counted by code and file.'),
  join: z.object({
    students: z.number().int(),
    bySource: z.record(z.string(), z.number().int()),
    combinations: z.array(z.object({ sources: z.array(z.string()), count: z.number().int() })),
    missing: z
      .array(z.object({ source: z.string(), count: z.number().int() }))
      .describe('Students absent from a source that covers their grade.'),
  }),
});

export const cityResultsSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('karte'), version: z.string() }),
  year: z.number().int(),
  edition: z.enum(['provisional', 'final']),
  buildDate: z.string(),
  minGroupSize: z.number().int(),
  types: z.array(
    z.object({
      schoolType: z.enum(['小', '中']),
      schools: z.number().int(),
      students: z.number().int(),
      measures: z.array(measureInfoSchema),
      factors: z.array(factorInfoSchema),
      grades: z.array(
        z.object({
          grade: z.number().int(),
          students: z.number().int(),
          figures: z.array(
            z.object({
              measure: z.string(),
              city: figureSchema,
              refs: z.array(referenceSchema).describe('福島県・全国 where published.'),
              schools: schoolSpreadSchema.nullable().describe('For scores only.'),
            }),
          ),
          cross: z.array(crossBreakdownSchema),
        }),
      ),
      models: z.array(cityModelSchema),
    }),
  ),
  dataQuality: dataQualitySchema,
  note: z.string(),
});

export type CityResults = z.infer<typeof cityResultsSchema>;
export type SchoolSpread = z.infer<typeof schoolSpreadSchema>;
export type DataQuality = z.infer<typeof dataQualitySchema>;
