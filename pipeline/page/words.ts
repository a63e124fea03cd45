/**
 * The words of the pages: domain labels (GLOSSARY.md) and the notes a page prints beside its
 * figures. Pages are Japanese only, so each entry is the Japanese text; templates hold only
 * headings and layout. One word for one thing: a label used twice comes from here.
 */
import type { Figure, Reference, SchoolResults } from '../analyze/resultsSchema.js';
import type { SourceId } from '../shared/types.js';

/** The 95% interval's column heading. */
export const INTERVAL_WORD = '95%信頼区間';

/** The three calls of a figure against a reference value. */
export const CALL_WORDS: Readonly<Record<Reference['call'], string>> = {
  above: '上回る',
  below: '下回る',
  unclear: '明確な差はない',
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

/** The mark put on a figure under caution, and the note that explains it. */
export const CAUTION_MARK = '※';

/** Note under a table that has a figure under caution. */
export function cautionNote(minGroupSize: number): string {
  return `${CAUTION_MARK} 人数が少ない（${minGroupSize}人未満）ため参考値です。`;
}

/** Banner of a grade or class whose figures are under caution because it is small. */
export function smallGroupNote(
  what: '学年' | '学級',
  students: number,
  minGroupSize: number,
): string {
  return (
    `この${what}は人数が少ない（${students}人、${minGroupSize}人未満）ため、` +
    `この${what}の数値は参考値です。小さな差を読み取らないでください。`
  );
}

/** Why a suppressed figure shows no number. */
export function suppressedNote(reason: Figure['reason']): string {
  return reason === 'complement'
    ? 'ほかの数値から計算できてしまうため表示しません'
    : '人数が少ないため表示しません';
}

/** Text of an empty cell: a figure that does not exist (not a withheld one). */
export const NONE = '—';

/** How to read the calls, printed once per page. */
export const READING_NOTES: readonly string[] = [
  '平均の横の範囲は95%信頼区間です。人数が少ないほど広くなります。',
  '「上回る」「下回る」は、95%信頼区間が比べる値を含まないときだけ示します。' +
    'それ以外は「明確な差はない」です。',
  '割合（%）どうしの差は「ポイント」で示します。',
];

/** The rule for small groups, printed once per page. */
export function smallGroupRule(minGroupSize: number): string {
  return (
    `${CAUTION_MARK} 印は、人数が${minGroupSize}人未満の集団の数値で、参考値です。` +
    '人数が少なすぎる数値や、ほかの数値から計算できてしまう数値は表示しません。'
  );
}

/** Words over a class's planes: what they show, and that a link is no proof of cause. */
export const SCATTER_NOTE =
  '点は一人ひとりの児童生徒で、数字は出席番号です。点線は市全体の中央値です。' +
  'これらの図は得点と尺度の関連の傾向を見るためのもので、一方がもう一方を左右すると示すものではありません。';
