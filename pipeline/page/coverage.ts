/**
 * The data-coverage note of a school's home page, from its join report: how many students each
 * survey has, and how many are missing from a survey that covers their grade.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { SourceId } from '../shared/types.js';
import { coverageNote } from './words/notes.js';
import { SOURCE_WORDS } from './words/terms.js';

const SOURCES = Object.keys(SOURCE_WORDS) as SourceId[];

/** Two short sentences: students per source, and students missing from each source. */
export function buildCoverageNote(join: SchoolResults['join']): string[] {
  const present = SOURCES.filter((s) => join.bySource[s] !== undefined).map((source) => ({
    source,
    count: join.bySource[source]!,
  }));
  const missing = SOURCES.map((source) => ({
    source,
    count: join.missing.filter((m) => m.source === source).length,
  })).filter(({ count }) => count > 0);
  return coverageNote(join.students, present, missing);
}
