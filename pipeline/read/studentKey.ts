/**
 * The key every student file shares (学校コード, 学年, 組, 出席番号) and 児童生徒ID: the checks that
 * reject a row, and the uniqueness rules that reject every row of a duplicated key or ID.
 */
import type { School, SchoolType, StudentKey } from '../shared/types.js';
import { keyString } from '../shared/types.js';
import { detachString } from './detachString.js';
import type { UniqueRule } from './findDuplicates.js';
import type { Column, Header } from './header.js';
import { parseGrade, parseInteger } from './parseValue.js';
import { cellOf, type Problem, type RowInput } from './rowProblem.js';

/** The key columns every student file must have. */
export const KEY_COLUMNS = ['学校コード', '学年', '組', '出席番号'] as const;

/** The grades a school of each type has. */
export const GRADE_RANGE: Record<SchoolType, { max: number; label: string }> = {
  小: { max: 6, label: '1–6' },
  中: { max: 3, label: '1–3' },
};

/** Where the key columns are in a student file. */
export interface KeyColumns {
  school: Column;
  grade: Column;
  class: Column;
  seat: Column;
  /** 児童生徒ID, optional. */
  id: Column | undefined;
}

/** The key columns of a header (already checked present) and the optional 児童生徒ID. */
export function bindKeyColumns(header: Header): KeyColumns {
  return {
    school: header.required('学校コード'),
    grade: header.required('学年'),
    class: header.required('組'),
    seat: header.required('出席番号'),
    id: header.column('児童生徒ID'),
  };
}

/** A row's key and the school's type, or the reason the row is rejected (the first one found). */
export type KeyOutcome =
  { key: StudentKey; id: string | null; schoolType: SchoolType } | { reject: Problem };

/**
 * Checks a row's key: 学校コード present and in schools.csv, 学年 a whole number in the school
 * type's range (`6年` reads as 6), 組 not empty, 出席番号 a whole number of 1 or more.
 */
export function parseStudentKey(
  input: RowInput,
  columns: KeyColumns,
  schools: ReadonlyMap<string, School>,
): KeyOutcome {
  const empty = (column: Column): KeyOutcome => ({
    reject: { code: 'R_REQUIRED_EMPTY', column: column.header },
  });
  const schoolCode = cellOf(input, columns.school);
  if (schoolCode === '') return empty(columns.school);
  const school = schools.get(schoolCode);
  if (!school) {
    return {
      reject: { code: 'R_SCHOOL_UNKNOWN', column: columns.school.header, value: schoolCode },
    };
  }
  const gradeCell = cellOf(input, columns.grade);
  if (gradeCell === '') return empty(columns.grade);
  const grade = parseGrade(gradeCell);
  const range = GRADE_RANGE[school.type];
  if (grade === null || grade < 1 || grade > range.max) {
    return {
      reject: {
        code: 'R_GRADE_OUT_OF_RANGE',
        column: columns.grade.header,
        value: gradeCell,
        expected: range.label,
      },
    };
  }
  const className = cellOf(input, columns.class);
  if (className === '') return { reject: { code: 'R_CLASS_EMPTY', column: columns.class.header } };
  const seatCell = cellOf(input, columns.seat);
  if (seatCell === '') return empty(columns.seat);
  const seat = parseInteger(seatCell);
  if (seat === null || seat < 1) {
    return { reject: { code: 'R_SEAT_INVALID', column: columns.seat.header, value: seatCell } };
  }
  const id = cellOf(input, columns.id);
  return {
    key: { school: detachString(schoolCode), grade, class: detachString(className), seat },
    id: id === '' ? null : detachString(id),
    schoolType: school.type,
  };
}

const KEY_LABEL = '学校コード・学年・組・出席番号';
const showKey = (key: StudentKey): string =>
  `${key.school}・${key.grade}・${key.class}・${key.seat}`;

/**
 * The uniqueness rules of a student file: the key, then 児童生徒ID. With `round`, the file has
 * one row per student and round (isus.csv), and both rules include the round.
 */
export function studentUniqueRules<T extends { key: StudentKey; id: string | null }>(
  round?: (row: T) => number,
): UniqueRule<T>[] {
  const suffix = (row: T): string => (round ? `\u0000${round(row)}` : '');
  return [
    {
      keyOf: (row) => keyString(row.key) + suffix(row),
      problem: (row, lines, count) => ({
        code: round ? 'R_KEY_ROUND_DUPLICATE' : 'R_KEY_DUPLICATE',
        column: round ? `${KEY_LABEL}・実施回` : KEY_LABEL,
        value: round ? `${showKey(row.key)}・${round(row)}` : showKey(row.key),
        count,
        detail: lines,
      }),
    },
    {
      keyOf: (row) => (row.id === null ? null : row.id + suffix(row)),
      problem: (row, lines, count) => ({
        code: round ? 'R_ID_ROUND_DUPLICATE' : 'R_ID_DUPLICATE',
        column: '児童生徒ID',
        value: row.id ?? '',
        count,
        detail: lines,
      }),
    },
  ];
}
