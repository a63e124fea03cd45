/** The shape of the 強み・課題 sentences in the results: each tied to the figure it comes from. */
import { z } from 'zod';

export const statementSchema = z
  .object({
    kind: z
      .enum(['strength', 'issue', 'priority'])
      .describe('強み, 課題, or a priority from the influencer panel.'),
    text: z.string().describe('The sentence, in Japanese (関連・傾向 only; never a cause).'),
    source: z
      .object({
        section: z
          .enum(['figures', 'influence'])
          .describe('figures: the grade’s or class’s figures; influence: its priority grid.'),
        grade: z.number().int(),
        class: z.string().nullable().describe('組 for a class’s sentence; null for a grade’s.'),
        measure: z.string().describe('Measure id of the figure (for a priority, the factor’s).'),
        references: z
          .array(z.enum(['city', 'prefecture', 'nation']))
          .describe('The reference values the sentence compares with.'),
        outcome: z.string().nullable().describe('For a priority: the outcome measure id.'),
        factor: z.string().nullable().describe('For a priority: the factor id.'),
      })
      .describe('Where the figure behind the sentence is, so a page can link to its chart.'),
  })
  .describe(
    'One generated sentence of 強み・課題, drawn only from a figure whose interval supports it.',
  );

export type Statement = z.infer<typeof statementSchema>;
