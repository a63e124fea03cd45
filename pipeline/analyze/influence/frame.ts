/**
 * The student frame of one 校種: every student's outcomes and factors as columns, raw and
 * standardised city-wide within grade, so that "+1 SD" means the same in every report and a
 * city model, a school panel and a class grid all read the same numbers.
 */
import type { Student } from '../../join/student.js';
import type { SchoolType } from '../../shared/types.js';
import type { MeasureDef } from '../measures.js';
import { standardizeWithin } from '../model/index.js';
import type { FactorDef } from './factors.js';
import { outcomeValue } from './outcomes.js';

/** Columns aligned by student index. Missing values are null, never NaN. */
export interface StudentFrame {
  schoolType: SchoolType;
  students: readonly Student[];
  school: string[];
  grade: number[];
  cls: string[];
  /** Outcome measure id → raw values. */
  outcomes: Map<string, (number | null)[]>;
  /** Outcome measure id → z within grade over the city. */
  outcomeZ: Map<string, (number | null)[]>;
  /** Factor id → raw values. */
  factors: Map<string, (number | null)[]>;
  /** Factor id → z within grade over the city (null where the grade has no spread). */
  factorZ: Map<string, (number | null)[]>;
}

/** Builds the frame of the students of one 校種 (the city's, in any order). */
export function buildFrame(
  schoolType: SchoolType,
  students: readonly Student[],
  outcomes: readonly MeasureDef[],
  factors: readonly FactorDef[],
): StudentFrame {
  const grade = students.map((s) => s.key.grade);
  const column = (read: (s: Student) => number | null) =>
    students.map((s) => {
      const v = read(s);
      return v !== null && Number.isFinite(v) ? v : null;
    });
  const raw = new Map(outcomes.map((d) => [d.id, column((s) => outcomeValue(s, d))]));
  const factorRaw = new Map(factors.map((f) => [f.id, column(f.value)]));
  const z = (m: Map<string, (number | null)[]>) =>
    new Map([...m].map(([id, values]) => [id, standardizeWithin(values, grade)]));
  return {
    schoolType,
    students,
    school: students.map((s) => s.key.school),
    grade,
    cls: students.map((s) => s.key.class),
    outcomes: raw,
    outcomeZ: z(raw),
    factors: factorRaw,
    factorZ: z(factorRaw),
  };
}

/** Indices of the frame's students for which `keep` holds. */
export function indicesWhere(frame: StudentFrame, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < frame.students.length; i++) if (keep(i)) out.push(i);
  return out;
}
