/** Turns a zenkoku.csv row into a student's national-test scores, using the 設問マスタ. */
import type { SchoolType, ZenkokuItem, ZenkokuRow } from '../shared/types.js';
import type { ZenkokuScores, ZenkokuSubjectScore } from './student.js';

/** 校種 → 教科 → the subject's 設問番号 in master order. */
export type ItemIndex = Map<SchoolType, Map<string, string[]>>;

/** Indexes the item master by 校種 and 教科. */
export function indexItems(items: readonly ZenkokuItem[]): ItemIndex {
  const index: ItemIndex = new Map();
  for (const item of items) {
    let bySubject = index.get(item.schoolType);
    if (!bySubject) index.set(item.schoolType, (bySubject = new Map<string, string[]>()));
    const list = bySubject.get(item.subject) ?? [];
    list.push(item.itemNo);
    bySubject.set(item.subject, list);
  }
  return index;
}

/**
 * Scores one row. A subject whose items are all blank was not sat and is left out, as the data
 * contract says; an unreadable code (already warned about) counts as not correct.
 */
export function scoreZenkoku(
  row: ZenkokuRow,
  schoolType: SchoolType,
  index: ItemIndex,
): ZenkokuScores {
  const subjects: Record<string, ZenkokuSubjectScore> = {};
  for (const [subject, itemNos] of index.get(schoolType) ?? []) {
    const answers = row.items[subject];
    if (!answers) continue;
    const codes: ZenkokuSubjectScore['codes'] = {};
    let sat = false;
    let correct = 0;
    for (const itemNo of itemNos) {
      const code = answers[itemNo] ?? null;
      codes[itemNo] = code;
      if (code !== null) sat = true;
      if (code === 1) correct++;
    }
    if (!sat) continue;
    subjects[subject] = {
      correct,
      itemCount: itemNos.length,
      rate: (100 * correct) / itemNos.length,
      codes,
    };
  }
  const irt: Record<string, number> = {};
  for (const [subject, score] of Object.entries(row.irt)) if (score !== null) irt[subject] = score;
  return { subjects, irt, questions: { ...row.questions } };
}
