/** Tiny hand-made inputs for unit tests of the join and analyze stages. */
import type {
  FukushimaRow,
  InputData,
  IsusRow,
  School,
  StudentKey,
  ZenkokuItem,
  ZenkokuRow,
} from '../../pipeline/shared/types.js';

export const key = (school: string, grade: number, cls: string, seat: number): StudentKey => ({
  school,
  grade,
  class: cls,
  seat,
});

export const school = (code: string, type: School['type']): School => ({
  code,
  name: `${code}学校`,
  type,
  district: null,
  emails: [],
});

export function zenkokuRow(
  k: StudentKey,
  items: Record<string, Record<string, 0 | 1 | 9 | null>>,
  extra: Partial<ZenkokuRow> = {},
): ZenkokuRow {
  return {
    key: k,
    line: 2,
    id: null,
    sex: null,
    items,
    irt: {},
    irtBand: {},
    questions: {},
    ...extra,
  };
}

export function fukushimaRow(
  k: StudentKey,
  step: number | null,
  prevStep: number | null,
  scales: Record<string, number | null> = {},
): FukushimaRow {
  return { key: k, line: 2, id: null, subjects: { 国語: { step, prevStep, rate: null } }, scales };
}

export function isusRow(
  k: StudentKey,
  round: number,
  answers: Record<string, number | null>,
): IsusRow {
  return { key: k, line: 2, id: null, round, answers };
}

export const item = (
  type: School['type'],
  subject: string,
  itemNo: string,
  domain = '領域A',
): ZenkokuItem => ({
  schoolType: type,
  subject,
  itemNo,
  domain,
  viewpoint: '観点A',
  format: '選択式',
  nationalRate: 60,
  prefectureRate: 58,
});

export function inputData(parts: Partial<InputData>): InputData {
  return {
    schools: [],
    zenkoku: null,
    zenkokuItems: [],
    zenkokuQuestions: [],
    fukushima: null,
    isus: null,
    isusItems: [],
    benchmarks: [],
    ...parts,
  };
}
