/**
 * A student of one edition, with every source joined on (学校コード, 学年, 組, 出席番号) and
 * turned into the figures the analysis uses: 正答率 and IRT scores, 36-step levels and 伸び,
 * questionnaire answers and scale scores. A source the student is absent from is `null`.
 */
import type { ItemCode, SchoolType, StudentKey, SourceId } from '../shared/types.js';

/** One national-test subject a student sat. */
export interface ZenkokuSubjectScore {
  /** Number of items answered correctly (正答数). */
  correct: number;
  /** Number of items of the subject for the student's 校種. */
  itemCount: number;
  /** 正答率, percent. */
  rate: number;
  /** 設問番号 → code; blank and unreadable codes are `null`. */
  codes: Record<string, ItemCode | null>;
}

export interface ZenkokuScores {
  /** Subjects the student sat (at least one item not blank). */
  subjects: Record<string, ZenkokuSubjectScore>;
  /** CBT subjects' IRT scores. */
  irt: Record<string, number>;
  /** 質問番号 → answer code (null = 無回答). */
  questions: Record<string, number | null>;
}

export interface FukushimaSubjectScore {
  /** This year's level on the 36-step scale. */
  step: number | null;
  prevStep: number | null;
  /** 伸び: step − prevStep, when both are known. */
  growth: number | null;
  rate: number | null;
}

export interface FukushimaScores {
  subjects: Record<string, FukushimaSubjectScore>;
  scales: Record<string, number | null>;
}

export interface IsusScores {
  round: number;
  /** Scale name → mean of its items after reversal, where at least half were answered. */
  scales: Record<string, number | null>;
}

export interface Student {
  key: StudentKey;
  schoolType: SchoolType;
  id: string | null;
  zenkoku: ZenkokuScores | null;
  fukushima: FukushimaScores | null;
  isus: IsusScores | null;
}

/** The sources a student appears in, in a fixed order. */
export function sourcesOf(student: Student): SourceId[] {
  const present: SourceId[] = [];
  if (student.zenkoku) present.push('zenkoku');
  if (student.fukushima) present.push('fukushima');
  if (student.isus) present.push('isus');
  return present;
}
