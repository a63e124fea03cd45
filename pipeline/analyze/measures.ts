/**
 * The measures of a year: every per-student number the karte summarises, defined once from the
 * masters (items, questions, scales) so that every scope, chart and page names it the same way.
 */
import type { Student } from '../join/student.js';
import type { Config } from '../shared/config.js';
import type { InputData, SchoolType, SourceId } from '../shared/types.js';
import { SCHOOL_TYPES } from '../shared/types.js';

export type MeasureFamily =
  'score' | 'scale' | 'question' | 'item' | 'noAnswer' | 'domain' | 'viewpoint' | 'grew';

/** One measure for one 校種. `share` measures hold 0/1 per student and are shown as percent. */
export interface MeasureDef {
  id: string;
  family: MeasureFamily;
  survey: SourceId;
  schoolType: SchoolType;
  subject: string | null;
  /**
   * rate | irt | step | growth for scores; `all` for a subject's 無解答率 (family noAnswer, the
   * mean of each student's share of items left unanswered); the scale, question, item, domain or
   * viewpoint otherwise.
   */
  metric: string;
  /** Japanese label for pages. */
  label: string;
  unit: '%' | '点' | '段階' | '';
  decimals: number;
  kind: 'mean' | 'share';
  /** Scale group (非認知能力, 学習方略, I-SUS) or question category. */
  group: string | null;
  /** The values a student can have, e.g. [0, 100] for a rate; intervals are clipped to it. */
  range: readonly [number, number] | null;
  /** Distribution bins, in order; null where no distribution is drawn. */
  bins: string[] | null;
  /** Index into `bins` of a student's value. */
  binOf: ((value: number) => number) | null;
  /**
   * What the 設問マスタ says of the item, on an item's own measures (its 正答率 and 無解答率);
   * absent on every other measure.
   */
  item?: ItemMaster;
}

/**
 * An item's 領域, 観点 and 問題形式 as zenkoku_items.csv gives them; null where the master
 * leaves the cell blank, so that no page prints an empty label.
 */
export interface ItemMaster {
  domain: string | null;
  viewpoint: string | null;
  format: string | null;
}

export type MeasureRegistry = Map<SchoolType, Map<string, MeasureDef>>;

const base = { group: null, bins: null, binOf: null, range: null } as const;

/** Level numbers 1–12 of the 36-step scale. */
export const LEVEL_BINS = Array.from({ length: 12 }, (_, i) => `${i + 1}`);
/** 伸び from −3 or less to +6 or more, in steps. */
export const GROWTH_BINS = ['-3以下', '-2', '-1', '0', '+1', '+2', '+3', '+4', '+5', '+6以上'];
const IRT_EDGES = Array.from({ length: 13 }, (_, i) => 200 + i * 50);
export const IRT_BINS = ['200未満', ...IRT_EDGES.slice(0, -1).map((e) => `${e}〜`), '800以上'];
export const SCALE_BINS = ['1.0〜', '1.5〜', '2.0〜', '2.5〜', '3.0〜', '3.5〜4.0'];

/** A master's cell, or null where it is blank (the reader has already trimmed it). */
const givenOrNull = (text: string): string | null => (text === '' ? null : text);

const clampIndex = (i: number, length: number) => Math.max(0, Math.min(length - 1, i));

/**
 * Builds the registry from the masters of the year, the configuration's scale lists and, for
 * the subjects no master lists (IRT scores, ふくしま学調's subjects), the edition's students.
 */
