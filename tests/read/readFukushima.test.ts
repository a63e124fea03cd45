import { afterAll, describe, expect, it } from 'vitest';
import { normalizeCell } from '../../pipeline/read/normalizeCell.js';
import { parseLevelStep } from '../../pipeline/read/parseValue.js';
import { fukushimaTable } from '../../pipeline/read/readFukushima.js';
import { csv, expectAccounted, readOne, removeInputDirs, SCHOOLS } from './readHelpers.js';

afterAll(removeInputDirs);

const fukushima = fukushimaTable(SCHOOLS, ['自制心', '勤勉性', 'やり抜く力']);
const HEADER =
  '学校コード,学年,組,出席番号,国語_学力レベル,国語_前年度学力レベル,国語_正答率,数学_学力レベル,自制心,勤勉性';

describe('level labels', () => {
  it('reads N-X as (N − 1) × 3 + (C 1, B 2, A 3), in the forms operators type (after NFKC)', () => {
    expect(
      ['1-C', '1-A', '7-B', '12-A', '１２－Ａ', '3−b', '4ーC', '5 - B']
        .map(normalizeCell)
        .map(parseLevelStep),
    ).toEqual([1, 3, 20, 36, 36, 8, 10, 14]);
  });

  it('refuses labels outside 1–12 and A/B/C', () => {
    expect(['13-D', '13-A', '0-A', '7-D', '7', 'B', '7-BB', ''].map(parseLevelStep)).toEqual(
      Array(8).fill(null),
    );
  });
});

describe('fukushima.csv', () => {
  it('reads subjects from <教科>_学力レベル and the configured scales that are present', async () => {
    const { rows, report, log } = await readOne(
      fukushima,
      csv(HEADER, '1101,5,1,1,7-B,6-A,71.5,,3.25,2', '2101,2,1,1,,,,10-C,,'),
    );
    expect(log.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['W_COLUMN_ABSENT', 1, 'やり抜く力'],
    ]);
    expect(rows[0]).toMatchObject({
      subjects: {
        国語: { step: 20, prevStep: 18, rate: 71.5 },
        数学: { step: null, prevStep: null, rate: null },
      },
      scales: { 自制心: 3.25, 勤勉性: 2 },
    });
    expect(Object.keys(rows[0]!.scales)).toEqual(['自制心', '勤勉性']);
    expect(rows[1]?.subjects['数学']).toEqual({ step: 28, prevStep: null, rate: null });
    expect(report.warnings).toBe(1);
    expectAccounted(report, log);
  });

  it('reads a bad level, rate or scale score as missing with a warning', async () => {
    const { rows, report, log } = await readOne(
      fukushima,
      csv(HEADER, '1101,5,1,1,13-D,7-D,101,3-A,5.2,x', '1101,5,1,2,7-B,,-0.5,,0.99,4.00'),
    );
    expect(log.issues.slice(1).map((i) => [i.code, i.line, i.column, i.value])).toEqual([
      ['W_VALUE_INVALID', 2, '国語_学力レベル', '13-D'],
      ['W_VALUE_INVALID', 2, '国語_前年度学力レベル', '7-D'],
      ['W_VALUE_OUT_OF_RANGE', 2, '国語_正答率', '101'],
      ['W_VALUE_OUT_OF_RANGE', 2, '自制心', '5.2'],
      ['W_VALUE_INVALID', 2, '勤勉性', 'x'],
      ['W_VALUE_OUT_OF_RANGE', 3, '国語_正答率', '-0.5'],
      ['W_VALUE_OUT_OF_RANGE', 3, '自制心', '0.99'],
    ]);
    expect(rows[0]).toMatchObject({
      subjects: { 国語: { step: null, prevStep: null, rate: null }, 数学: { step: 9 } },
      scales: { 自制心: null, 勤勉性: null },
    });
    expect(rows[1]?.scales['勤勉性']).toBe(4);
    expect(report).toMatchObject({ rowsAccepted: 2, rowsRejected: 0, warnings: 8 });
    expectAccounted(report, log);
  });

  it('ignores, with a warning, a previous-level column without its level column', async () => {
    const { log } = await readOne(
      fukushima,
      csv(
        '学校コード,学年,組,出席番号,英語_前年度学力レベル,自制心,勤勉性,やり抜く力',
        '1101,5,1,1,3-A,,,',
      ),
    );
    expect(log.issues.map((i) => [i.code, i.column])).toEqual([
      ['W_COLUMN_UNKNOWN', '英語_前年度学力レベル'],
    ]);
  });
});
