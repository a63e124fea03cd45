/**
 * The synthetic city, end to end: masters → plan → schools.csv → students, one school at a
 * time, streamed into the three student files. Same options, same bytes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { planCity } from './city/plan-city.js';
import type { SchoolPlan } from './city/plan.js';
import { openCsvWriter } from './csv-writer.js';
import { FILES, type GeneratedFile } from './files.js';
import { buildBenchmarks } from './masters/benchmarks.js';
import { buildZenkokuItems } from './masters/zenkoku-items.js';
import type { GenerateOptions } from './options.js';
import { RowBuilder } from './rows/columns.js';
import { fukushimaHeader } from './rows/fukushima-row.js';
import { isusHeader } from './rows/isus-row.js';
import { zenkokuHeader } from './rows/zenkoku-row.js';
import { randomFor } from './seed.js';
import { createIdSource } from './students/student.js';
import { writeSchoolStudents, type StudentSinks } from './write-students.js';
import {
  writeBenchmarks,
  writeIsusItems,
  writeZenkokuItems,
  writeZenkokuQuestions,
} from './write-masters.js';

/** What a run wrote. */
export interface GenerateSummary {
  schools: number;
  /** Students drawn, including those absent from every source. */
  students: number;
  /** Data rows written per file (the header not counted). */
  rows: Record<GeneratedFile, number>;
}

/** Generate a city into `options.out` (created if missing) and say what was written. */
export function generateCity(options: GenerateOptions): GenerateSummary {
  const { out, seed, year, size } = options;
  mkdirSync(out, { recursive: true });
  const items = buildZenkokuItems(randomFor(seed, year, 'zenkoku-items'));
  const plan = planCity(randomFor(seed, year, size, 'plan'), size);
  const rows = {
    zenkokuItems: writeZenkokuItems(out, items),
    zenkokuQuestions: writeZenkokuQuestions(out),
    isusItems: writeIsusItems(out),
    benchmarks: writeBenchmarks(out, buildBenchmarks(randomFor(seed, year, 'benchmarks'), items)),
    schools: writeSchools(out, plan),
  };
  const sink = (file: GeneratedFile, header: string[]) => ({
    writer: openCsvWriter(join(out, FILES[file].name), header, FILES[file].dialect),
    builder: new RowBuilder(header),
  });
  const sinks: StudentSinks = {
    zenkoku: sink('zenkoku', zenkokuHeader(items)),
    fukushima: sink('fukushima', fukushimaHeader()),
    isus: sink('isus', isusHeader()),
  };
  const nextId = createIdSource(randomFor(seed, year, size, 'id'));
  let students = 0;
  for (const school of plan) {
    const rng = randomFor(seed, year, size, school.code);
    students += writeSchoolStudents(rng, school, sinks, items, nextId);
  }
  return {
    schools: plan.length,
    students,
    rows: {
      ...rows,
      zenkoku: sinks.zenkoku.writer.close(),
      fukushima: sinks.fukushima.writer.close(),
      isus: sinks.isus.writer.close(),
    },
  };
}

function writeSchools(out: string, plan: readonly SchoolPlan[]): number {
  const { name, dialect } = FILES.schools;
  const writer = openCsvWriter(
    join(out, name),
    ['学校コード', '学校名', '校種', '地区', '送付先メール'],
    dialect,
  );
  for (const s of plan) writer.writeRow([s.code, s.name, s.type, s.district, s.emails.join(';')]);
  return writer.close();
}
