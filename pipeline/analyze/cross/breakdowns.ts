/**
 * The breakdowns of the cross analysis: every national question by its answers, and every scale
 * of ふくしま学力調査 and I-SUS by bands of half a point.
 */
import type { Student } from '../../join/student.js';
import type { Config } from '../../shared/config.js';
import type { InputData, SchoolType } from '../../shared/types.js';
import type { MeasureDef } from '../measures.js';
import type { CrossBreakdown } from './schema.js';

/** One way of splitting students: its cells and each student's cell (index), or null. */
export interface Breakdown {
  by: CrossBreakdown['by'];
  keys: string[];
  labels: string[];
  cellOf: (student: Student) => number | null;
}

/** Scale bands: below 2, then half-point steps up to 4. */
export const CROSS_BANDS = ['2.0未満', '2.0〜', '2.5〜', '3.0〜', '3.5〜4.0'];

/** The band index of a scale score 1–4. */
export const bandOf = (v: number): number =>
  v < 2 ? 0 : Math.min(CROSS_BANDS.length - 1, Math.floor((v - 2) / 0.5) + 1);

/** Every breakdown of a 校種: its questions in number order, then the scales. */
export function defineBreakdowns(data: InputData, config: Config, type: SchoolType): Breakdown[] {
  const questions = data.zenkokuQuestions
    .filter((q) => q.schoolType === type)
    .sort((a, b) => a.questionNo.localeCompare(b.questionNo, 'ja', { numeric: true }))
    .map((q): Breakdown => {
      const index = new Map(q.choices.map((c, i) => [c.code, i]));
      return {
        by: { kind: 'question', id: `zenkoku.question.${q.questionNo}`, label: q.text },
        keys: q.choices.map((c) => String(c.code)),
        labels: q.choices.map((c) => c.label),
        cellOf: (s) => index.get(s.zenkoku?.questions[q.questionNo] ?? -1) ?? null,
      };
    });
  const scale = (id: string, label: string, read: (s: Student) => number | null | undefined) => ({
    by: { kind: 'scale' as const, id, label },
    keys: CROSS_BANDS.map((_, i) => String(i)),
    labels: CROSS_BANDS,
    cellOf: (s: Student) => {
      const v = read(s);
      return v === null || v === undefined ? null : bandOf(v);
    },
  });
  const fukushima = Object.values(config.fukushima.scales)
    .flat()
    .map((name) => scale(`fukushima.scale.${name}`, name, (s) => s.fukushima?.scales[name]));
  const isus = [...new Set(data.isusItems.map((i) => i.scale))].map((name) =>
    scale(`isus.scale.${name}`, name, (s) => s.isus?.scales[name]),
  );
  return [...questions, ...fukushima, ...isus];
}

/**
 * Whether an outcome is broken down by a breakdown: the national questions only break down the
 * national test's outcomes (answered in the same sitting); the scales break down every outcome.
 */
export function crosses(outcome: MeasureDef, breakdown: Breakdown): boolean {
  return breakdown.by.kind === 'scale' || outcome.survey === 'zenkoku';
}
