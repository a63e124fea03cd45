/**
 * The committed sample: twelve schools planned by hand so that every situation the karte must
 * handle is present whatever the seed: a rural school with fewer than ten students per grade,
 * a grade of four classes, special-support classes (なかよし, ひまわり), a school that names
 * its classes A, B, C, and a second I-SUS round at the schools of 中央 and 南部.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import type { SchoolType } from '../../../pipeline/shared/types.js';
import { intBetween } from '../draw.js';
import { GRADES } from '../options.js';
import { HOME_CITY } from './municipalities.js';
import {
  ROUND2_DISTRICTS,
  schoolCode,
  schoolEmails,
  splitIntoClasses,
  type GradePlan,
  type SchoolPlan,
} from './plan.js';
import { schoolName } from './school-names.js';

interface SampleSchool {
  stem: string;
  type: SchoolType;
  district: string;
  /** Range of regular students per grade. */
  size: readonly [number, number];
  letters?: boolean;
  support?: { grade: number; name: string; size: readonly [number, number] };
}

// prettier-ignore
const SAMPLE_SCHOOLS: readonly SampleSchool[] = [
  { stem: '髙野台', type: '小', district: '中央', size: [48, 62] },
  { stem: '岩﨑', type: '小', district: '山間', size: [4, 9] },
  { stem: '桜ヶ丘', type: '小', district: '東部', size: [78, 98], support: { grade: 5, name: 'なかよし', size: [2, 8] } },
  { stem: '若葉台', type: '小', district: '南部', size: [110, 134] },
  { stem: '鈴川', type: '小', district: '北部', size: [22, 32] },
  { stem: '星見野', type: '小', district: '西部', size: [40, 56] },
  { stem: '白鳥原', type: '小', district: '山間', size: [12, 19] },
  { stem: '髙野台', type: '中', district: '中央', size: [66, 86] },
  { stem: '岩﨑', type: '中', district: '山間', size: [14, 24], support: { grade: 2, name: 'ひまわり', size: [2, 8] } },
  { stem: '桜ヶ丘', type: '中', district: '東部', size: [95, 105], letters: true },
  { stem: '南原', type: '中', district: '西部', size: [36, 48] },
  { stem: '若葉台', type: '中', district: '南部', size: [56, 70] },
];

/** Plan the sample city; sizes are drawn within each school's range. */
export function planSample(rng: Random): SchoolPlan[] {
  const numbers: Record<SchoolType, number> = { 小: 0, 中: 0 };
  return SAMPLE_SCHOOLS.map((school, i) => {
    const code = schoolCode(HOME_CITY.code, school.type, ++numbers[school.type]);
    const grades: GradePlan[] = GRADES[school.type].map((grade) => {
      const classes = splitIntoClasses(intBetween(rng, ...school.size), school.letters ?? false);
      const support = school.support;
      if (support?.grade === grade) {
        classes.push({ name: support.name, size: intBetween(rng, ...support.size), support: true });
      }
      return { grade, classes };
    });
    return {
      code,
      name: schoolName(HOME_CITY.name, school.stem, school.type),
      type: school.type,
      district: school.district,
      emails: schoolEmails(code, i % 4 === 0, i === 6),
      grades,
      isusRound2: ROUND2_DISTRICTS.includes(school.district),
    };
  });
}
