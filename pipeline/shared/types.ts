/**
 * The domain model shared by every stage: what the reader hands on, in the words of
 * ../shared/DATA-CONTRACT.md. Values are already normalised (NFKC, trimmed) and typed;
 * a value that failed its check is `null` and has a warning recorded elsewhere.
 */

export type SchoolType = '小' | '中';
export const SCHOOL_TYPES: readonly SchoolType[] = ['小', '中'];

/** 学校マスタ row. */
export interface School {
  code: string;
  name: string;
  type: SchoolType;
  district: string | null;
  emails: string[];
}

/** (学校コード, 学年, 組, 出席番号): identifies a student within one year. */
export interface StudentKey {
  school: string;
  grade: number;
  class: string;
  seat: number;
}

/** A stable string for a key, used for maps and duplicate detection. */
export function keyString(key: StudentKey): string {
  return `${key.school}\u0000${key.grade}\u0000${key.class}\u0000${key.seat}`;
}

/** Fields every student row of every source carries. */
export interface SourceRow {
  key: StudentKey;
  /** 1-based physical line of the row's first line in its file (header is line 1). */
  line: number;
  /** 児童生徒ID, when the file has it. */
  id: string | null;
}

/** A national-test item answer: 1 正答, 0 誤答, 9 無解答. `null` = blank (did not sit). */
export type ItemCode = 0 | 1 | 9;

/** zenkoku.csv row. Subjects are keyed by their Japanese name (国語, 算数, 数学, 理科, 英語). */
export interface ZenkokuRow extends SourceRow {
  sex: 1 | 2 | null;
  /** subject → 設問番号 → code. Only items present in the file's columns appear. */
  items: Record<string, Record<string, ItemCode | null>>;
  /** subject → IRT score (CBT subjects). */
  irt: Record<string, number | null>;
  /** subject → IRT band 1–5. */
  irtBand: Record<string, number | null>;
  /** 質問番号 (e.g. `01`) → answer code; 9 and blank are read as `null` (無回答). */
  questions: Record<string, number | null>;
}

/** One subject of a fukushima.csv row; steps are on the 36-step scale (1–36). */
export interface FukushimaSubject {
  step: number | null;
  prevStep: number | null;
  rate: number | null;
}

/** fukushima.csv row. */
export interface FukushimaRow extends SourceRow {
  subjects: Record<string, FukushimaSubject>;
  /** scale name (自制心, 柔軟的方略, …) → mean score 1.00–4.00. */
  scales: Record<string, number | null>;
}

/** isus.csv row (one per student and round). */
export interface IsusRow extends SourceRow {
  round: number;
  /** 項目番号 (Q01, …) → answer 1–4 before reversal. */
  answers: Record<string, number | null>;
}

/** zenkoku_items.csv row: 設問マスタ. */
export interface ZenkokuItem {
  schoolType: SchoolType;
  subject: string;
  itemNo: string;
  domain: string;
  viewpoint: string;
  format: string;
  nationalRate: number | null;
  prefectureRate: number | null;
}

/** zenkoku_questions.csv row: 質問紙マスタ. */
export interface ZenkokuQuestion {
  schoolType: SchoolType;
  questionNo: string;
  text: string;
  category: string;
  choices: { code: number; label: string }[];
  positive: number[];
  factor: boolean;
}

/** isus_items.csv row: I-SUS 項目マスタ. */
export interface IsusItem {
  itemNo: string;
  text: string;
  scale: string;
  reversed: boolean;
}

export type BenchmarkSurvey = '全国学調' | 'ふくしま学調';
export type BenchmarkIndicator = '平均正答率' | '平均IRTスコア' | '平均学力レベル' | '平均伸び';

/** benchmarks.csv row: published reference values. */
export interface Benchmark {
  survey: BenchmarkSurvey;
  schoolType: SchoolType;
  grade: number;
  subject: string;
  indicator: BenchmarkIndicator;
  national: number | null;
  prefecture: number | null;
}

/** Every source of one year, as accepted by the reader. Optional sources are absent when not read. */
export interface InputData {
  schools: School[];
  zenkoku: ZenkokuRow[] | null;
  zenkokuItems: ZenkokuItem[];
  zenkokuQuestions: ZenkokuQuestion[];
  fukushima: FukushimaRow[] | null;
  isus: IsusRow[] | null;
  isusItems: IsusItem[];
  benchmarks: Benchmark[];
}

/** The logical names of the contract's files, used in configuration and reports. */
export type FileId =
  | 'schools'
  | 'zenkoku'
  | 'zenkokuItems'
  | 'zenkokuQuestions'
  | 'fukushima'
  | 'isus'
  | 'isusItems'
  | 'benchmarks';

export type SourceId = 'zenkoku' | 'fukushima' | 'isus';

/** The grades each survey covers, per 校種 (DATA-CONTRACT.md, "Files in an input folder"). */
export const SOURCE_GRADES: Record<SourceId, Record<SchoolType, readonly number[]>> = {
  zenkoku: { 小: [6], 中: [3] },
  fukushima: { 小: [4, 5, 6], 中: [1, 2] },
  isus: { 小: [4, 5, 6], 中: [1, 2, 3] },
};
