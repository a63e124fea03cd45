/** The JSON Schema texts generated from the zod definitions, by file name. */
import { z } from 'zod';
import { cityResultsSchema } from '../pipeline/analyze/board/schema.js';
import { schoolResultsSchema } from '../pipeline/analyze/resultsSchema.js';
import { configSchema } from '../pipeline/shared/config.js';

const render = (schema: z.ZodType, title: string, io: 'input' | 'output'): string =>
  `${JSON.stringify({ ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }), title }, null, 2)}\n`;

export function renderSchemas(): Record<string, string> {
  return {
    'karte.config.schema.json': render(
      configSchema,
      'karte configuration (karte.config.json)',
      'input',
    ),
    'results.schema.json': render(
      schoolResultsSchema,
      'karte school results (results/<学校コード>.json)',
      'output',
    ),
    'city-results.schema.json': render(
      cityResultsSchema,
      'karte city results for the board (city/results.json)',
      'output',
    ),
  };
}
