/**
 * The data-coverage note of a school's home page, from its join report: how many students each
 * survey has, and how many are missing from a survey that covers their grade.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { SourceId } from '../shared/types.js';
import { SOURCE_WORDS } from './words.js';

const SOURCES = Object.keys(SOURCE_WORDS) as SourceId[];

/** Two short sentences: students per source, and students missing from each source. */
export function buildCoverageNote(join: SchoolResults['join']): string[] {
  const present = SOURCES.filter((s) => join.bySource[s] !== undefined).map(
    (s) => `${SOURCE_WORDS[s]} ${join.bySource[s]}人`,
  );
  const first =
    `この学校カルテは、児童生徒${join.students}人のデータから作成しました` +
    (present.length ? `（${present.join('、')}）。` : '。');
  const missing = SOURCES.map((s) => ({
    s,
    count: join.missing.filter((m) => m.source === s).length,
  })).filter(({ count }) => count > 0);
  const second = missing.length
    ? `対象学年でも、調査のデータがない児童生徒がいます（欠席など）: ${missing
        .map(({ s, count }) => `${SOURCE_WORDS[s]} ${count}人`)
        .join('、')}。この児童生徒は、その調査の数値に含まれていません。`
    : '調査の対象学年の児童生徒は、どの調査にもデータがありました。';
  return [first, second];
}
