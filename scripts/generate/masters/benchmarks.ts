/**
 * Published reference values (benchmarks.csv), coherent with the masters: the national test's
 * 平均正答率 is the mean of its items' published rates, and ふくしま学調's 平均学力レベル sits
 * near the city's modelled mean step. 全国 is blank where the survey is the prefecture's own.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import type { SchoolType } from '../../../pipeline/shared/types.js';
import { uniform } from '../draw.js';
import { GRADES, schoolYear } from '../options.js';
import { ZENKOKU_IRT_SUBJECT, fukushimaSubjects, zenkokuSubjects } from '../subjects.js';
import { meanStep } from '../students/levels.js';
import { PLANTED } from '../students/model.js';
import type { ZenkokuItemSpec } from './zenkoku-items.js';

/** One benchmarks.csv row, cells already formatted. */
export type BenchmarkRow = readonly [
  survey: string,
  schoolType: SchoolType,
  grade: string,
  subject: string,
  indicator: string,
  national: string,
  prefecture: string,
];

const ZENKOKU_GRADE: Record<SchoolType, number> = { 小: 6, 中: 3 };
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Every benchmark row: 全国学調 first (by type), then ふくしま学調 by type, grade and subject. */
export function buildBenchmarks(rng: Random, items: readonly ZenkokuItemSpec[]): BenchmarkRow[] {
  const rows: BenchmarkRow[] = [];
  for (const type of ['小', '中'] as const) {
    const grade = String(ZENKOKU_GRADE[type]);
    for (const subject of zenkokuSubjects(type)) {
      const own = items.filter((i) => i.schoolType === type && i.subject === subject);
      const national = mean(own.map((i) => i.nationalRate)).toFixed(1);
      const prefecture = mean(own.map((i) => i.prefectureRate)).toFixed(1);
      rows.push(['全国学調', type, grade, subject, '平均正答率', national, prefecture]);
    }
    const irt = Math.round(uniform(rng, 500, 508));
    const irtPref = Math.round(irt - uniform(rng, 3, 12));
    rows.push([
      '全国学調',
      type,
      grade,
      ZENKOKU_IRT_SUBJECT,
      '平均IRTスコア',
      String(irt),
      String(irtPref),
    ]);
  }
  for (const type of ['小', '中'] as const) {
    for (const grade of GRADES[type]) {
      const year = schoolYear(type, grade);
      if (year > 8) continue; // ふくしま学調 is given up to 中2
      for (const subject of fukushimaSubjects(type)) {
        const level = meanStep(year, subject) + uniform(rng, -0.3, 0.8);
        rows.push([
          'ふくしま学調',
          type,
          String(grade),
          subject,
          '平均学力レベル',
          '',
          level.toFixed(1),
        ]);
        const firstYear = year === 4 || (subject === '英語' && year === 7);
        if (firstYear) continue; // no previous year, so no growth
        const growth = PLANTED.growth.mean + uniform(rng, -0.3, 0.3);
        rows.push([
          'ふくしま学調',
          type,
          String(grade),
          subject,
          '平均伸び',
          '',
          growth.toFixed(1),
        ]);
      }
    }
  }
  return rows;
}
