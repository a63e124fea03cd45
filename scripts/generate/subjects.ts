/**
 * Which subjects each survey gives at each school type. 小 schools learn 算数 where 中 schools
 * learn 数学; the city's students are modelled with one math ability under either name.
 */
import type { SchoolType } from '../../pipeline/shared/types.js';

/** 算数 at 小, 数学 at 中. */
export function mathSubject(schoolType: SchoolType): string {
  return schoolType === '小' ? '算数' : '数学';
}

/** Item-scored subjects of the national test, in column order. */
export function zenkokuSubjects(schoolType: SchoolType): readonly string[] {
  return ['国語', mathSubject(schoolType)];
}

/** The national test's computer-based subject, reported as an IRT score (both school types). */
export const ZENKOKU_IRT_SUBJECT = '理科';

/** Subjects of ふくしま学力調査: 英語 only at 中. */
export function fukushimaSubjects(schoolType: SchoolType): readonly string[] {
  return schoolType === '小' ? ['国語', '算数'] : ['国語', '数学', '英語'];
}

/** Every fukushima subject across both types, in column order. */
export const FUKUSHIMA_SUBJECT_COLUMNS: readonly string[] = ['国語', '算数', '数学', '英語'];
