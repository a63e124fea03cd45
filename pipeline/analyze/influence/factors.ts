/**
 * The factors of the influencer analysis: the scale scores of ふくしま学力調査 and I-SUS, and the
 * national questions marked 要因分析, each a number per student where higher means more of the
 * thing named (ANALYSIS.md, "Influencer analysis"; DATA-CONTRACT.md, answer codes).
 */
import type { Student } from '../../join/student.js';
import type { Config } from '../../shared/config.js';
import { KarteError } from '../../shared/issues.js';
import type { InputData, SchoolType, ZenkokuQuestion } from '../../shared/types.js';
import { SCHOOL_TYPES } from '../../shared/types.js';
import type { FactorInfo } from './schema.js';

/** A factor for one 校種, with the way to read its value from a student. */
export interface FactorDef extends FactorInfo {
  schoolType: SchoolType;
  /** The student's value, or null when missing. */
  value: (student: Student) => number | null;
}

/** 校種 → its candidate factors, in the order they are offered to a model. */
export type FactorRegistry = Map<SchoolType, FactorDef[]>;

/**
 * The candidate factors of each 校種. Without `config.analysis.factors`, the order is the
 * ふくしま scales (as configured), the I-SUS scales (master order), then the questions marked
 * 要因分析 (by number); a model takes the first 15 that its population has. With it, exactly the
 * named factors in that order; a name that is a factor of neither 校種 is a fatal error.
 */
export function defineFactors(data: InputData, config: Config): FactorRegistry {
  const all = new Map<SchoolType, FactorDef[]>(
    SCHOOL_TYPES.map((type) => [
      type,
      [...scaleFactors(data, config, type), ...questions(data, type)],
    ]),
  );
  const named = config.analysis.factors;
  if (!named) return all;
  const known = new Set([...all.values()].flat().map((f) => f.id));
  const unknown = named.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new KarteError({
      code: 'E_FACTOR_UNKNOWN',
      value: unknown,
      expected: [...known].join(', '),
    });
  }
  return new Map(
    SCHOOL_TYPES.map((type) => {
      const byId = new Map(all.get(type)!.map((f) => [f.id, f]));
      return [type, named.flatMap((id) => byId.get(id) ?? [])];
    }),
  );
}

function scaleFactors(data: InputData, config: Config, schoolType: SchoolType): FactorDef[] {
  const fukushima = Object.entries(config.fukushima.scales).flatMap(([group, names]) =>
    names.map((name): FactorDef => ({
      id: `fukushima.scale.${name}`,
      label: name,
      survey: 'fukushima',
      kind: 'scale',
      group,
      measure: `fukushima.scale.${name}`,
      scoring: 'ふくしま学調の尺度得点（1〜4）',
      schoolType,
      value: (s) => s.fukushima?.scales[name] ?? null,
    })),
  );
  const isus = [...new Set(data.isusItems.map((i) => i.scale))].map((name): FactorDef => ({
    id: `isus.scale.${name}`,
    label: name,
    survey: 'isus',
    kind: 'scale',
    group: 'I-SUS',
    measure: `isus.scale.${name}`,
    scoring: 'I-SUSの尺度得点（1〜4、逆転項目は反転済み）',
    schoolType,
    value: (s) => s.isus?.scales[name] ?? null,
  }));
  return [...fukushima, ...isus];
}

function questions(data: InputData, schoolType: SchoolType): FactorDef[] {
  return data.zenkokuQuestions
    .filter((q) => q.schoolType === schoolType && q.factor)
    .sort((a, b) => a.questionNo.localeCompare(b.questionNo, 'ja', { numeric: true }))
    .map((q) => questionFactor(q));
}

/** A question as a number: (choices + 1 − code), so the most positive answer is the highest. */
function questionFactor(q: ZenkokuQuestion): FactorDef {
  const codes = new Set(q.choices.map((c) => c.code));
  const top = q.choices.length + 1;
  return {
    id: `zenkoku.question.${q.questionNo}`,
    label: `質問${q.questionNo}（${q.category}）`,
    survey: 'zenkoku',
    kind: 'question',
    group: q.category,
    measure: `zenkoku.question.${q.questionNo}`,
    scoring: `選択肢の番号を反転（${q.choices.length}択: ${top} − 番号）`,
    schoolType: q.schoolType,
    value: (s) => {
      const code = s.zenkoku?.questions[q.questionNo];
      return code === null || code === undefined || !codes.has(code) ? null : top - code;
    },
  };
}
