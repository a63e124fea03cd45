import { afterAll, describe, expect, it } from 'vitest';
import { schoolsTable } from '../../pipeline/read/readSchools.js';
import { csv, expectAccounted, issueList, readOne, removeInputDirs } from './readHelpers.js';

afterAll(removeInputDirs);

describe('schools.csv', () => {
  it('reads schools with optional district and ;-separated addresses', async () => {
    const { rows, log } = await readOne(
      schoolsTable,
      csv(
        '学校コード,学校名,校種,地区,送付先メール',
        '1101,平一小,小,平,a@example.jp； b@example.jp',
        '2101,平一中,中,,',
      ),
    );
    expect(log.issues).toEqual([]);
    expect(rows).toEqual([
      {
        code: '1101',
        name: '平一小',
        type: '小',
        district: '平',
        emails: ['a@example.jp', 'b@example.jp'],
      },
      { code: '2101', name: '平一中', type: '中', district: null, emails: [] },
    ]);
  });

  it('rejects empty or duplicated codes, empty names and a 校種 other than 小/中', async () => {
    const { rows, report, log } = await readOne(
      schoolsTable,
      csv(
        '学校コード,学校名,校種,送付先メール',
        '1101,平一小,小,', // 2 duplicate code (with 5)
        ',名無し,小,', // 3 empty code
        '1102,,小,', // 4 empty name
        '1101,平一小(重複),小,', // 5
        '1103,高校,高,', // 6 bad type
        '1104,空欄,,', // 7 empty type
        '1105,ok,中,principal(at)example.jp;c@example.jp', // 8 kept, one address warned
      ),
    );
    expect(rows.map((s) => [s.code, s.emails])).toEqual([['1105', ['c@example.jp']]]);
    expect(issueList(log)).toEqual([
      'R_ROW_DUPLICATE@2',
      'R_REQUIRED_EMPTY@3',
      'R_REQUIRED_EMPTY@4',
      'R_ROW_DUPLICATE@5',
      'R_VALUE_INVALID@6',
      'R_REQUIRED_EMPTY@7',
      'W_VALUE_INVALID@8',
    ]);
    expect(log.issues.map((i) => i.column)).toEqual([
      '学校コード',
      '学校コード',
      '学校名',
      '学校コード',
      '校種',
      '校種',
      '送付先メール',
    ]);
    expect(log.issues[0]).toMatchObject({ value: '1101', count: 2, detail: '2, 5' });
    expect(log.issues[4]).toMatchObject({ value: '高', expected: '小, 中' });
    expect(report).toMatchObject({ rowsRead: 7, rowsAccepted: 1, rowsRejected: 6, warnings: 1 });
    expectAccounted(report, log);
  });
});
