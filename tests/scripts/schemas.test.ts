import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemas } from '../../scripts/schemas.js';

describe('committed JSON Schema files', () => {
  it.each(Object.entries(renderSchemas()))(
    '%s matches its zod definition (run npm run schemas)',
    (name, text) => {
      expect(readFileSync(`schemas/${name}`, 'utf8')).toBe(text);
    },
  );
});
