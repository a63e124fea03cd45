/**
 * The notes a page prints beside its figures: cautions, why a figure is withheld, how to read
 * the calls, and what the data cover.
 */
import type { Figure } from '../../analyze/resultsSchema.js';
import type { SourceId } from '../../shared/types.js';
import { CAUTION_MARK, SOURCE_WORDS, people } from './terms.js';

/** Note under a table that has a figure under caution. */
export function cautionNote(minGroupSize: number): string {
  return `${CAUTION_MARK} 人数が少ない（${minGroupSize}人未満）ため参考値です。`;
}

/** Banner of a grade or class whose figures are under caution because it is small. */
export function smallGroupNote(
  group: 'grade' | 'class',
  students: number,
  minGroupSize: number,
): string {
  const what = group === 'grade' ? '学年' : '学級';
  return (
    `この${what}は人数が少ない（${people(students)}、${minGroupSize}人未満）ため、` +
    `この${what}の数値は参考値です。小さな差を読み取らないでください。`
  );
}

/** Why a suppressed figure shows no number. */
export function suppressedNote(reason: Figure['reason']): string {
  return reason === 'complement'
    ? 'ほかの数値から計算できてしまうため表示しません'
    : '人数が少ないため表示しません';
}

/** How to read the calls, printed once per page. */
export const READING_NOTES: readonly string[] = [
  '平均の横の範囲は95%信頼区間です。人数が少ないほど広くなります。',
  '「上回る」「下回る」は、95%信頼区間が比べる値を含まないときだけ示します。' +
    'それ以外は「明確な差はない」です。',
  '割合（%）どうしの差は「ポイント」で示します。',
];

/** Heading of the reading notes at the foot of every page. */
export const READING_NOTES_HEADING = '数値の読み方';

/** The sentence at the foot of every page that points to the guide. */
export const GUIDE_POINTER =
  '図の読み方、ことばの意味、話し合いの進め方は「読み方ガイド」にあります。';

/** The rule for small groups, printed once per page. */
export function smallGroupRule(minGroupSize: number): string {
  return (
    `${CAUTION_MARK} 印は、人数が${minGroupSize}人未満の集団の数値で、参考値です。` +
    '人数が少なすぎる数値や、ほかの数値から計算できてしまう数値は表示しません。'
  );
}

/** Label of the home page's note on the data behind the karte. */
export const COVERAGE_LABEL = 'この学校カルテのデータ';

/**
 * The home page's data-coverage note: students per source, and students missing from a
 * survey that covers their grade, counted per source.
 */
export function coverageNote(
  students: number,
  present: readonly { source: SourceId; count: number }[],
  missing: readonly { source: SourceId; count: number }[],
): string[] {
  const list = (rows: readonly { source: SourceId; count: number }[]) =>
    rows.map(({ source, count }) => `${SOURCE_WORDS[source]} ${people(count)}`).join('、');
  const first =
    `この学校カルテは、児童生徒${people(students)}のデータから作成しました` +
    (present.length ? `（${list(present)}）。` : '。');
  const second = missing.length
    ? `対象学年でも、調査のデータがない児童生徒がいます（欠席など）: ${list(missing)}。` +
      'この児童生徒は、その調査の数値に含まれていません。'
    : '調査の対象学年の児童生徒は、どの調査にもデータがありました。';
  return [first, second];
}
