/**
 * The terms of the domain as the pages write them (GLOSSARY.md): one word for one thing, in
 * every page. Page text is Japanese only; every Japanese word a page prints comes from a file
 * of this folder (a test holds the rest of the page stage to it).
 */
import type { Reference, SchoolResults } from '../../analyze/resultsSchema.js';
import type { SourceId } from '../../shared/types.js';

/** The karte's own name. */
export const KARTE = '学校カルテ';

/** The 95% interval's column heading. */
export const INTERVAL_WORD = '95%信頼区間';

/** The three calls of a figure against a reference value. */
export const CALL_WORDS: Readonly<Record<Reference['call'], string>> = {
  above: '上回る',
  below: '下回る',
  unclear: '明確な差はない',
};

/** Short marks of the calls, for chart labels where a word does not fit. */
export const CALL_MARKS: Readonly<Record<Reference['call'], string>> = {
  above: '▲',
  below: '▼',
  unclear: '',
};

/** 暫定版 / 完成版. */
export const EDITION_WORDS: Readonly<Record<SchoolResults['edition'], string>> = {
  provisional: '暫定版',
  final: '完成版',
};

/** 校種 as it is written in a page header. */
export const SCHOOL_TYPE_WORDS: Readonly<Record<SchoolResults['school']['type'], string>> = {
  小: '小学校',
  中: '中学校',
};

/** The surveys' short names. */
export const SOURCE_WORDS: Readonly<Record<SourceId, string>> = {
  zenkoku: '全国学調',
  fukushima: 'ふくしま学調',
  isus: 'I-SUS',
};

/** The surveys' full names, for headings. */
export const SOURCE_NAMES: Readonly<Record<SourceId, string>> = {
  zenkoku: '全国学力・学習状況調査',
  fukushima: 'ふくしま学力調査',
  isus: 'I-SUS（いわき市児童生徒理解アンケート）',
};

/** The mark put on a figure under caution. */
export const CAUTION_MARK = '※';

/** Text of an empty cell: a figure that does not exist (not a withheld one). */
export const NONE = '—';

/** How students are identified on a class page, and nowhere else. */
export const SEAT_WORD = '出席番号';

/** Unit of a count of students. */
export const PEOPLE = '人';

/** A count of students, e.g. `27人`. */
export function people(count: number): string {
  return `${count}${PEOPLE}`;
}

/** A number of students behind a figure, e.g. `n=27`. */
export function nText(n: number): string {
  return `n=${n}`;
}
