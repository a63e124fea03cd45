/**
 * What a generator run is asked for: the size of the city, the seed, the fiscal year and where
 * to write. The defaults reproduce the committed sample in data-samples/2025 byte for byte.
 */
import type { SchoolType } from '../../pipeline/shared/types.js';

/** `sample`: 12 hand-planned schools (committed); `city`: 93 schools; `prefecture`: about 620. */
export type CitySize = 'sample' | 'city' | 'prefecture';
/** Every size the CLI accepts, smallest first. */
export const CITY_SIZES: readonly CitySize[] = ['sample', 'city', 'prefecture'];

/** Options of one run. */
export interface GenerateOptions {
  /** How big a city to make. */
  size: CitySize;
  /** Output folder; created when missing. Existing files of the same names are replaced. */
  out: string;
  /** Seed of every random draw. Default {@link DEFAULT_SEED}. */
  seed: number;
  /** Fiscal year (年度); mixed into the seed so that two years differ. Default 2025. */
  year: number;
}

/** The seed of the committed sample. Changing it changes every committed file. */
export const DEFAULT_SEED = 20250401;
/** The fiscal year of the committed sample. */
export const DEFAULT_YEAR = 2025;

/** Grades surveyed by at least one source: 小4〜小6 and 中1〜中3. */
export const GRADES: Record<SchoolType, readonly number[]> = { 小: [4, 5, 6], 中: [1, 2, 3] };

/** School counts and students per grade of the scaled sizes (the sample is planned by hand). */
export interface ScaledSize {
  /** Number of 小 schools. */
  elementary: number;
  /** Number of 中 schools. */
  juniorHigh: number;
  /** Regular-class students per grade across all schools of one type (support classes come on top). */
  studentsPerGrade: number;
}

/** `city` is modelled on a city of about 340,000 people; `prefecture` scales it by 620 / 93. */
export const SCALED_SIZES: Record<Exclude<CitySize, 'sample'>, ScaledSize> = {
  city: { elementary: 59, juniorHigh: 34, studentsPerGrade: 2400 },
  prefecture: { elementary: 393, juniorHigh: 227, studentsPerGrade: 16000 },
};

/** A school's grade number on one scale across types: 小4 → 4 … 中3 → 9. */
export function schoolYear(type: SchoolType, grade: number): number {
  return type === '小' ? grade : grade + 6;
}
