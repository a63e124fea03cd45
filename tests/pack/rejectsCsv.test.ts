import { describe, expect, it } from 'vitest';
import { csvCell, formatRejectsCsv } from '../../pipeline/pack/rejectsCsv.js';

describe('rejects.csv', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx'])
      expect(csvCell(bad).replace(/^"|"$/g, '')).toBe(`'${bad}`);
    expect(csvCell('7-B')).toBe('7-B');
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
  it('writes UTF-8 with BOM, a header, and one line per issue with its reason', () => {
    const text = formatRejectsCsv(
      [
        {
          code: 'R_SCHOOL_UNKNOWN',
          severity: 'reject',
          file: 'zenkoku.csv',
          line: 18,
          column: '学校コード',
          value: '=9999',
        },
      ],
      'ja',
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFfile,line,column,value,severity,code,reason');
    expect(lines[1]).toMatch(/^zenkoku\.csv,18,学校コード,'=9999,reject,R_SCHOOL_UNKNOWN,/);
    expect(lines[1]).toContain('schools.csv');
  });
});
