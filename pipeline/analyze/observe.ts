/**
 * Observations: the long table of (student, measure, value) that every summary is grouped from.
 * A prefecture has about five million of them, so each field is a typed column and the strings
 * (school, class, measure) are codes into dictionaries: 18 bytes an observation instead of the
 * hundred or so that arrays of strings and boxed numbers take.
 */
import type { Student } from '../join/student.js';
import { SCHOOL_TYPES } from '../shared/types.js';
import type { InputData, ZenkokuQuestion } from '../shared/types.js';
import type { MeasureRegistry } from './measures.js';

/** Typed columns aligned by observation; `size` of each array is in use. */
export interface Observations {
  size: number;
  /** Index into SCHOOL_TYPES. */
  schoolType: Uint8Array;
  grade: Uint8Array;
  /** Codes into `names.school`, `names.cls` and `names.measure`. */
  school: Uint32Array;
  cls: Uint32Array;
  measure: Uint32Array;
  value: Float64Array;
  /** Index of the value's distribution bin, or -1. */
  bin: Int16Array;
  names: { school: string[]; cls: string[]; measure: string[] };
}

type Sink = (measure: string, value: number) => void;

/** Collects every measure of every student; a measure missing for a student is left out. */
export function observe(
  students: readonly Student[],
  registry: MeasureRegistry,
  data: InputData,
): Observations {
  // Some 50 observations a student on average; the columns double when that is short.
  const obs = new ObservationBuilder(64 * Math.max(1, students.length));
  const itemGroups = groupItems(data);
  const positives = new Map<string, Set<number>>(
    data.zenkokuQuestions.map((q: ZenkokuQuestion) => [
      `${q.schoolType}|${q.questionNo}`,
      new Set(q.positive),
    ]),
  );
  for (const student of students) {
    const defs = registry.get(student.schoolType)!;
    const row = obs.student(student);
    const sink: Sink = (measure, value) => {
      const def = defs.get(measure);
      if (!def || !Number.isFinite(value)) return;
      row(measure, value, def.binOf ? def.binOf(value) : -1);
    };
    observeZenkoku(student, sink, itemGroups, positives);
    observeFukushima(student, sink);
    for (const [scale, value] of Object.entries(student.isus?.scales ?? {})) {
      if (value !== null) sink(`isus.scale.${scale}`, value);
    }
  }
  return obs.finish();
}

/** Strings to small integer codes, in order of first sight. */
class Dictionary {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();
  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) this.codes.set(name, (code = this.names.push(name) - 1));
    return code;
  }
}

/** Appends observations to typed columns that double as they fill. */
class ObservationBuilder {
  private size = 0;
  private schoolType: Uint8Array;
  private grade: Uint8Array;
  private school: Uint32Array;
  private cls: Uint32Array;
  private measure: Uint32Array;
  private value: Float64Array;
  private bin: Int16Array;
  private readonly names = {
    school: new Dictionary(),
    cls: new Dictionary(),
    measure: new Dictionary(),
  };

  constructor(private capacity: number) {
    this.schoolType = new Uint8Array(capacity);
    this.grade = new Uint8Array(capacity);
    this.school = new Uint32Array(capacity);
    this.cls = new Uint32Array(capacity);
    this.measure = new Uint32Array(capacity);
    this.value = new Float64Array(capacity);
    this.bin = new Int16Array(capacity);
  }

  /** The sink of one student's observations: (measure, value, bin). */
  student(student: Student): (measure: string, value: number, bin: number) => void {
    const type = SCHOOL_TYPES.indexOf(student.schoolType);
    const school = this.names.school.code(student.key.school);
    const cls = this.names.cls.code(student.key.class);
    return (measure, value, bin) => {
      if (this.size === this.capacity) this.grow();
      const i = this.size++;
      this.schoolType[i] = type;
      this.grade[i] = student.key.grade;
      this.school[i] = school;
      this.cls[i] = cls;
      this.measure[i] = this.names.measure.code(measure);
      this.value[i] = value;
      this.bin[i] = bin;
    };
  }

  finish(): Observations {
    const n = this.size;
    return {
      size: n,
      schoolType: this.schoolType.slice(0, n),
      grade: this.grade.slice(0, n),
      school: this.school.slice(0, n),
      cls: this.cls.slice(0, n),
      measure: this.measure.slice(0, n),
      value: this.value.slice(0, n),
      bin: this.bin.slice(0, n),
      names: {
        school: this.names.school.names,
        cls: this.names.cls.names,
        measure: this.names.measure.names,
      },
    };
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <T extends Uint8Array | Uint32Array | Float64Array | Int16Array>(
      old: T,
      make: new (n: number) => T,
    ): T => {
      const next = new make(this.capacity);
      next.set(old);
      return next;
    };
    this.schoolType = widen(this.schoolType, Uint8Array);
    this.grade = widen(this.grade, Uint8Array);
    this.school = widen(this.school, Uint32Array);
    this.cls = widen(this.cls, Uint32Array);
    this.measure = widen(this.measure, Uint32Array);
    this.value = widen(this.value, Float64Array);
    this.bin = widen(this.bin, Int16Array);
  }
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
