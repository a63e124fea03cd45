/**
 * Writing the master files (設問マスタ, 質問紙マスタ, I-SUS 項目マスタ) and benchmarks.csv.
 */
import { join } from 'node:path';
import type { SchoolType } from '../../pipeline/shared/types.js';
import { openCsvWriter } from './csv-writer.js';
import { FILES, type GeneratedFile } from './files.js';
import type { BenchmarkRow } from './masters/benchmarks.js';
import { ISUS_ITEMS } from './masters/isus-items.js';
import type { ZenkokuItemSpec } from './masters/zenkoku-items.js';
import { ZENKOKU_QUESTIONS, questionText } from './masters/zenkoku-questions.js';

type Rows = readonly (readonly string[])[];

function writeFile(
  out: string,
  file: GeneratedFile,
  header: readonly string[],
  rows: Rows,
): number {
  const { name, dialect } = FILES[file];
  const writer = openCsvWriter(join(out, name), header, dialect);
  for (const row of rows) writer.writeRow(row);
  return writer.close();
}

/** zenkoku_items.csv. Returns the rows written. */
export function writeZenkokuItems(out: string, items: readonly ZenkokuItemSpec[]): number {
  const header = [
    '校種',
    '教科',
    '設問番号',
    '領域',
    '観点',
    '問題形式',
    '全国正答率',
    '福島県正答率',
  ];
  const rows = items.map((i) => [
    i.schoolType,
    i.subject,
    i.itemNo,
    i.domain,
    i.viewpoint,
    i.format,
    i.nationalRate.toFixed(1),
    i.prefectureRate.toFixed(1),
  ]);
  return writeFile(out, 'zenkokuItems', header, rows);
}

/** zenkoku_questions.csv: every question for 小, then for 中. */
export function writeZenkokuQuestions(out: string): number {
  const header = ['校種', '質問番号', '質問文', '分類', '選択肢', '肯定的回答', '要因分析'];
  const rows = (['小', '中'] as SchoolType[]).flatMap((type) =>
    ZENKOKU_QUESTIONS.map((q) => [
      type,
      q.questionNo,
      questionText(q.text, type),
      questionText(q.category, type),
      q.choices.map((label, i) => `${i + 1}:${label}`).join(';'),
      q.positive.join(';'),
      q.factor ? '1' : '0',
    ]),
  );
  return writeFile(out, 'zenkokuQuestions', header, rows);
}

/** isus_items.csv. */
export function writeIsusItems(out: string): number {
  const header = ['項目番号', '項目内容', '尺度', '逆転'];
  const rows = ISUS_ITEMS.map((i) => [i.itemNo, i.text, i.scale, i.reversed ? '1' : '0']);
  return writeFile(out, 'isusItems', header, rows);
}

/** benchmarks.csv. */
export function writeBenchmarks(out: string, rows: readonly BenchmarkRow[]): number {
  const header = ['調査', '校種', '学年', '教科', '指標', '全国', '福島県'];
  return writeFile(out, 'benchmarks', header, rows);
}
