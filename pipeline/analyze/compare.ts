/**
 * compare: a group's figure against reference values (the city, its school, and the published
 * 福島県・全国 values), called 上回る / 下回る only where the group's interval says so.
 */
import type { Benchmark, BenchmarkIndicator, SchoolType, ZenkokuItem } from '../shared/types.js';
import type { MeasureDef } from './measures.js';
import type { Figure, Reference } from './resultsSchema.js';

/** above when the whole interval is above the value, below when wholly below, else unclear. */
export function callAgainst(figure: Figure, value: number): Reference['call'] {
  if (!figure.ci) return 'unclear';
  if (figure.ci[0] > value) return 'above';
  if (figure.ci[1] < value) return 'below';
  return 'unclear';
}

/** A reference for a shown figure; null when the figure or the reference has no value. */
export function referenceTo(
  figure: Figure,
  kind: Reference['kind'],
  value: number | null | undefined,
): Reference | null {
  if (
    figure.mean === null ||
    figure.status === 'suppressed' ||
    value === null ||
    value === undefined
  )
    return null;
  return { kind, value, diff: figure.mean - value, call: callAgainst(figure, value) };
}

const INDICATORS: Record<string, BenchmarkIndicator> = {
  'zenkoku.rate': '平均正答率',
  'zenkoku.irt': '平均IRTスコア',
  'fukushima.step': '平均学力レベル',
  'fukushima.growth': '平均伸び',
};

/** Published values for a measure, from benchmarks.csv (scores) or the item master (items). */
export interface PublishedValues {
  prefecture: number | null;
  nation: number | null;
}

/** Looks up the published 福島県・全国 values of a measure in a grade. */
export function createPublishedLookup(
  benchmarks: readonly Benchmark[],
  items: readonly ZenkokuItem[],
) {
  const byKey = new Map<string, Benchmark>();
  for (const b of benchmarks)
    byKey.set(`${b.schoolType}|${b.grade}|${b.subject}|${b.indicator}`, b);
  const itemByKey = new Map<string, ZenkokuItem>();
  for (const i of items) itemByKey.set(`${i.schoolType}|${i.subject}|${i.itemNo}`, i);

  return (def: MeasureDef, schoolType: SchoolType, grade: number): PublishedValues => {
    if (def.family === 'item') {
      const item = itemByKey.get(`${schoolType}|${def.subject}|${def.metric}`);
      return { prefecture: item?.prefectureRate ?? null, nation: item?.nationalRate ?? null };
    }
    const indicator =
      def.family === 'score' ? INDICATORS[`${def.survey}.${def.metric}`] : undefined;
    const b = indicator
      ? byKey.get(`${schoolType}|${grade}|${def.subject}|${indicator}`)
      : undefined;
    return { prefecture: b?.prefecture ?? null, nation: b?.national ?? null };
  };
}
