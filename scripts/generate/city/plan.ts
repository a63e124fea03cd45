/**
 * The plan of a city: its schools, and in each the classes of every surveyed grade with their
 * sizes. Planning comes before any student is drawn, so a plan is small (no students in it)
 * and the students can be generated and written one school at a time.
 */
import type { SchoolType } from '../../../pipeline/shared/types.js';

/** One class (組) of a grade. */
export interface ClassPlan {
  /** 組 as the school writes it: `1`, `A`, or a special-support name such as `なかよし`. */
  name: string;
  /** Enrolled students; seat numbers run 1..size with a few gaps left by transfers. */
  size: number;
  /** A special-support class (特別支援学級). */
  support: boolean;
}

/** The classes of one grade of a school (regular classes first, then support classes). */
export interface GradePlan {
  grade: number;
  classes: ClassPlan[];
}

/** One school of the city. */
export interface SchoolPlan {
  /** 学校コード, 7 digits: `07`, municipality (2), type (1 小, 2 中), number (2). */
  code: string;
  name: string;
  type: SchoolType;
  district: string;
  /** 送付先メール; empty for a school without one. */
  emails: string[];
  grades: GradePlan[];
  /** Whether the school gave I-SUS a second time this year (実施回 2). */
  isusRound2: boolean;
}

/** Special-support class names used across the city. */
export const SUPPORT_CLASS_NAMES = ['なかよし', 'ひまわり', 'たんぽぽ', 'あおぞら'] as const;

/** Districts (地区) of a municipality; 山間 holds the small rural schools. */
export const DISTRICTS = ['中央', '東部', '西部', '南部', '北部', '山間'] as const;

/** Districts of the home city that give I-SUS a second round. */
export const ROUND2_DISTRICTS: readonly string[] = ['中央', '南部'];

/** Regular classes hold at most this many students (the 35-student class rule). */
export const CLASS_LIMIT = 35;

/** Split a grade of `size` students into as few classes as the limit allows, sizes as even as possible. */
export function splitIntoClasses(size: number, letters: boolean): ClassPlan[] {
  const count = Math.max(1, Math.ceil(size / CLASS_LIMIT));
  return Array.from({ length: count }, (_, i) => ({
    name: letters ? String.fromCharCode(65 + i) : String(i + 1),
    size: Math.floor(size / count) + (i < size % count ? 1 : 0),
    support: false,
  }));
}

/** 学校コード from its parts. */
export function schoolCode(municipalityCode: string, type: SchoolType, number: number): string {
  return `07${municipalityCode}${type === '小' ? 1 : 2}${String(number).padStart(2, '0')}`;
}

/** 送付先メール of a school: a school address, sometimes a second one, at example domains only. */
export function schoolEmails(code: string, second: boolean, none: boolean): string[] {
  if (none) return [];
  const main = `karte-${code}@example.jp`;
  return second ? [main, `kyoto-${code}@example.org`] : [main];
}
