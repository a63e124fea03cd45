/**
 * zenkoku.csv rows: item codes from a logistic response model on the student's θ, the 理科 IRT
 * score and band, and the questionnaire answers from the traits each question measures.
 * 記述式 items draw far more 無解答 (9) than the other formats, and more so among weaker
 * students, as in the real results.
 */
import type { Random } from '../../../pipeline/shared/random.js';
import { chance, clamp, logistic } from '../draw.js';
import { pad2 } from '../format.js';
import type { ItemFormat } from '../masters/zenkoku-item-table.js';
import type { ZenkokuItemSpec } from '../masters/zenkoku-items.js';
import { ZENKOKU_QUESTIONS, type QuestionDef } from '../masters/zenkoku-questions.js';
import { ZENKOKU_IRT_SUBJECT, mathSubject, zenkokuSubjects } from '../subjects.js';
import { cutsFromShares, drawOrdinal } from '../students/ordinal.js';
import { standardAbility, type Student } from '../students/student.js';
import type { RowBuilder } from './columns.js';
import { ID_COLUMN, KEY_COLUMNS } from './columns.js';

/** Subjects with item columns, in column order (the union over school types). */
const ZENKOKU_ITEM_COLUMN_SUBJECTS = ['国語', '算数', '数学'];
/** Chance of 無解答 (9) on an item the student did not get right, by format. */
const NO_ANSWER: Record<ItemFormat, number> = { 選択式: 0.02, 短答式: 0.07, 記述式: 0.28 };
/** Chance that a student who sat the test missed one subject (all its items blank). */
const SUBJECT_ABSENT = 0.012;
const QUESTION_NO_ANSWER = 0.006;
/** IRT band cut points: below 400 → 1, … from 600 → 5. */
const BAND_CUTS = [400, 470, 530, 600];

/** The header: keys, 性別, every item column of both school types, IRT, then 質問. */
export function zenkokuHeader(items: readonly ZenkokuItemSpec[]): string[] {
  const itemColumns = ZENKOKU_ITEM_COLUMN_SUBJECTS.flatMap((subject) => {
    const count = Math.max(
      0,
      ...items.filter((i) => i.subject === subject).map((i) => Number(i.itemNo)),
    );
    return Array.from({ length: count }, (_, i) => `${subject}_${pad2(i + 1)}`);
  });
  return [
    ...KEY_COLUMNS,
    ID_COLUMN,
    '性別',
    ...itemColumns,
    `${ZENKOKU_IRT_SUBJECT}_IRT`,
    `${ZENKOKU_IRT_SUBJECT}_IRTバンド`,
    ...ZENKOKU_QUESTIONS.map((q) => `質問${q.questionNo}`),
  ];
}

const questionCuts = new Map<QuestionDef, number[]>(
  ZENKOKU_QUESTIONS.map((q) => [q, cutsFromShares([...q.shares].reverse())]),
);

/** The row of one student who sat the national test. */
export function buildZenkokuRow(
  rng: Random,
  builder: RowBuilder,
  items: readonly ZenkokuItemSpec[],
  student: Student,
): string[] {
  const row = builder.blank();
  KEY_COLUMNS.forEach((column, i) => builder.set(row, column, student.key[i] ?? ''));
  builder.set(row, ID_COLUMN, student.id);
  builder.set(row, '性別', String(student.sex));
  const theta = student.latent.theta;
  for (const subject of zenkokuSubjects(student.type)) {
    if (chance(rng, SUBJECT_ABSENT)) continue;
    const ability = theta[subject] ?? 0;
    for (const item of items) {
      if (item.schoolType !== student.type || item.subject !== subject) continue;
      builder.set(row, `${subject}_${item.itemNo}`, itemCode(rng, ability, item));
    }
  }
  // LIMITATION: the IRT score is a linear rescaling of θ, not a score from a calibrated item
  // bank, so its spread is normal rather than the slightly skewed published distribution.
  if (!chance(rng, SUBJECT_ABSENT)) {
    const irt = clamp(
      Math.round(500 + 100 * standardAbility(student, ZENKOKU_IRT_SUBJECT)),
      200,
      800,
    );
    builder.set(row, `${ZENKOKU_IRT_SUBJECT}_IRT`, String(irt));
    builder.set(
      row,
      `${ZENKOKU_IRT_SUBJECT}_IRTバンド`,
      String(1 + BAND_CUTS.filter((c) => irt >= c).length),
    );
  }
  for (const question of ZENKOKU_QUESTIONS) {
    builder.set(row, `質問${question.questionNo}`, answerCode(rng, question, student));
  }
  return row;
}

function itemCode(rng: Random, ability: number, item: ZenkokuItemSpec): string {
  if (chance(rng, logistic(1.7 * (ability - item.difficulty)))) return '1';
  const noAnswer = NO_ANSWER[item.format] * (ability < 0 ? 1.5 : 1);
  return chance(rng, noAnswer) ? '9' : '0';
}

function answerCode(rng: Random, question: QuestionDef, student: Student): string {
  if (chance(rng, QUESTION_NO_ANSWER)) return '9';
  const driver = question.driver;
  const value = driver.startsWith('ability:')
    ? standardAbility(student, driver === 'ability:math' ? mathSubject(student.type) : '国語')
    : student.latent.traits[driver as Exclude<typeof driver, `ability:${string}`>];
  const level = drawOrdinal(rng, value, question.loading, questionCuts.get(question) ?? []);
  return String(question.choices.length + 1 - level);
}
