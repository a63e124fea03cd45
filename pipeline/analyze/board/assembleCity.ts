/**
 * The board's city results: per 校種 and grade the city's figure of every measure (disclosed as
 * for any audience outside a school), the published values, the binned spread of school means,
 * the city's cross analysis, and the city influencer models; then the data-quality summary.
 */
import { toMeasureInfo } from '../assembleSchool.js';
import { assembleCross } from '../cross/assembleCross.js';
import { referenceTo, type PublishedValues } from '../compare.js';
import { discloseFigure } from '../disclose.js';
import type { CityModel, FactorInfo } from '../influence/schema.js';
import type { MeasureDef } from '../measures.js';
import type { TypePlan } from '../prepareEdition.js';
import type { Reference, SchoolResults } from '../resultsSchema.js';
import type { TypeSide } from '../schoolSide.js';
import { CAUSE_NOTE } from '../statements/words.js';
import { scopeId, type Summaries } from '../summarize.js';
import type { CityResults, DataQuality } from './schema.js';
import { spreadOfSchools } from './schoolSpread.js';

/** One 校種 as the board sees it. */
export interface CityTypeInput {
  type: TypePlan;
  side: TypeSide;
  models: CityModel[];
  defs: ReadonlyMap<string, MeasureDef>;
  factors: FactorInfo[];
}

/** Assembles `city/results.json`. */
export function assembleCity(
  inputs: readonly CityTypeInput[],
  summaries: Summaries,
  published: (def: MeasureDef, type: '小' | '中', grade: number) => PublishedValues,
  meta: Pick<SchoolResults, 'tool' | 'year' | 'edition' | 'buildDate' | 'minGroupSize'>,
  quality: DataQuality,
): CityResults {
  const min = meta.minGroupSize;
  return {
    schemaVersion: 1,
    ...meta,
    types: inputs.map(({ type, side, models, defs, factors }) => {
      const { frame, schoolType } = type;
      const schools = [...new Set(frame.school)];
      const grades = [...new Set(frame.grade)].sort((a, b) => a - b);
      const at = (grade: number, school: string, measure: string) =>
        summaries.get(scopeId({ schoolType, grade, school, cls: '', measure }));
      const used = [...defs.values()].filter((d) => grades.some((g) => at(g, '', d.id)));
      return {
        schoolType,
        schools: schools.length,
        students: frame.students.length,
        measures: used.map(toMeasureInfo),
        factors,
        grades: grades.map((grade) => ({
          grade,
          students: frame.grade.filter((g) => g === grade).length,
          figures: used.flatMap((def) => {
            const stats = at(grade, '', def.id);
            if (!stats) return [];
            const city = discloseFigure(stats, 'outside', min);
            const values = published(def, schoolType, grade);
            return [
              {
                measure: def.id,
                city,
                refs: [
                  referenceTo(city, 'prefecture', values.prefecture),
                  referenceTo(city, 'nation', values.nation),
                ].filter((r): r is Reference => r !== null),
                schools: spreadOfSchools(
                  def,
                  schools.map((s) => at(grade, s, def.id)),
                  min,
                ),
              },
            ];
          }),
          cross: assembleCross(
            side.cross,
            side.cross,
            type.outcomes.map((o) => o.def),
            side.breakdowns,
            grade,
            '',
            min,
          ),
        })),
        models,
      };
    }),
    dataQuality: quality,
    note: CAUSE_NOTE,
  };
}
