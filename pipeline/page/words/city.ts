/**
 * The words of the city page (教育委員会用): the city's figures against 福島県 and 全国, how the
 * schools' means spread (counts only), the city influencer models and the data quality.
 */
import type { SchoolType } from '../../shared/types.js';
import { EDITION_WORDS, KARTE, SCHOOL_TYPE_WORDS, people } from './terms.js';

/** The page's heading and the label above it. */
export const CITY_PAGE = { name: '市全体', owner: '教育委員会用' } as const;

/** The document title. */
export function cityTitle(year: string, edition: keyof typeof EDITION_WORDS): string {
  return `${CITY_PAGE.name}（${CITY_PAGE.owner}）｜${KARTE} ${year} ${EDITION_WORDS[edition]}`;
}

/** The line under the heading. */
export function citySubtitle(year: string, edition: keyof typeof EDITION_WORDS, date: string) {
  return `${year} ${KARTE}（${EDITION_WORDS[edition]}）\u3000作成日 ${date}`;
}

/** What the page is, and what it never holds. */
export const CITY_INTRO: readonly string[] = [
  'このページは教育委員会用です。学校に配る学校カルテには含めません。',
  '学校名・学校コードは含みません。学校の平均の散らばりは校数だけで示し、学校の並びや順は示しません。',
];

/** Heading of a 校種's part: `小学校（7校、1,110人）`. */
export function typeHeading(type: SchoolType, schools: number, students: number): string {
  return `${SCHOOL_TYPE_WORDS[type]}（${schools}校、${people(students)}）`;
}

/** Heading of a grade's section. */
export function cityGradeHeading(grade: number, students: number): string {
  return `${grade}年（${people(students)}）`;
}

/** Column headings of the city's figure tables. */
export const CITY_HEADS = { prefectureCall: '福島県と比べて', nationCall: '全国と比べて' } as const;

/** Heading of the spread of the schools' means of one measure. */
export function spreadHeading(label: string): string {
  return `${label}：学校の平均の散らばり`;
}

/** What the spread's chart and table show. */
export const SPREAD_LEAD =
  '学校ごとの平均が、どの区分にいくつあるかを示します。図の棒は学校の割合（%）、表は校数です。';

/** Axis title under the spread's bins. */
export function spreadAxis(valueTitle: string): string {
  return `学校の平均（${valueTitle}）`;
}

/** Row label of the spread table. */
export const SPREAD_ROW = '学校数';

/** What a spread counts, after the number in its legend: `市全体（5校）`. */
export const SPREAD_UNIT = '校';

/** Note under a spread table that lists only the bins from the lowest to the highest held. */
export const SPREAD_TRIMMED =
  '表は、学校の平均がある区分のうち最も低いものから最も高いものまでを示します。それより外の区分は0校です。';

/** What the spread counts, and what it leaves out. */
export function spreadNote(shown: number, suppressed: number, minGroupSize: number): string {
  return (
    `${shown}校を数えています。` +
    (suppressed > 0
      ? `人数が${minGroupSize}人未満の学年など、${suppressed}校は数えていません。`
      : '') +
    'どの学校がどこにあるかは示しません。'
  );
}

/** The city models' section. */
export const MODELS_SECTION = {
  heading: 'インフルエンサー分析（市全体）',
  lead:
    '市全体の児童生徒で、得点と要因の関連を重回帰で分析した結果です。学校の違いを取り除くため、学校・学年ごとに中心化しています。' +
    '説明割合は得点のばらつきのうちその要因で説明できる割合、傾きは要因1SDあたりの得点の差（SD）です。',
} as const;

/** Caption of a city model's table. */
export function modelTableCaption(
  outcome: string,
  n: number,
  schools: number,
  r2: string,
  r2Ci: string,
): string {
  return `${outcome}：${people(n)}・${schools}校、全要因で説明できる割合 ${r2}（${r2Ci}）`;
}

/** Column headings of a city model's table. */
export const MODEL_TABLE_HEADS = {
  share: '説明割合',
  shareCi: '説明割合の95%信頼区間',
  slope: '傾き（SD）',
  label: '関連',
} as const;

/** Factors left out of a model. */
export function leftOutNote(labels: readonly string[]): string {
  return `要因の上限（15）を超えたため、次の要因はこのモデルに入れていません：${labels.join('、')}。`;
}

/** The data-quality part and its section. */
export const QUALITY_SECTION = {
  heading: 'データの状態',
  section: '読み込みと結合の結果',
  lead: '読み込んだファイルの行数、取り込まなかった行と値、調査ごとの児童生徒数です。',
} as const;

/** What each input file is, by its id in the build (DATA-CONTRACT.md). */
const FILE_WORDS: Readonly<Record<string, string>> = {
  schools: '学校マスタ',
  zenkoku: '全国学調',
  zenkokuItems: '全国学調 設問マスタ',
  zenkokuQuestions: '全国学調 質問紙マスタ',
  fukushima: 'ふくしま学調',
  isus: 'I-SUS',
  isusItems: 'I-SUS 項目マスタ',
  benchmarks: '公表値（全国・福島県）',
};

/** An input file's name in the table: `全国学調 設問マスタ（zenkokuItems）`. */
export function fileLabel(id: string): string {
  return FILE_WORDS[id] ? `${FILE_WORDS[id]}（${id}）` : id;
}

/** Block headings and column headings of the data-quality section. */
export const QUALITY_WORDS = {
  files: 'ファイルごとの行数',
  file: 'ファイル',
  present: 'あり',
  absent: 'なし',
  presence: 'ファイルの有無',
  read: '読んだ行',
  accepted: '取り込んだ行',
  rejected: '取り込まなかった行',
  warnings: '欠損とした値',
  issues: '問題の種類ごとの件数',
  code: '種類',
  count: '件数',
  noIssues: '取り込まなかった行や、欠損とした値はありませんでした。',
  join: '調査ごとの児童生徒数',
  sources: '調査',
  students: '児童生徒数',
  missing: '対象学年でデータがない児童生徒',
  combinations: '調査の組み合わせ',
  total: '合計',
} as const;

/** Surveys together, e.g. `全国学調・I-SUS`. */
export function sourceList(names: readonly string[]): string {
  return names.join('・');
}
