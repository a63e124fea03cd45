/**
 * A scope is the group a page section is about (本校 for a grade, 本学級 for a class) with the
 * figures of that group and the reference columns it is set against: 市全体, 福島県, 全国 for a
 * school; 本校 and 市全体 for a class. Tables and charts of every page are built from a scope.
 */
import type {
  Figure,
  MeasureFigures,
  MeasureInfo,
  Reference,
  SchoolResults,
} from '../analyze/resultsSchema.js';
import type { GroupName } from '../chart/palette.js';

/** A reference value of a figure: another group's figure, or a published value. */
export type ReferenceValue =
  { kind: 'figure'; figure: Figure } | { kind: 'published'; value: number };

/** A column of reference values beside the group's own figure. */
export interface ReferenceColumn {
  group: GroupName;
  valueOf: (figures: MeasureFigures) => ReferenceValue | null;
}

export interface Scope {
  /** The group the figures are about. */
  own: '本校' | '本学級';
  figures: readonly MeasureFigures[];
  references: readonly ReferenceColumn[];
  measures: ReadonlyMap<string, MeasureInfo>;
  minGroupSize: number;
}

const figureOf = (figure: Figure | null): ReferenceValue | null =>
  figure ? { kind: 'figure', figure } : null;

const publishedOf =
  (kind: Reference['kind']) =>
  (figures: MeasureFigures): ReferenceValue | null => {
    const ref = figures.refs.find((r) => r.kind === kind);
    return ref ? { kind: 'published', value: ref.value } : null;
  };

const CITY: ReferenceColumn = { group: '市全体', valueOf: (f) => figureOf(f.city) };

/** A grade of the school against the city and the published values. */
export function schoolScope(results: SchoolResults, figures: readonly MeasureFigures[]): Scope {
  return {
    own: '本校',
    figures,
    references: [
      CITY,
      { group: '福島県', valueOf: publishedOf('prefecture') },
      { group: '全国', valueOf: publishedOf('nation') },
    ],
    measures: measureIndex(results),
    minGroupSize: results.minGroupSize,
  };
}

/** A class against its school and the city. */
export function classScope(results: SchoolResults, figures: readonly MeasureFigures[]): Scope {
  return {
    own: '本学級',
    figures,
    references: [{ group: '本校', valueOf: (f) => figureOf(f.school) }, CITY],
    measures: measureIndex(results),
    minGroupSize: results.minGroupSize,
  };
}

const indexes = new WeakMap<SchoolResults, Map<string, MeasureInfo>>();

/** The school's measures by id (built once per results object). */
export function measureIndex(results: SchoolResults): ReadonlyMap<string, MeasureInfo> {
  let index = indexes.get(results);
  if (!index) {
    index = new Map(results.measures.map((m) => [m.id, m]));
    indexes.set(results, index);
  }
  return index;
}

/** The scope's figures whose measure passes `keep`, each with its measure, in results order. */
export function figuresWhere(
  scope: Scope,
  keep: (info: MeasureInfo) => boolean,
): { info: MeasureInfo; figures: MeasureFigures }[] {
  const out: { info: MeasureInfo; figures: MeasureFigures }[] = [];
  for (const figures of scope.figures) {
    const info = scope.measures.get(figures.measure);
    if (info && keep(info)) out.push({ info, figures });
  }
  return out;
}

/** The same scope with only the figures whose measure passes `keep`. */
export function narrowScope(scope: Scope, keep: (info: MeasureInfo) => boolean): Scope {
  return { ...scope, figures: figuresWhere(scope, keep).map(({ figures }) => figures) };
}

/** The figure's comparison with the city, if there is one. */
export function cityReference(figures: MeasureFigures): Reference | undefined {
  return figures.refs.find((r) => r.kind === 'city');
}

/** Whether a figure has numbers to show (shown or under caution) rather than being withheld. */
export function isVisible(figure: Figure): boolean {
  return figure.status !== 'suppressed' && figure.mean !== null;
}
