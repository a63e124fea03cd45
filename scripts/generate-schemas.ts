/**
 * Writes the JSON Schema files kept in the repository from their zod definitions:
 * schemas/karte.config.schema.json (for editors completing karte.config.json),
 * schemas/results.schema.json (describing results/<学校コード>.json) and
 * schemas/city-results.schema.json (describing the board's city/results.json).
 * Run: npm run schemas. A test fails when the committed files differ from these.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemas } from './schemas.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, text] of Object.entries(renderSchemas())) {
  writeFileSync(join(root, 'schemas', name), text);
  console.log(`wrote schemas/${name}`);
}
