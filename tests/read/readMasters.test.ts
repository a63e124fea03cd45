import { afterAll, describe, expect, it } from 'vitest';
import { benchmarksTable } from '../../pipeline/read/readBenchmarks.js';
import { isusItemsTable } from '../../pipeline/read/readIsusItems.js';
import { zenkokuItemsTable } from '../../pipeline/read/readZenkokuItems.js';
import { parseChoices, zenkokuQuestionsTable } from '../../pipeline/read/readZenkokuQuestions.js';
import { csv, expectAccounted, issueList, readOne, removeInputDirs } from './readHelpers.js';

afterAll(removeInputDirs);

describe('zenkoku_items.csv', () => {
  const HEADER = '校種,教科,設問番号,領域,観点,問題形式,全国正答率,福島県正答率';

  it('rejects rows without 校種, 教科 or 設問番号 and duplicates (01 and 1 are one item)', async () => {
    const { rows, report, log } = await readOne(
      zenkokuItemsTable,
      csv(
        HEADER,
        '小,国語,01,話す,思考,選択式,71.2,69.8', // 2 duplicate of 5
        '高,国語,02,,,,,', // 3 bad 校種
        '小,,03,,,,,', // 4 empty 教科
        '小,国語,1,,,,,', // 5
        '小,国語,,,,,,', // 6 empty 設問番号
        '中,国語,01,,,,120,-1', // 7 kept, both rates out of range
        '中,数学,01,,,,45.3,', // 8 kept
      ),
    );
    expect(
      rows.map((i) => [i.schoolType, i.subject, i.itemNo, i.nationalRate, i.prefectureRate]),
    ).toEqual([
      ['中', '国語', '01', null, null],
      ['中', '数学', '01', 45.3, null],
    ]);
    expect(issueList(log)).toEqual([
      'R_ROW_DUPLICATE@2',
      'R_VALUE_INVALID@3',
      'R_REQUIRED_EMPTY@4',
      'R_ROW_DUPLICATE@5',
      'R_REQUIRED_EMPTY@6',
      'W_VALUE_OUT_OF_RANGE@7',
      'W_VALUE_OUT_OF_RANGE@7',
    ]);
    expect(log.issues[0]).toMatchObject({ column: '校種・教科・設問番号', detail: '2, 5' });
    expect(report).toMatchObject({ rowsRead: 7, rowsAccepted: 2, rowsRejected: 5, warnings: 2 });
    expectAccounted(report, log);
  });
});

describe('zenkoku_questions.csv', () => {
  const HEADER = '校種,質問番号,質問文,分類,選択肢,肯定的回答,要因分析';
  const CHOICES = '1:当てはまる；2:どちらかといえば；3:あまり；4:当てはまらない';

  it('parses 選択肢 as code:label pairs (full-width separators allowed after NFKC)', () => {
    expect(parseChoices('1:はい;2:いいえ;')).toEqual([
      { code: 1, label: 'はい' },
      { code: 2, label: 'いいえ' },
    ]);
    expect(['', '1:a;1:b', 'a:b', '0:a', '1:', 'はい;いいえ'].map(parseChoices)).toEqual(
      Array(6).fill(null),
    );
  });

  it('reads a question, and reads a bad 肯定的回答 or 要因分析 as missing with a warning', async () => {
    const { rows, report, log } = await readOne(
      zenkokuQuestionsTable,
      csv(
        HEADER,
        `中,05,よいところがある,自己肯定感,"${CHOICES}",1;2,1`,
        `中,06,勉強時間,,"${CHOICES}",1;7,はい`,
      ).normalize('NFKC'),
    );
    expect(rows[0]).toMatchObject({
      schoolType: '中',
      questionNo: '05',
      category: '自己肯定感',
      positive: [1, 2],
      factor: true,
    });
    expect(rows[0]?.choices.map((c) => c.code)).toEqual([1, 2, 3, 4]);
    expect(rows[1]).toMatchObject({ category: '', positive: [], factor: false });
    expect(log.issues.map((i) => [i.code, i.line, i.column, i.value, i.expected])).toEqual([
      ['W_VALUE_INVALID', 3, '肯定的回答', '1;7', '1;2;3;4'],
      ['W_VALUE_INVALID', 3, '要因分析', 'はい', '1, 0'],
    ]);
    expectAccounted(report, log);
  });

  it('rejects rows without 校種, 質問番号, 質問文 or readable 選択肢, and duplicates', async () => {
    const { rows, report, log } = await readOne(
      zenkokuQuestionsTable,
      csv(
        HEADER,
        `小,01,a,,"${CHOICES}",1,0`, // 2 kept
        `X,02,a,,"${CHOICES}",1,0`, // 3
        `小,,a,,"${CHOICES}",1,0`, // 4
        `小,03,,,"${CHOICES}",1,0`, // 5
        `小,04,a,,当てはまる・当てはまらない,1,0`, // 6
        `小,05,a,,,1,0`, // 7
        `中,06,a,,"${CHOICES}",1,0`, // 8 duplicate of 9
        `中,6,a,,"${CHOICES}",1,0`, // 9
      ),
    );
    expect(rows.map((q) => q.questionNo)).toEqual(['01']);
    expect(issueList(log)).toEqual([
      'R_VALUE_INVALID@3',
      'R_REQUIRED_EMPTY@4',
      'R_REQUIRED_EMPTY@5',
      'R_VALUE_INVALID@6',
      'R_REQUIRED_EMPTY@7',
      'R_ROW_DUPLICATE@8',
      'R_ROW_DUPLICATE@9',
    ]);
    expect(log.issues[3]).toMatchObject({ column: '選択肢', expected: '1:…;2:…' });
    expectAccounted(report, log);
  });
});

