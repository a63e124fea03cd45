/**
 * The results of one school: for each of its grades in the edition, every measure against the
 * city and the published values, and the same for each class, through `disclose`.
 */
import type { JoinReport } from '../join/joinReport.js';
import type { Student } from '../join/student.js';
import type { School } from '../shared/types.js';
import {
  assembleGradeCross,
  assembleSchoolInfluence,
  assembleScope,
  type InfluenceContext,
} from './assembleInfluence.js';
import { referenceTo, type PublishedValues } from './compare.js';
import { discloseFigure } from './disclose.js';
import type { MeasureDef, MeasureRegistry } from './measures.js';
import type {
  ClassResults,
  MeasureFigures,
  MeasureInfo,
  Reference,
  SchoolResults,
} from './resultsSchema.js';
import { scopeId, type Summaries } from './summarize.js';

export interface SchoolContext {
  registry: MeasureRegistry;
  summaries: Summaries;
  published: (def: MeasureDef, schoolType: School['type'], grade: number) => PublishedValues;
  minGroupSize: number;
  meta: Pick<SchoolResults, 'tool' | 'year' | 'edition' | 'buildDate'>;
  /** The influencer context of each 校種. */
  influence: ReadonlyMap<School['type'], InfluenceContext>;
}

/** Assembles one school's results from its students (already sorted by grade, class, seat). */
export function assembleSchool(
  school: School,
  students: readonly Student[],
  join: JoinReport,
  pointValues: (student: Student) => Record<string, number>,
  ctx: SchoolContext,
): SchoolResults {
  const defs = ctx.registry.get(school.type)!;
  const influence = ctx.influence.get(school.type)!;
  const used = new Set<string>();
  const grades = [...new Set(students.map((s) => s.key.grade))].sort((a, b) => a - b);

  const figuresFor = (grade: number, cls: string): MeasureFigures[] => {
    const out: MeasureFigures[] = [];
    for (const def of defs.values()) {
      const at = (s: string, c: string) =>
        ctx.summaries.get(
          scopeId({ schoolType: school.type, grade, school: s, cls: c, measure: def.id }),
        );
      const own = at(school.code, cls);
      if (!own) continue;
      used.add(def.id);
      const group = discloseFigure(own, 'own-school', ctx.minGroupSize);
      const city = discloseFigure(at('', ''), 'outside', ctx.minGroupSize);
      const schoolFigure =
        cls === '' ? null : discloseFigure(at(school.code, ''), 'own-school', ctx.minGroupSize);
      const published = ctx.published(def, school.type, grade);
      const refs = [
        schoolFigure && referenceTo(group, 'school', schoolFigure.mean),
        referenceTo(group, 'city', city.mean),
        referenceTo(group, 'prefecture', published.prefecture),
        referenceTo(group, 'nation', published.nation),
      ].filter((r): r is Reference => r !== null);
      out.push({ measure: def.id, group, school: schoolFigure, city, refs });
    }
    return out;
  };

  return {
    schemaVersion: 1,
    ...ctx.meta,
    minGroupSize: ctx.minGroupSize,
    school: { code: school.code, name: school.name, type: school.type },
    grades: grades.map((grade) => {
      const inGrade = students.filter((s) => s.key.grade === grade);
      const classNames = [...new Set(inGrade.map((s) => s.key.class))];
      const classes: ClassResults[] = classNames.map((name) => {
        const members = inGrade.filter((s) => s.key.class === name);
        const figures = figuresFor(grade, name);
        return {
          name,
          students: members.length,
          figures,
          points: members.map((s) => ({ seat: s.key.seat, values: pointValues(s) })),
          ...assembleScope(influence, members, grade, name, figures),
        };
      });
      const figures = figuresFor(grade, '');
      return {
        grade,
        students: inGrade.length,
        figures,
        classes,
        cross: assembleGradeCross(influence, school.code, grade),
        ...assembleScope(influence, inGrade, grade, null, figures),
      };
    }),
    measures: [...defs.values()].filter((d) => used.has(d.id)).map(toMeasureInfo),
    join,
    influence: assembleSchoolInfluence(influence, school.code),
  };
}

/** A measure as the results describe it (no function, no 校種). */
export function toMeasureInfo(def: MeasureDef): MeasureInfo {
  const { binOf: _binOf, schoolType: _type, range, ...info } = def;
  return { ...info, range: range ? [range[0], range[1]] : null };
}
