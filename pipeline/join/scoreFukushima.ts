/** Turns a fukushima.csv row into levels, 伸び and scale scores. */
import type { FukushimaRow } from '../shared/types.js';
import type { FukushimaScores, FukushimaSubjectScore } from './student.js';

/** 伸び is this year's step minus last year's, known only where both levels are. */
export function scoreFukushima(row: FukushimaRow): FukushimaScores {
  const subjects: Record<string, FukushimaSubjectScore> = {};
  for (const [subject, s] of Object.entries(row.subjects)) {
    if (s.step === null && s.rate === null) continue;
    const growth = s.step !== null && s.prevStep !== null ? s.step - s.prevStep : null;
    subjects[subject] = { step: s.step, prevStep: s.prevStep, growth, rate: s.rate };
  }
  return { subjects, scales: { ...row.scales } };
}
