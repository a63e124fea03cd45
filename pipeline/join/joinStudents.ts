/**
 * join: the sources of one edition, student by student. Keys come from every source the edition
 * uses; a student missing from a source is kept with that source `null` and counted in the
 * school's join report.
 */
import type { Config, EditionDef } from '../shared/config.js';
import type { InputData, School, SourceId, SourceRow, StudentKey } from '../shared/types.js';
import { keyString } from '../shared/types.js';
import { buildJoinReports, type JoinReport } from './joinReport.js';
import { indexItems, scoreZenkoku } from './scoreZenkoku.js';
import { scoreFukushima } from './scoreFukushima.js';
import { indexScales, scoreIsus } from './scoreIsus.js';
import type { Student } from './student.js';
import type { IsusRow } from '../shared/types.js';

export interface JoinResult {
  students: Student[];
  /** One report per school that has at least one student in the edition. */
  reports: JoinReport[];
}

/** Whether a key belongs to the edition (its grade is one of the edition's for the school type). */
function inEdition(key: StudentKey, schools: Map<string, School>, edition: EditionDef): boolean {
  const school = schools.get(key.school);
  return school !== undefined && edition.grades[school.type].includes(key.grade);
}

/** For isus, one row per student: the configured round, or each student's latest. */
export function pickIsusRound(rows: readonly IsusRow[], round: Config['isus']['round']): IsusRow[] {
  const chosen = new Map<string, IsusRow>();
  for (const row of rows) {
    if (round !== 'latest' && row.round !== round) continue;
    const id = keyString(row.key);
    const current = chosen.get(id);
    if (!current || row.round > current.round) chosen.set(id, row);
  }
  return [...chosen.values()];
}

/** Joins the edition's sources into students, sorted by school, grade, class and seat. */
export function joinStudents(data: InputData, edition: EditionDef, config: Config): JoinResult {
  const schools = new Map(data.schools.map((s) => [s.code, s]));
  const students = new Map<string, Student>();
  const uses = (source: SourceId) => edition.sources.includes(source);

  const studentFor = (row: SourceRow): Student | null => {
    if (!inEdition(row.key, schools, edition)) return null;
    const id = keyString(row.key);
    let student = students.get(id);
    if (!student) {
      const schoolType = schools.get(row.key.school)!.type;
      student = {
        key: row.key,
        schoolType,
        id: row.id,
        zenkoku: null,
        fukushima: null,
        isus: null,
      };
      students.set(id, student);
    }
    student.id ??= row.id;
    return student;
  };

  if (uses('zenkoku') && data.zenkoku) {
    const index = indexItems(data.zenkokuItems);
    for (const row of data.zenkoku) {
      const student = studentFor(row);
      if (student) student.zenkoku = scoreZenkoku(row, student.schoolType, index);
    }
  }
  if (uses('fukushima') && data.fukushima) {
    for (const row of data.fukushima) {
      const student = studentFor(row);
      if (student) student.fukushima = scoreFukushima(row);
    }
  }
  if (uses('isus') && data.isus) {
    const scales = indexScales(data.isusItems);
    for (const row of pickIsusRound(data.isus, config.isus.round)) {
      const student = studentFor(row);
      if (student) student.isus = scoreIsus(row, scales);
    }
  }

  const sorted = [...students.values()].sort(compareStudents);
  const present = edition.sources.filter((s) =>
    s === 'zenkoku' ? data.zenkoku : s === 'fukushima' ? data.fukushima : data.isus,
  );
  return { students: sorted, reports: buildJoinReports(sorted, present) };
}

const collator = new Intl.Collator('ja', { numeric: true });

/** School code, grade, class (natural order: 2 before 10) and seat. */
export function compareStudents(a: Student, b: Student): number {
  return (
    collator.compare(a.key.school, b.key.school) ||
    a.key.grade - b.key.grade ||
    collator.compare(a.key.class, b.key.class) ||
    a.key.seat - b.key.seat
  );
}
