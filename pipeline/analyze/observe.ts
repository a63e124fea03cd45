/**
 * Observations: the long table of (student, measure, value) that every summary is grouped from.
 * One column array per field keeps a city of 15,000 students and ~100 measures compact.
 */
import type { Student } from '../join/student.js';
import type { InputData, SchoolType, ZenkokuQuestion } from '../shared/types.js';
import type { MeasureRegistry } from './measures.js';

export interface Observations {
  schoolType: SchoolType[];
  grade: number[];
  school: string[];
  cls: string[];
  measure: string[];
  value: number[];
  /** Index of the value's distribution bin, or -1. */
  bin: number[];
}

type Sink = (measure: string, value: number) => void;

/** Collects every measure of every student; a measure missing for a student is left out. */
export function observe(
  students: readonly Student[],
  registry: MeasureRegistry,
  data: InputData,
): Observations {
  const obs: Observations = {
    schoolType: [],
    grade: [],
    school: [],
    cls: [],
    measure: [],
    value: [],
    bin: [],
  };
  const itemGroups = groupItems(data);
  const positives = new Map<string, Set<number>>(
    data.zenkokuQuestions.map((q: ZenkokuQuestion) => [
      `${q.schoolType}|${q.questionNo}`,
      new Set(q.positive),
    ]),
  );
  for (const student of students) {
    const defs = registry.get(student.schoolType)!;
    const sink: Sink = (measure, value) => {
      const def = defs.get(measure);
      if (!def || !Number.isFinite(value)) return;
      obs.schoolType.push(student.schoolType);
      obs.grade.push(student.key.grade);
      obs.school.push(student.key.school);
      obs.cls.push(student.key.class);
      obs.measure.push(measure);
      obs.value.push(value);
      obs.bin.push(def.binOf ? def.binOf(value) : -1);
    };
    observeZenkoku(student, sink, itemGroups, positives);
    observeFukushima(student, sink);
    for (const [scale, value] of Object.entries(student.isus?.scales ?? {})) {
      if (value !== null) sink(`isus.scale.${scale}`, value);
    }
  }
  return obs;
}

/** 校種|教科 → domain and viewpoint → item numbers. */
type ItemGroups = Map<string, { family: 'domain' | 'viewpoint'; name: string; items: string[] }[]>;

function groupItems(data: InputData): ItemGroups {
  const groups: ItemGroups = new Map();
  for (const item of data.zenkokuItems) {
    const id = `${item.schoolType}|${item.subject}`;
    const list = groups.get(id) ?? [];
    for (const family of ['domain', 'viewpoint'] as const) {
      const name = item[family];
      if (name === '') continue;
      let group = list.find((g) => g.family === family && g.name === name);
      if (!group) list.push((group = { family, name, items: [] }));
      group.items.push(item.itemNo);
    }
    groups.set(id, list);
  }
  return groups;
}

function observeZenkoku(
  student: Student,
  sink: Sink,
  itemGroups: ItemGroups,
  positives: Map<string, Set<number>>,
): void {
  const z = student.zenkoku;
  if (!z) return;
  for (const [subject, score] of Object.entries(z.subjects)) {
    sink(`zenkoku.${subject}.rate`, score.rate);
    for (const [itemNo, code] of Object.entries(score.codes)) {
      sink(`zenkoku.${subject}.item.${itemNo}`, code === 1 ? 1 : 0);
      sink(`zenkoku.${subject}.noAnswer.${itemNo}`, code === 9 ? 1 : 0);
    }
    const codes = Object.values(score.codes);
    sink(`zenkoku.${subject}.noAnswer`, (100 * codes.filter((c) => c === 9).length) / codes.length);
    for (const group of itemGroups.get(`${student.schoolType}|${subject}`) ?? []) {
      const correct = group.items.filter((no) => score.codes[no] === 1).length;
      sink(
        `zenkoku.${subject}.${group.family}.${group.name}`,
        (100 * correct) / group.items.length,
      );
    }
  }
  for (const [subject, value] of Object.entries(z.irt)) sink(`zenkoku.${subject}.irt`, value);
  for (const [questionNo, answer] of Object.entries(z.questions)) {
    const positive = positives.get(`${student.schoolType}|${questionNo}`);
    if (answer !== null && positive)
      sink(`zenkoku.question.${questionNo}`, positive.has(answer) ? 1 : 0);
  }
}

function observeFukushima(student: Student, sink: Sink): void {
  const f = student.fukushima;
  if (!f) return;
  for (const [subject, s] of Object.entries(f.subjects)) {
    if (s.step !== null) sink(`fukushima.${subject}.step`, s.step);
    if (s.growth !== null) {
      sink(`fukushima.${subject}.growth`, s.growth);
      sink(`fukushima.${subject}.grew`, s.growth > 0 ? 1 : 0);
    }
  }
  for (const [scale, value] of Object.entries(f.scales)) {
    if (value !== null) sink(`fukushima.scale.${scale}`, value);
  }
}
