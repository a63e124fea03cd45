/**
 * The shape of the cross analysis (クロス分析) in the results: an outcome's mean per answer of a
 * question or per band of a scale, for a school's grade beside the city's, each with n and a 95%
 * interval, through the same disclosure rules as every figure.
 */
import { z } from 'zod';

export const crossCellSchema = z.object({
  n: z.number().int(),
  status: z.enum(['shown', 'caution', 'suppressed']),
  reason: z.enum(['small-group', 'complement']).nullable(),
  mean: z.number().nullable().describe('Mean outcome of the students in the cell.'),
  ci: z.tuple([z.number(), z.number()]).nullable().describe('95% interval of the mean.'),
});

export const crossBreakdownSchema = z.object({
  outcome: z.string().describe('Measure id of the outcome.'),
  by: z.object({
    kind: z.enum(['question', 'scale']),
    id: z
      .string()
      .describe('zenkoku.question.<番号>, fukushima.scale.<尺度> or isus.scale.<尺度>.'),
    label: z.string(),
  }),
  cells: z.array(
    z.object({
      key: z.string().describe('Answer code, or band index from 0.'),
      label: z.string().describe('Answer text, or the band such as 3.0〜.'),
      group: crossCellSchema.describe('The school’s grade.'),
      city: crossCellSchema.describe(
        'The city’s grade (suppressed, with complements, under minGroupSize).',
      ),
    }),
  ),
});

export type CrossCell = z.infer<typeof crossCellSchema>;
export type CrossBreakdown = z.infer<typeof crossBreakdownSchema>;
