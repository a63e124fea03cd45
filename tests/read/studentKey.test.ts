import { afterAll, describe, expect, it } from 'vitest';
import { zenkokuTable } from '../../pipeline/read/readZenkoku.js';
import { formatMessage } from '../../pipeline/shared/messages.js';
import {
  csv,
  expectAccounted,
  issueList,
  readOne,
  removeInputDirs,
  SCHOOLS,
} from './readHelpers.js';

afterAll(removeInputDirs);

const zenkoku = zenkokuTable(SCHOOLS, {
  items: [],
  questions: [],
  itemsFile: 'items',
  questionsFile: 'questions',
});
const HEADER = '学校コード,学年,組,出席番号,児童生徒ID';

describe('student key checks', () => {
  it('rejects each kind of bad key with its code, column and value, and keeps the good rows', async () => {
    const { rows, report, log } = await readOne(
      zenkoku,
      csv(
        HEADER,
        '1101,6,1,1,A1', // 2 ok
        '9999,6,1,2,A2', // 3 unknown school
        ',6,1,3,A3', // 4 empty school
        '1101,7,1,4,A4', // 5 grade 7 at a 小 school
        '2101,4,1,5,A5', // 6 grade 4 at a 中 school
        '2101,3,1,6,A6', // 7 ok
        '1101,六,1,7,A7', // 8 grade not a number
        '1101,,1,8,A8', // 9 empty grade
        '1101,0,1,9,A9', // 10 grade 0
        '1101,6,,10,A10', // 11 empty class
        '1101,6,1,0,A11', // 12 seat 0
        '1101,6,1,2.5,A12', // 13 seat not whole
        '1101,6,1,,A13', // 14 empty seat
        '1101,6,ひまわり,1,', // 15 ok, no ID
      ),
    );
    expect(rows.map((r) => r.line)).toEqual([2, 7, 15]);
    expect(rows[2]).toMatchObject({ id: null, key: { class: 'ひまわり' } });
    expect(log.issues.map((i) => [i.code, i.line, i.column, i.value, i.expected])).toEqual([
      ['R_SCHOOL_UNKNOWN', 3, '学校コード', '9999', undefined],
      ['R_REQUIRED_EMPTY', 4, '学校コード', undefined, undefined],
      ['R_GRADE_OUT_OF_RANGE', 5, '学年', '7', '1–6'],
      ['R_GRADE_OUT_OF_RANGE', 6, '学年', '4', '1–3'],
      ['R_GRADE_OUT_OF_RANGE', 8, '学年', '六', '1–6'],
      ['R_REQUIRED_EMPTY', 9, '学年', undefined, undefined],
      ['R_GRADE_OUT_OF_RANGE', 10, '学年', '0', '1–6'],
      ['R_CLASS_EMPTY', 11, '組', undefined, undefined],
      ['R_SEAT_INVALID', 12, '出席番号', '0', undefined],
      ['R_SEAT_INVALID', 13, '出席番号', '2.5', undefined],
      ['R_REQUIRED_EMPTY', 14, '出席番号', undefined, undefined],
    ]);
    expect(log.issues.every((i) => i.severity === 'reject' && i.file === report.path)).toBe(true);
    expect(report).toMatchObject({ rowsRead: 14, rowsAccepted: 3, rowsRejected: 11 });
    expectAccounted(report, log);
  });

  it('rejects every row of a duplicated key and lists all their lines', async () => {
    const { rows, report, log } = await readOne(
      zenkoku,
      csv(HEADER, '1101,6,1,1,', '1101,6,1,2,', '1101,6,1,1,', '1101,6,2,1,', '1101,６,１,１,'),
    );
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
    expect(issueList(log)).toEqual(['R_KEY_DUPLICATE@2', 'R_KEY_DUPLICATE@4', 'R_KEY_DUPLICATE@6']);
    expect(log.issues[0]).toMatchObject({ count: 3, detail: '2, 4, 6', value: '1101・6・1・1' });
    expect(formatMessage('R_KEY_DUPLICATE', log.issues[0]!, 'ja')).toContain('2, 4, 6行目');
    expectAccounted(report, log);
  });

  it('rejects every row of a duplicated 児童生徒ID; blank IDs are not duplicates', async () => {
    const { rows, report, log } = await readOne(
      zenkoku,
      csv(HEADER, '1101,6,1,1,X', '1101,6,1,2,Y', '1101,6,1,3,X', '1101,6,1,4,', '1101,6,1,5,'),
    );
    expect(rows.map((r) => r.line)).toEqual([3, 5, 6]);
    expect(log.issues.map((i) => [i.code, i.line, i.value, i.detail])).toEqual([
      ['R_ID_DUPLICATE', 2, 'X', '2, 4'],
      ['R_ID_DUPLICATE', 4, 'X', '2, 4'],
    ]);
    expectAccounted(report, log);
  });

  it('gives a row in both a duplicated key and a duplicated ID one reject, for the key', async () => {
    const { report, log } = await readOne(
      zenkoku,
      csv(HEADER, '1101,6,1,1,X', '1101,6,1,1,Y', '1101,6,1,2,X'),
    );
    expect(issueList(log)).toEqual(['R_KEY_DUPLICATE@2', 'R_KEY_DUPLICATE@3', 'R_ID_DUPLICATE@4']);
    expect(report).toMatchObject({ rowsRead: 3, rowsAccepted: 0, rowsRejected: 3 });
    expectAccounted(report, log);
  });

  it('lists at most ten lines of a mass duplicate', async () => {
    const lines = Array.from({ length: 12 }, () => '1101,6,1,1,');
    const { log } = await readOne(zenkoku, csv(HEADER, ...lines));
    expect(log.issues[0]?.detail).toBe('2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …');
    expect(log.issues[0]?.count).toBe(12);
  });
});
