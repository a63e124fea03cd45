import { afterAll, describe, expect, it } from 'vitest';
import { isusTable } from '../../pipeline/read/readIsus.js';
import type { IsusItem } from '../../pipeline/shared/types.js';
import {
  csv,
  expectAccounted,
  issueList,
  readOne,
  removeInputDirs,
  SCHOOLS,
} from './readHelpers.js';

afterAll(removeInputDirs);

const items: IsusItem[] = ['Q01', 'Q02', 'Q03'].map((itemNo) => ({
  itemNo,
  text: 't',
  scale: 's',
  reversed: false,
}));
const isus = isusTable(SCHOOLS, items, 'isus_items.csv');
const HEADER = '学校コード,学年,組,出席番号,児童生徒ID,実施回,Q01,Q02,q3';

describe('isus.csv', () => {
  it('reads one row per student and round, with blank 実施回 as round 1', async () => {
    const { rows, report, log } = await readOne(
      isus,
      csv(HEADER, '1101,4,1,1,A,1,4,3,1', '1101,4,1,1,A,2,3,,2', '2101,3,1,1,B,,1,2,3'),
    );
    expect(log.issues).toEqual([]);
    expect(rows.map((r) => [r.round, r.answers])).toEqual([
      [1, { Q01: 4, Q02: 3, Q03: 1 }],
      [2, { Q01: 3, Q02: null, Q03: 2 }],
      [1, { Q01: 1, Q02: 2, Q03: 3 }],
    ]);
    expectAccounted(report, log);
  });

  it('reads an answer outside 1–4 as missing, and a 実施回 other than 1 or 2 as 1, with warnings', async () => {
    const { rows, report, log } = await readOne(
      isus,
      csv(HEADER, '1101,4,1,1,,3,5,2.5,0', '1101,4,1,2,,第1回,1,1,1'),
    );
    expect(log.issues.map((i) => [i.code, i.line, i.column, i.value])).toEqual([
      ['W_ROUND_INVALID', 2, '実施回', '3'],
      ['W_VALUE_OUT_OF_RANGE', 2, 'Q01', '5'],
      ['W_VALUE_INVALID', 2, 'Q02', '2.5'],
      ['W_VALUE_OUT_OF_RANGE', 2, 'q3', '0'],
      ['W_ROUND_INVALID', 3, '実施回', '第1回'],
    ]);
    expect(rows.map((r) => r.round)).toEqual([1, 1]);
    expect(rows[0]?.answers).toEqual({ Q01: null, Q02: null, Q03: null });
    expect(report.warnings).toBe(5);
    expectAccounted(report, log);
  });

  it('rejects a key or 児童生徒ID repeated within one round, not across rounds', async () => {
    const { rows, report, log } = await readOne(
      isus,
      csv(
        HEADER,
        '1101,4,1,1,A,1,1,1,1', // 2 ok: A in round 1 and 2
        '1101,4,1,1,A,2,1,1,1', // 3 ok
        '1101,4,1,2,B,1,1,1,1', // 4 key repeated in round 1 (line 5)
        '1101,4,1,2,C,,1,1,1', // 5 blank round is round 1
        '1101,4,1,3,D,2,1,1,1', // 6 ID D twice in round 2
        '1101,4,1,4,D,2,1,1,1', // 7
      ),
    );
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(issueList(log)).toEqual([
      'R_KEY_ROUND_DUPLICATE@4',
      'R_KEY_ROUND_DUPLICATE@5',
      'R_ID_ROUND_DUPLICATE@6',
      'R_ID_ROUND_DUPLICATE@7',
    ]);
    expect(log.issues[0]).toMatchObject({ value: '1101・4・1・2・1', detail: '4, 5', count: 2 });
    expect(log.issues[2]).toMatchObject({ value: 'D', detail: '6, 7' });
    expectAccounted(report, log);
  });

  it('ignores, with a warning, Q columns the item master does not list', async () => {
    const { rows, log } = await readOne(
      isus,
      csv('学校コード,学年,組,出席番号,Q01,Q09', '1101,4,1,1,2,3'),
    );
    expect(log.issues.map((i) => [i.code, i.column, i.detail])).toEqual([
      ['W_COLUMN_NOT_IN_MASTER', 'Q09', 'isus_items.csv'],
    ]);
    expect(rows[0]?.answers).toEqual({ Q01: 2 });
  });
});