export function defineMeasures(
  data: InputData,
  students: readonly Student[],
  config: Config,
): MeasureRegistry {
  const registry: MeasureRegistry = new Map(
    SCHOOL_TYPES.map((t) => [t, new Map<string, MeasureDef>()]),
  );
  const add = (def: MeasureDef) => registry.get(def.schoolType)!.set(def.id, def);

  for (const type of SCHOOL_TYPES) {
    const items = data.zenkokuItems.filter((i) => i.schoolType === type);
    const subjects = [...new Set(items.map((i) => i.subject))];
    for (const subject of subjects) {
      const own = items.filter((i) => i.subject === subject);
      const bins = Array.from({ length: own.length + 1 }, (_, i) => `${i}問`);
      add({
        ...base,
        id: `zenkoku.${subject}.rate`,
        family: 'score',
        survey: 'zenkoku',
        schoolType: type,
        subject,
        metric: 'rate',
        range: [0, 100],
        label: `${subject} 正答率`,
        unit: '%',
        decimals: 1,
        kind: 'mean',
        bins,
        binOf: (rate) => clampIndex(Math.round((rate * own.length) / 100), bins.length),
      });
      for (const item of own) {
        const common = {
          ...base,
          survey: 'zenkoku' as const,
          schoolType: type,
          subject,
          kind: 'share' as const,
          decimals: 1,
          unit: '%' as const,
          item: {
            domain: givenOrNull(item.domain),
            viewpoint: givenOrNull(item.viewpoint),
            format: givenOrNull(item.format),
          },
        };
        add({
          ...common,
          id: `zenkoku.${subject}.item.${item.itemNo}`,
          family: 'item',
          metric: item.itemNo,
          label: `${subject} ${item.itemNo}`,
        });
        add({
          ...common,
          id: `zenkoku.${subject}.noAnswer.${item.itemNo}`,
          family: 'noAnswer',
          metric: item.itemNo,
          label: `${subject} ${item.itemNo} 無解答`,
        });
      }
      add({
        ...base,
        id: `zenkoku.${subject}.noAnswer`,
        family: 'noAnswer',
        survey: 'zenkoku',
        schoolType: type,
        subject,
        metric: 'all',
        range: [0, 100],
        label: `${subject} 無解答率`,
        unit: '%',
        decimals: 1,
        kind: 'mean',
      });
      for (const [family, key] of [
        ['domain', 'domain'],
        ['viewpoint', 'viewpoint'],
      ] as const) {
        for (const name of new Set(own.map((i) => i[key]).filter((v) => v !== ''))) {
          add({
            ...base,
            range: [0, 100],
            id: `zenkoku.${subject}.${family}.${name}`,
            family,
            survey: 'zenkoku',
            schoolType: type,
            subject,
            metric: name,
            label: name,
            unit: '%',
            decimals: 1,
            kind: 'mean',
          });
        }
      }
    }
    for (const subject of irtSubjects(students)) {
      add({
        ...base,
        id: `zenkoku.${subject}.irt`,
        family: 'score',
        survey: 'zenkoku',
        schoolType: type,
        subject,
        metric: 'irt',
        range: [0, 1000],
        label: `${subject} IRTスコア`,
        unit: '点',
        decimals: 0,
        kind: 'mean',
        bins: IRT_BINS,
        binOf: (v) => clampIndex(v < 200 ? 0 : Math.floor((v - 200) / 50) + 1, IRT_BINS.length),
      });
    }
    for (const q of data.zenkokuQuestions.filter((q) => q.schoolType === type)) {
      add({
        ...base,
        id: `zenkoku.question.${q.questionNo}`,
        family: 'question',
        survey: 'zenkoku',
        schoolType: type,
        subject: null,
        metric: q.questionNo,
        label: q.text,
        unit: '%',
        decimals: 1,
        kind: 'share',
        group: q.category,
      });
    }
    for (const subject of fukushimaSubjects(students, type)) {
      const common = {
        ...base,
        survey: 'fukushima' as const,
        schoolType: type,
        subject,
        family: 'score' as const,
        kind: 'mean' as const,
      };
      add({
        ...common,
        id: `fukushima.${subject}.step`,
        metric: 'step',
        range: [1, 36],
        label: `${subject} 学力レベル`,
        unit: '段階',
        decimals: 1,
        bins: LEVEL_BINS,
        binOf: (step) => clampIndex(Math.ceil(step / 3) - 1, 12),
      });
      add({
        ...common,
        id: `fukushima.${subject}.growth`,
        metric: 'growth',
        label: `${subject} 伸び`,
        unit: '段階',
        decimals: 2,
        bins: GROWTH_BINS,
        binOf: (g) => clampIndex(Math.round(g) + 3, GROWTH_BINS.length),
      });
      add({
        ...common,
        id: `fukushima.${subject}.grew`,
        family: 'grew',
        kind: 'share',
        metric: 'grew',
        label: `${subject} 伸びた児童生徒の割合`,
        unit: '%',
        decimals: 1,
      });
    }
    for (const [group, names] of Object.entries(config.fukushima.scales)) {
      for (const name of names) add(scaleDef(type, 'fukushima', name, group));
    }
    for (const scale of new Set(data.isusItems.map((i) => i.scale)))
      add(scaleDef(type, 'isus', scale, 'I-SUS'));
  }
  return registry;
}

function scaleDef(
  schoolType: SchoolType,
  survey: 'fukushima' | 'isus',
  name: string,
  group: string,
): MeasureDef {
  return {
    id: `${survey}.scale.${name}`,
    family: 'scale',
    survey,
    schoolType,
    subject: null,
    metric: name,
    label: name,
    unit: '',
    decimals: 2,
    kind: 'mean',
    range: [1, 4],
    group,
    bins: SCALE_BINS,
    binOf: (v) => clampIndex(Math.floor((v - 1) * 2), SCALE_BINS.length),
  };
}

/** The subjects with an IRT score (a `<教科>_IRT` column) for any student, of either 校種. */
function irtSubjects(students: readonly Student[]): string[] {
  const subjects = new Set<string>();
  for (const s of students)
    for (const subject of Object.keys(s.zenkoku?.irt ?? {})) subjects.add(subject);
  return [...subjects];
}

/** The ふくしま学調 subjects in which a student of the 校種 has a level. */
function fukushimaSubjects(students: readonly Student[], type: SchoolType): string[] {
  const subjects = new Set<string>();
  for (const s of students) {
    if (s.schoolType !== type) continue;
    for (const [subject, v] of Object.entries(s.fukushima?.subjects ?? {}))
      if (v.step !== null) subjects.add(subject);
  }
  return [...subjects];
}
