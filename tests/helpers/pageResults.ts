/**
 * A small city for page tests, analysed by the real analyze stage: school A (小) with a 6th
 * grade of two classes, `1` (4 students) and a small class with a name full of HTML
 * characters (2 students, under caution), and school B with 4 students. 英語 IRT scores exist
 * for only two students of the city, so the city's 英語 figure is suppressed. School A's 算数 is
 * clearly below the city's (下回る). Every item is in 領域A and 観点A; their 問題形式 differ
 * ({@link ITEM_FORMATS}). I-SUS has one item per scale (承認, 被侵害), so a student's scale score
 * is the answer itself.
 */
import { analyzeEdition, type EditionAnalysis } from '../../pipeline/analyze/analyzeEdition.js';
import type { SchoolResults } from '../../pipeline/analyze/resultsSchema.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { defaultConfig } from '../../pipeline/shared/config.js';
import type { ItemCode, ZenkokuQuestion } from '../../pipeline/shared/types.js';
import { fukushimaRow, inputData, isusRow, item, key, school, zenkokuRow } from './inputData.js';

/** The small class's name: every character HTML must escape. */
export const SMALL_CLASS = '<ひまわり>&"\'';

/** minGroupSize of the page tests: class 1 (4) is shown, the small class (2) under caution. */
export const PAGE_MIN_GROUP = 3;

// school, class, seat, 国語 codes, 算数 codes (9 = no answer), 英語 IRT, 質問01, level step,
// previous step, やり抜く力, 自制心, I-SUS 承認, I-SUS 被侵害
type Row = [
  string,
  string,
  number,
  string,
  string,
  number | null,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const ROWS: Row[] = [
  ['A', '1', 1, '1101', '1000', null, 1, 14, 12, 3.2, 2.8, 4, 1],
  ['A', '1', 2, '1001', '0100', null, 2, 12, 12, 2.6, 2.4, 2, 1],
  ['A', '1', 3, '1111', '0010', null, 3, 17, 15, 3.5, 3.0, 3, 3],
  ['A', '1', 4, '0101', '0901', null, 1, 10, 11, 2.2, 2.0, 1, 4],
  ['A', SMALL_CLASS, 1, '1000', '1100', 455, 4, 8, 7, 1.8, 2.2, 3, 2],
  ['A', SMALL_CLASS, 2, '1100', '1000', 520, 2, 11, 9, 2.4, 2.6, 2, 2],
  ['B', '1', 1, '1111', '1111', null, 1, 19, 16, 3.6, 3.4, 4, 1],
  ['B', '1', 2, '0111', '1110', null, 2, 15, 15, 3.0, 3.1, 3, 2],
  ['B', '1', 3, '0011', '0111', null, 3, 13, 14, 2.8, 2.9, 3, 2],
  ['B', '1', 4, '1011', '1011', null, 1, 16, 13, 3.1, 2.7, 2, 3],
];

/** 問題形式 of items 1–4 of each subject in the 設問マスタ. */
const ITEM_FORMATS = ['選択式', '短答式', '記述式', '選択式'];

const codes = (pattern: string): Record<string, ItemCode> =>
  Object.fromEntries([...pattern].map((c, i) => [String(i + 1), Number(c) as ItemCode]));

const question: ZenkokuQuestion = {
  schoolType: '小',
  questionNo: '01',
  text: '朝食を毎日食べていますか',
  category: '生活習慣',
  choices: [1, 2, 3, 4].map((code) => ({ code, label: String(code) })),
  positive: [1, 2],
  factor: false,
};

/** The input data of the small city. */
export function pageInputData() {
  return inputData({
    schools: [school('A', '小'), school('B', '小')],
    zenkoku: ROWS.map(([s, c, seat, ja, math, irt, q]) =>
      zenkokuRow(
        key(s, 6, c, seat),
        { 国語: codes(ja), 算数: codes(math) },
        { irt: irt === null ? {} : { 英語: irt }, questions: { '01': q } },
      ),
    ),
    zenkokuItems: ['国語', '算数'].flatMap((subject) =>
      ITEM_FORMATS.map((format, i) => ({ ...item('小', subject, String(i + 1)), format })),
    ),
    zenkokuQuestions: [question],
    fukushima: ROWS.map(([s, c, seat, , , , , step, prev, grit, control]) =>
      fukushimaRow(key(s, 6, c, seat), step, prev, { やり抜く力: grit, 自制心: control }),
    ),
    isus: ROWS.map(([s, c, seat, , , , , , , , , accepted, hurt]) =>
      isusRow(key(s, 6, c, seat), 1, { Q01: accepted, Q02: hurt }),
    ),
    isusItems: [
      { itemNo: 'Q01', text: '認められている', scale: '承認', reversed: false },
      { itemNo: 'Q02', text: '嫌な思いをした', scale: '被侵害', reversed: false },
    ],
    benchmarks: [
      {
        survey: '全国学調',
        schoolType: '小',
        grade: 6,
        subject: '国語',
        indicator: '平均正答率',
        national: 66.4,
        prefecture: 63.1,
      },
    ],
  });
}

/** The small city analysed by the real analyze stage (schools and the board's city results). */
export function pageAnalysis(): EditionAnalysis {
  const config = { ...defaultConfig(), minGroupSize: PAGE_MIN_GROUP };
  const data = pageInputData();
  const meta = {
    tool: { name: 'karte' as const, version: 'test' },
    year: 2025,
    edition: 'final' as const,
    buildDate: '2025-10-01',
  };
  return analyzeEdition(data, joinStudents(data, config.editions.final, config), config, meta);
}

/** School A's results (and B's, for checks that a pack holds no other school). */
export function pageResults(): { a: SchoolResults; b: SchoolResults } {
  const schools = [...pageAnalysis().schools];
  return {
    a: schools.find((s) => s.school.code === 'A')!,
    b: schools.find((s) => s.school.code === 'B')!,
  };
}