describe('isus_items.csv', () => {
  it('reads items, normalises 項目番号, and rejects bad ones and duplicates', async () => {
    const { rows, report, log } = await readOne(
      isusItemsTable,
      csv(
        '項目番号,項目内容,尺度,逆転',
        'Ｑ０１,授業が分かる,やる気,0', // 2 kept as Q01
        'q02,安心する,承認,1', // 3 kept as Q02
        'Q03,いやな思い,被侵害,2', // 4 kept, 逆転 warned
        '問4,x,y,0', // 5 bad number
        'Q05,x,,0', // 6 empty 尺度
        'Q06,,y,0', // 7 empty 項目内容
        'Q7,x,y,0', // 8 duplicate of 9
        'Q07,x,y,0', // 9
      ),
    );
    expect(rows).toEqual([
      { itemNo: 'Q01', text: '授業が分かる', scale: 'やる気', reversed: false },
      { itemNo: 'Q02', text: '安心する', scale: '承認', reversed: true },
      { itemNo: 'Q03', text: 'いやな思い', scale: '被侵害', reversed: false },
    ]);
    expect(issueList(log)).toEqual([
      'W_VALUE_INVALID@4',
      'R_VALUE_INVALID@5',
      'R_REQUIRED_EMPTY@6',
      'R_REQUIRED_EMPTY@7',
      'R_ROW_DUPLICATE@8',
      'R_ROW_DUPLICATE@9',
    ]);
    expect(report).toMatchObject({ rowsRead: 8, rowsAccepted: 3, rowsRejected: 5, warnings: 1 });
    expectAccounted(report, log);
  });
});

describe('benchmarks.csv', () => {
  const HEADER = '調査,校種,学年,教科,指標,全国,福島県';

  it('accepts a header with no rows: nothing published yet', async () => {
    const { rows, report } = await readOne(benchmarksTable, csv(HEADER));
    expect(rows).toEqual([]);
    expect(report).toMatchObject({ rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 });
  });

  it('reads reference values and checks each against its indicator’s range', async () => {
    const { rows, report, log } = await readOne(
      benchmarksTable,
      csv(
        HEADER,
        '全国学調,小,6,国語,平均正答率,67.0,65.4', // 2
        '全国学調,中,3,数学,平均IRTスコア,,512', // 3
        'ふくしま学調,小,4,国語,平均学力レベル,40,14.2', // 4 全国 out of range
        'ふくしま学調,中,2,数学,平均伸び,-1.5,x', // 5 福島県 not a number
        '県学調,小,6,国語,平均正答率,1,1', // 6 bad survey
        '全国学調,中,6,国語,平均正答率,1,1', // 7 grade 6 at 中
        '全国学調,小,6,,平均正答率,1,1', // 8 empty subject
        '全国学調,小,6,国語,中央値,1,1', // 9 bad indicator
        '全国学調,小,6,国語,平均正答率,150,1', // 10 duplicate of 2
      ),
    );
    expect(rows.map((b) => [b.indicator, b.national, b.prefecture])).toEqual([
      ['平均IRTスコア', null, 512],
      ['平均学力レベル', null, 14.2],
      ['平均伸び', -1.5, null],
    ]);
    expect(issueList(log)).toEqual([
      'R_ROW_DUPLICATE@2',
      'W_VALUE_OUT_OF_RANGE@4',
      'W_VALUE_INVALID@5',
      'R_VALUE_INVALID@6',
      'R_GRADE_OUT_OF_RANGE@7',
      'R_REQUIRED_EMPTY@8',
      'R_VALUE_INVALID@9',
      'R_ROW_DUPLICATE@10',
    ]);
    expect(log.issues[1]).toMatchObject({ column: '全国', value: '40', expected: '1–36' });
    expectAccounted(report, log);
  });
});
