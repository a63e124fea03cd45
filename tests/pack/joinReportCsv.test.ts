import { describe, expect, it } from 'vitest';
import type { JoinReport } from '../../pipeline/join/joinReport.js';
import { formatJoinMissingCsv, formatJoinReportCsv } from '../../pipeline/pack/joinReportCsv.js';
import { school } from '../helpers/inputData.js';

const report: JoinReport = {
  school: 'A',
  students: 5,
  bySource: { zenkoku: 4, isus: 5 },
  combinations: [
    { sources: ['zenkoku', 'isus'], count: 4 },
    { sources: ['isus'], count: 1 },
  ],
  missing: [{ source: 'zenkoku', grade: 6, class: '=1', seat: 3 }],
};

describe('join report CSV files', () => {
  it('summarises each school with counts per source and per combination', () => {
    const text = formatJoinReportCsv([report], [school('A', '小')]);
    expect(
      text.startsWith(
        '\uFEFF学校コード,学校名,児童生徒数,全国学調,ふくしま学調,I-SUS,組み合わせ,欠け\r\n',
      ),
    ).toBe(true);
    expect(text).toContain('A,A学校,5,4,0,5,全国学調+I-SUS: 4; I-SUS: 1,1\r\n');
  });
  it('lists each missing student by key, neutralising formula-like cells', () => {
    const text = formatJoinMissingCsv([report]);
    expect(text.split('\r\n')[1]).toBe("A,6,'=1,3,全国学調");
  });
});
