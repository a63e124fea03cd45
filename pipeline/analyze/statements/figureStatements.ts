/**
 * 強み・課題 from a grade's or class's figures: a measure where the group's 95% interval lies
 * wholly above or below a reference value (the city, 福島県, 全国) gives one sentence per
 * direction. Only groups of at least minGroupSize students (status shown) speak; a figure under
 * caution or suppressed never does.
 */
import type { MeasureDef, MeasureFamily } from '../measures.js';
import type { MeasureFigures, Reference } from '../resultsSchema.js';
import type { Statement } from './schema.js';
import { comparisonSentence, scopeWords } from './words.js';

/** Families in the order their sentences are offered, with how many each may give per kind. */
const FAMILIES: readonly [MeasureFamily, number][] = [
  ['score', Infinity],
  ['grew', Infinity],
  ['domain', 2],
  ['viewpoint', 2],
  ['scale', 2],
  ['question', 2],
  ['item', 2],
  ['noAnswer', 2],
];

/** At most this many strengths, and as many issues, per grade or class. */
export const MAX_PER_KIND = 6;

interface Candidate {
  statement: Statement;
  family: MeasureFamily;
  /** |difference| in city SDs (or in the unit when the SD is unknown), for ordering. */
  size: number;
}

/**
 * The sentences of one scope. `lowerIsBetter` names measures where being below is the strength;
 * 無解答率 always is.
 */
export function buildFigureStatements(
  figures: readonly MeasureFigures[],
  defs: ReadonlyMap<string, MeasureDef>,
  scope: { grade: number; cls: string | null },
  lowerIsBetter: ReadonlySet<string>,
): Statement[] {
  const candidates: Candidate[] = [];
  const words = scopeWords(scope.grade, scope.cls);
  for (const f of figures) {
    const def = defs.get(f.measure);
    if (!def || f.group.status !== 'shown' || f.group.mean === null) continue;
    const lower = def.family === 'noAnswer' || lowerIsBetter.has(def.id);
    for (const call of ['above', 'below'] as const) {
      const refs = f.refs.filter(
        (r): r is Reference & { kind: 'city' | 'prefecture' | 'nation' } =>
          r.kind !== 'school' && r.call === call,
      );
      if (refs.length === 0) continue;
      const favourable = (call === 'above') !== lower;
      candidates.push({
        family: def.family,
        size: Math.abs(refs[0]!.diff) / (f.city.sd ?? 1),
        statement: {
          kind: favourable ? 'strength' : 'issue',
          text: comparisonSentence(words, def, f.group.mean, refs, call),
          source: {
            section: 'figures',
            grade: scope.grade,
            class: scope.cls,
            measure: def.id,
            references: refs.map((r) => r.kind),
            outcome: null,
            factor: null,
          },
        },
      });
    }
  }
  return (['strength', 'issue'] as const).flatMap((kind) => pick(candidates, kind));
}

function pick(candidates: readonly Candidate[], kind: Statement['kind']): Statement[] {
  const chosen: Statement[] = [];
  for (const [family, cap] of FAMILIES) {
    const own = candidates
      .filter((c) => c.family === family && c.statement.kind === kind)
      .sort((a, b) => b.size - a.size)
      .slice(0, cap);
    for (const c of own) if (chosen.length < MAX_PER_KIND) chosen.push(c.statement);
  }
  return chosen;
}
