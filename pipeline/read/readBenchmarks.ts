/** benchmarks.csv: published 全国・福島県 reference values, optional. */
import type { Benchmark, BenchmarkIndicator, BenchmarkSurvey } from '../shared/types.js';
import { parseGrade } from './parseValue.js';
import type { TableSpec } from './readTable.js';
import { readSchoolTypeCell } from './readSchoolTypeCell.js';
import { RANGES, readNumber, type NumberRange } from './readValue.js';
import { accept, cellOf, reject } from './rowProblem.js';
import { GRADE_RANGE } from './studentKey.js';

const SURVEYS: readonly BenchmarkSurvey[] = ['全国学調', 'ふくしま学調'];

/** Each indicator's plausible range: a value outside it becomes missing with a warning. */
const INDICATORS: Record<BenchmarkIndicator, NumberRange> = {
  平均正答率: RANGES.rate,
  平均IRTスコア: RANGES.irt,
  平均学力レベル: RANGES.levelStep,
  平均伸び: RANGES.growth,
};

const isIndicator = (cell: string): cell is BenchmarkIndicator => Object.hasOwn(INDICATORS, cell);
const isSurvey = (cell: string): cell is BenchmarkSurvey =>
  (SURVEYS as readonly string[]).includes(cell);

/**
 * How to read benchmarks.csv. 調査, 校種, 学年, 教科 and 指標 identify a row and must be valid;
 * 全国 and 福島県 may be blank, and a value outside the indicator's range becomes missing. A
 * header with no rows is accepted: the values may not be published yet.
 */
export const benchmarksTable: TableSpec<Benchmark> = {
  id: 'benchmarks',
  allowNoRows: true,
  required: ['調査', '校種', '学年', '教科', '指標', '全国', '福島県'],
  bind(header) {
    const survey = header.required('調査');
    const type = header.required('校種');
    const grade = header.required('学年');
    const subject = header.required('教科');
    const indicator = header.required('指標');
    const national = header.required('全国');
    const prefecture = header.required('福島県');
    return (input) => {
      const surveyCell = cellOf(input, survey);
      if (!isSurvey(surveyCell)) {
        return reject({
          code: 'R_VALUE_INVALID',
          column: survey.header,
          value: surveyCell,
          expected: SURVEYS.join(', '),
        });
      }
      const schoolType = readSchoolTypeCell(input, type);
      if ('reject' in schoolType) return schoolType;
      const gradeCell = cellOf(input, grade);
      const gradeValue = parseGrade(gradeCell);
      const range = GRADE_RANGE[schoolType.row];
      if (gradeValue === null || gradeValue < 1 || gradeValue > range.max) {
        return reject({
          code: 'R_GRADE_OUT_OF_RANGE',
          column: grade.header,
          value: gradeCell,
          expected: range.label,
        });
      }
      if (cellOf(input, subject) === '') {
        return reject({ code: 'R_REQUIRED_EMPTY', column: subject.header });
      }
      const indicatorCell = cellOf(input, indicator);
      if (!isIndicator(indicatorCell)) {
        return reject({
          code: 'R_VALUE_INVALID',
          column: indicator.header,
          value: indicatorCell,
          expected: Object.keys(INDICATORS).join(', '),
        });
      }
      return accept({
        survey: surveyCell,
        schoolType: schoolType.row,
        grade: gradeValue,
        subject: cellOf(input, subject),
        indicator: indicatorCell,
        national: readNumber(input, national, INDICATORS[indicatorCell]),
        prefecture: readNumber(input, prefecture, INDICATORS[indicatorCell]),
      });
    };
  },
  unique: [
    {
      keyOf: (b) => [b.survey, b.schoolType, b.grade, b.subject, b.indicator].join('\u0000'),
      problem: (b, lines, count) => ({
        code: 'R_ROW_DUPLICATE',
        column: '調査・校種・学年・教科・指標',
        value: `${b.survey}・${b.schoolType}・${b.grade}・${b.subject}・${b.indicator}`,
        count,
        detail: lines,
      }),
    },
  ],
};
