/**
 * A cache of fitted city models under a hash of everything that decides them: the task's data and
 * options, and the source of the code that fits them. A rebuild that changes only pages, or only
 * another model's data, reuses the stored models instead of refitting (ANALYSIS.md, "Cost").
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CityTask } from './cityTask.js';
import type { CityModel } from './schema.js';

/** Stored models by key; a miss or an unreadable entry is null. */
export interface ModelCache {
  get(key: string): CityModel | null;
  set(key: string, model: CityModel): void;
}

let codeVersion: string | null = null;

/**
 * A hash of the fitting code: the model library and the files that build and fit a task, as
 * they are on disk (TypeScript sources in development, compiled JavaScript when installed), so
 * that changing the code invalidates every stored model without a version to remember.
 */
export function modelCodeVersion(): string {
  if (codeVersion !== null) return codeVersion;
  const here = dirname(fileURLToPath(import.meta.url));
  const ext = extname(fileURLToPath(import.meta.url));
  const modelDir = join(here, '..', 'model');
  const files = [
    ...readdirSync(modelDir)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => join(modelDir, f)),
    ...['cityTask', 'binaryOutcome'].map((f) => join(here, `${f}${ext}`)),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(here.length)).update(readFileSync(file));
  codeVersion = hash.digest('hex');
  return codeVersion;
}

/** The cache key of a task: sha256 of its data and options and of the fitting code. */
export function taskKey(task: CityTask): string {
  return createHash('sha256').update(modelCodeVersion()).update(JSON.stringify(task)).digest('hex');
}

/** A cache in `dir` (created when first written), one JSON file per model. */
// LIMITATION: entries are never removed; each is a few kilobytes, but a folder used for many
// years of builds keeps every model ever fitted until someone deletes <output>/.cache.
export function openModelCache(dir: string): ModelCache {
  const path = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(path(key), 'utf8')) as CityModel;
      } catch {
        return null;
      }
    },
    set(key, model) {
      mkdirSync(dir, { recursive: true });
      // Written beside and renamed, so a reader never sees half a file.
      const temporary = `${path(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(model));
      renameSync(temporary, path(key));
    },
  };
}
