/**
 * The outcomes of the influencer and cross analyses: one subject's score at a time — 正答率 and
 * IRT score of the national test, level and 伸び of ふくしま学力調査.
 */
import type { Student } from '../../join/student.js';
import type { SchoolType } from '../../shared/types.js';
import type { MeasureDef, MeasureRegistry } from '../measures.js';

/** Score metrics that are outcomes, in the order their models are listed. */
export const OUTCOME_METRICS = ['rate', 'irt', 'step', 'growth'] as const;

/** The outcome measures of a 校種, national test first, then ふくしま by subject. */
export function outcomeDefs(registry: MeasureRegistry, schoolType: SchoolType): MeasureDef[] {
  const defs = [...registry.get(schoolType)!.values()].filter(
    (d) => d.family === 'score' && (OUTCOME_METRICS as readonly string[]).includes(d.metric),
  );
  const rank = (d: MeasureDef) =>
    (d.survey === 'zenkoku' ? 0 : 1) * 10 + OUTCOME_METRICS.indexOf(d.metric as 'rate');
  return defs.sort((a, b) => rank(a) - rank(b));
}

/** A student's value of an outcome measure, or null when missing. */
export function outcomeValue(student: Student, def: MeasureDef): number | null {
  const subject = def.subject ?? '';
  switch (def.metric) {
    case 'rate':
      return student.zenkoku?.subjects[subject]?.rate ?? null;
    case 'irt':
      return student.zenkoku?.irt[subject] ?? null;
    case 'step':
      return student.fukushima?.subjects[subject]?.step ?? null;
    case 'growth':
      return student.fukushima?.subjects[subject]?.growth ?? null;
    default:
      return null;
  }
}
