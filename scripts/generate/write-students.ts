/**
 * Generating one school's students and writing their rows to the three student files. Each
 * student is drawn once and then appears, under the same key and ID, in every source that
 * surveys their grade, except on the days they were absent: each school has its own absence
 * rate (1–7%), a small skew in response rates that the join reports can show.
 */
import type { Random } from '../../pipeline/shared/random.js';
import type { CsvWriter } from './csv-writer.js';
import { chance } from './draw.js';
import type { SchoolPlan } from './city/plan.js';
import type { ZenkokuItemSpec } from './masters/zenkoku-items.js';
import { schoolYear } from './options.js';
import type { RowBuilder } from './rows/columns.js';
import { buildFukushimaRow } from './rows/fukushima-row.js';
import { buildIsusRow } from './rows/isus-row.js';
import { buildZenkokuRow } from './rows/zenkoku-row.js';
import type { Student } from './students/student.js';
import { drawClassEffect, drawSchoolEffect, drawStudent } from './students/traits.js';
import { mathSubject } from './subjects.js';

/** Where the student rows go: one writer and one row builder per student file. */
export interface StudentSinks {
  zenkoku: { writer: CsvWriter; builder: RowBuilder };
  fukushima: { writer: CsvWriter; builder: RowBuilder };
  isus: { writer: CsvWriter; builder: RowBuilder };
}

/** Chance that a seat number is skipped (a student who moved away). */
const SEAT_GAP = 0.02;
/** School years of the national test (小6, 中3) and the last of ふくしま学調 (中2). */
const ZENKOKU_YEARS = new Set([6, 9]);
const LAST_FUKUSHIMA_YEAR = 8;

/**
 * Draw every student of `school` and write their rows: round-1 I-SUS rows as they come, round-2
 * rows after the school's other rows. `nextId` hands out pseudonyms. Returns the students drawn.
 */
export function writeSchoolStudents(
  rng: Random,
  school: SchoolPlan,
  sinks: StudentSinks,
  items: readonly ZenkokuItemSpec[],
  nextId: () => string,
): number {
  const effect = drawSchoolEffect(rng);
  const absent = 0.01 + 0.06 * rng.next() ** 2;
  const secondRound: string[][] = [];
  let count = 0;
  for (const { grade, classes } of school.grades) {
    const year = schoolYear(school.type, grade);
    for (const klass of classes) {
      const classEffect = drawClassEffect(rng, klass.support);
      let seat = 0;
      for (let i = 0; i < klass.size; i++) {
        seat += chance(rng, SEAT_GAP) ? 2 : 1;
        const student: Student = {
          key: [school.code, String(grade), klass.name, String(seat)],
          id: nextId(),
          sex: chance(rng, 0.5) ? 1 : 2,
          type: school.type,
          schoolYear: year,
          latent: drawStudent(rng, effect, classEffect, mathSubject(school.type)),
        };
        count++;
        const { zenkoku, fukushima, isus } = sinks;
        if (ZENKOKU_YEARS.has(year) && !chance(rng, absent)) {
          zenkoku.writer.writeRow(buildZenkokuRow(rng, zenkoku.builder, items, student));
        }
        if (year <= LAST_FUKUSHIMA_YEAR && !chance(rng, absent)) {
          fukushima.writer.writeRow(buildFukushimaRow(rng, fukushima.builder, student));
        }
        if (!chance(rng, absent)) isus.writer.writeRow(buildIsusRow(rng, isus.builder, student, 1));
        if (school.isusRound2 && !chance(rng, 1.5 * absent)) {
          secondRound.push(buildIsusRow(rng, isus.builder, student, 2));
        }
      }
    }
  }
  for (const row of secondRound) sinks.isus.writer.writeRow(row);
  return count;
}
