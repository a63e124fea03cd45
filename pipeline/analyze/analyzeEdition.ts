/**
 * analyze: joined students → measures → observations → summaries at every scope → one results
 * object per school. Everything a page shows is computed here; later stages only present it.
 */
import type { JoinResult } from '../join/joinStudents.js';
import type { Student } from '../join/student.js';
import type { Config } from '../shared/config.js';
import type { InputData } from '../shared/types.js';
import { assembleSchool, type SchoolContext } from './assembleSchool.js';
import { createPublishedLookup } from './compare.js';
import { defineMeasures, type MeasureRegistry } from './measures.js';
import { observe } from './observe.js';
import type { SchoolResults } from './resultsSchema.js';
import { summarize, type Summaries } from './summarize.js';

export interface EditionAnalysis {
  registry: MeasureRegistry;
  summaries: Summaries;
  schools: SchoolResults[];
}

/** Families whose per-student values are plotted on a class's planes. */
const POINT_FAMILIES = new Set(['score', 'scale']);

/** Analyses an edition: one SchoolResults for every school that has students in it. */
export function analyzeEdition(
  data: InputData,
  joined: JoinResult,
  config: Config,
  meta: SchoolContext['meta'],
): EditionAnalysis {
  const registry = defineMeasures(data, config);
  const summaries = summarize(observe(joined.students, registry, data), registry);
  const ctx: SchoolContext = {
    registry,
    summaries,
    published: createPublishedLookup(data.benchmarks, data.zenkokuItems),
    minGroupSize: config.minGroupSize,
    meta,
  };
  const pointValues = (student: Student): Record<string, number> => {
    const one = observe([student], registry, data);
    const values: Record<string, number> = {};
    one.measure.forEach((id, i) => {
      if (POINT_FAMILIES.has(registry.get(student.schoolType)!.get(id)!.family))
        values[id] = one.value[i]!;
    });
    return values;
  };
  const bySchool = new Map<string, Student[]>();
  for (const s of joined.students) {
    const list = bySchool.get(s.key.school);
    if (list) list.push(s);
    else bySchool.set(s.key.school, [s]);
  }
  const reports = new Map(joined.reports.map((r) => [r.school, r]));
  const schools = data.schools
    .filter((school) => bySchool.has(school.code))
    .map((school) =>
      assembleSchool(
        school,
        bySchool.get(school.code)!,
        reports.get(school.code)!,
        pointValues,
        ctx,
      ),
    );
  return { registry, summaries, schools };
}
