import { afterAll, describe, expect, it } from 'vitest';
import { zenkokuTable } from '../../pipeline/read/readZenkoku.js';
import type { ZenkokuItem, ZenkokuQuestion } from '../../pipeline/shared/types.js';
import {
  csv,
  expectAccounted,
  issueList,
  readOne,
  removeInputDirs,
  SCHOOLS,
} from './readHelpers.js';

afterAll(removeInputDirs);

const item = (schoolType: '小' | '中', subject: string, itemNo: string): ZenkokuItem => ({
  schoolType,
  subject,
  itemNo,
  domain: '',
  viewpoint: '',
  format: '',
  nationalRate: null,
  prefectureRate: null,
});
const question = (schoolType: '小' | '中', questionNo: string, codes: number): ZenkokuQuestion => ({
  schoolType,
  questionNo,
  text: 'q',
  category: '',
  choices: Array.from({ length: codes }, (_, i) => ({ code: i + 1, label: String(i + 1) })),
  positive: [1, 2],
  factor: false,
});

const zenkoku = zenkokuTable(SCHOOLS, {
  items: [item('小', '国語', '01'), item('小', '国語', '02'), item('中', '数学', '01')],
  questions: [question('小', '01', 4), question('中', '01', 4), question('中', '02', 5)],
  itemsFile: 'zenkoku_items.csv',
  questionsFile: 'zenkoku_questions.csv',
});
const HEADER =
  '学校コード,学年,組,出席番号,性別,国語_01,国語_2,数学_01,理科_IRT,理科_IRTバンド,質問01,質問2';

describe('zenkoku.csv', () => {
  it('reads items, IRT scores, bands and answers keyed by the masters’ numbers', async () => {
    const { rows, report, log } = await readOne(
      zenkoku,
      csv(HEADER, '1101,6,1,1,1,1,0,,512.5,3,2,', '2101,3,1,1,2,,,9,,,4,5'),
    );
    expect(log.issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      sex: 1,
      items: { 国語: { '01': 1, '02': 0 }, 数学: { '01': null } },
      irt: { 理科: 512.5 },
      irtBand: { 理科: 3 },
      questions: { '01': 2, '02': null },
    });
    expect(rows[1]).toMatchObject({
      sex: 2,
      items: { 国語: { '01': null, '02': null }, 数学: { '01': 9 } },
      irt: { 理科: null },
      questions: { '01': 4, '02': 5 },
    });
    expectAccounted(report, log);
  });

  it('reads a bad value as missing with a warning and keeps the row', async () => {
    const { rows, report, log } = await readOne(
      zenkoku,
      csv(
        HEADER,
        '1101,6,1,1,3,7,x,,1200,6,5,', // 2: sex 3, item 7, item x, IRT 1200, band 6, answer 5
        '1101,6,1,2,,1,1,,abc,2.5,9,', // 3: IRT not a number, band not whole; 9 is 無回答
        '1101,6,1,3,,1,1,,-1,0,,2', // 4: IRT below 0, band 0; 質問02 is not a 小 question
        '2101,3,1,1,,,,1,800,5,1,6', // 5: 6 is not among 質問02's five choices
      ),
    );
    expect(rows).toHaveLength(4);
    expect(
      log.issues.map((i) => [i.code, i.line, i.column, i.value, i.expected ?? i.detail]),
    ).toEqual([
      ['W_VALUE_INVALID', 2, '性別', '3', '1, 2'],
      ['W_VALUE_INVALID', 2, '国語_01', '7', '1, 0, 9'],
      ['W_VALUE_INVALID', 2, '国語_2', 'x', '1, 0, 9'],
      ['W_VALUE_OUT_OF_RANGE', 2, '理科_IRT', '1200', '0–1000'],
      ['W_VALUE_OUT_OF_RANGE', 2, '理科_IRTバンド', '6', '1–5'],
      ['W_VALUE_INVALID', 2, '質問01', '5', '1, 2, 3, 4'],
      ['W_VALUE_INVALID', 3, '理科_IRT', 'abc', '0–1000'],
      ['W_VALUE_INVALID', 3, '理科_IRTバンド', '2.5', '1–5'],
      ['W_VALUE_OUT_OF_RANGE', 4, '理科_IRT', '-1', '0–1000'],
      ['W_VALUE_OUT_OF_RANGE', 4, '理科_IRTバンド', '0', '1–5'],
      ['W_ANSWER_NO_QUESTION', 4, '質問2', '2', '小'],
      ['W_VALUE_INVALID', 5, '質問2', '6', '1, 2, 3, 4, 5'],
    ]);
    expect(log.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(rows[0]).toMatchObject({
      sex: null,
      items: { 国語: { '01': null, '02': null } },
      irt: { 理科: null },
      irtBand: { 理科: null },
      questions: { '01': null },
    });
    expect(rows[1]?.questions['01']).toBeNull();
    expect(report).toMatchObject({ rowsAccepted: 4, rowsRejected: 0, warnings: 12 });
    expectAccounted(report, log);
  });

  it('ignores, with a warning, item and question columns the masters do not list', async () => {
    const { rows, report, log } = await readOne(
      zenkoku,
      csv(
        '学校コード,学年,組,出席番号,国語_01,国語_03,算数_01,質問07,国語_IRT',
        '1101,6,1,1,1,1,1,1,500',
      ),
    );
    expect(log.issues.map((i) => [i.code, i.line, i.column, i.detail])).toEqual([
      ['W_COLUMN_NOT_IN_MASTER', 1, '質問07', 'zenkoku_questions.csv'],
      ['W_COLUMN_NOT_IN_MASTER', 1, '国語_03', 'zenkoku_items.csv'],
      ['W_COLUMN_NOT_IN_MASTER', 1, '算数_01', 'zenkoku_items.csv'],
    ]);
    expect(rows[0]?.items).toEqual({ 国語: { '01': 1 } });
    expect(rows[0]?.irt).toEqual({ 国語: 500 });
    expect(report.warnings).toBe(3);
  });

  it('drops the value warnings of a row it rejects', async () => {
    const { log } = await readOne(
      zenkoku,
      csv(HEADER, '9999,6,1,1,3,7,,,,,,', '1101,6,1,1,3,,,,,,,', '1101,6,1,1,,,,,,,,'),
    );
    expect(issueList(log)).toEqual([
      'R_SCHOOL_UNKNOWN@2',
      'R_KEY_DUPLICATE@3',
      'R_KEY_DUPLICATE@4',
    ]);
  });
});
