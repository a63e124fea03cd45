import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import { summarizeDataQuality } from '../../pipeline/analyze/board/dataQuality.js';
import { cityResultsSchema } from '../../pipeline/analyze/board/schema.js';
import { spreadOfSchools } from '../../pipeline/analyze/board/schoolSpread.js';
import type { MeasureDef } from '../../pipeline/analyze/measures.js';
import type { Stats } from '../../pipeline/analyze/summarize.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import type { FileReport } from '../../pipeline/read/fileReport.js';
import { IssueLog } from '../../pipeline/shared/issues.js';
import { META, plantedConfig, plantedEdition } from './plantedEdition.js';

const rate = { family: 'score', metric: 'rate' } as MeasureDef;
const stats = (n: number, mean: number): Stats => ({
  n,
  mean,
  sd: 10,
  median: null,
  q1: null,
  q3: null,
  ci: [mean - 3, mean + 3],
  counts: null,
});

describe('the spread of school results for the board', () => {
  it('counts schools per bin of their mean, with no name, code or order', () => {
    const spread = spreadOfSchools(
      rate,
      [stats(30, 61), stats(40, 63.5), stats(25, 72), undefined],
      10,
    )!;
    expect(spread.bins).toHaveLength(20);
    expect(spread.bins.slice(11, 15)).toEqual(['55〜', '60〜', '65〜', '70〜']);
    expect(spread.counts[12]).toBe(2);
    expect(spread.counts[14]).toBe(1);
    expect(spread).toMatchObject({ shown: 3, suppressed: 0 });
    expect(Object.keys(spread).sort()).toEqual(['bins', 'counts', 'shown', 'suppressed']);
  });

  it('leaves out a small school, and its complement, before counting', () => {
    const spread = spreadOfSchools(
      rate,
      [stats(30, 61), stats(6, 90), stats(12, 44), stats(40, 52)],
      10,
    )!;
    // the 6-student school is suppressed, and the next smallest (12) as its complement
    expect(spread).toMatchObject({ shown: 2, suppressed: 2 });
    expect(spread.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(spread.counts[18]).toBe(0);
    expect(spread.counts[8]).toBe(0);
  });

  it('gives no spread for measures other than scores and the share who grew', () => {
    expect(spreadOfSchools({ family: 'item' } as MeasureDef, [stats(30, 61)], 10)).toBeNull();
  });
});

describe('the data-quality summary', () => {
  it('keeps each file’s accounting and counts issues and join coverage over the city', () => {
    const file: FileReport = {
      id: 'fukushima',
      path: '/in/fukushima.csv',
      present: true,
      encoding: 'utf-8',
      bytes: 10,
      sha256: 'x',
      rowsRead: 12,
      rowsAccepted: 10,
      rowsRejected: 2,
      warnings: 1,
    };
    const log = new IssueLog();
    log.add({ code: 'R_SCHOOL_UNKNOWN', severity: 'reject', file: 'fukushima.csv', line: 3 });
    log.add({ code: 'R_SCHOOL_UNKNOWN', severity: 'reject', file: 'fukushima.csv', line: 9 });
    const quality = summarizeDataQuality([file], log, [
      {
        school: 'A',
        students: 3,
        bySource: { fukushima: 3, isus: 2 },
        combinations: [
          { sources: ['fukushima', 'isus'], count: 2 },
          { sources: ['fukushima'], count: 1 },
        ],
        missing: [{ source: 'isus', grade: 4, class: '1', seat: 3 }],
      },
      {
        school: 'B',
        students: 2,
        bySource: { fukushima: 2, isus: 2 },
        combinations: [{ sources: ['fukushima', 'isus'], count: 2 }],
        missing: [],
      },
    ]);
    expect(quality.files[0]).toEqual({
      id: 'fukushima',
      present: true,
      rowsRead: 12,
      rowsAccepted: 10,
      rowsRejected: 2,
      warnings: 1,
    });
    expect(quality.issues).toEqual([{ code: 'R_SCHOOL_UNKNOWN', file: 'fukushima.csv', count: 2 }]);
    expect(quality.join).toEqual({
      students: 5,
      bySource: { fukushima: 5, isus: 4 },
      combinations: [
        { sources: ['fukushima', 'isus'], count: 4 },
        { sources: ['fukushima'], count: 1 },
      ],
      missing: [{ source: 'isus', count: 1 }],
    });
    expect(JSON.stringify(quality)).not.toMatch(/"A"|"B"/);
  });
});

describe('the city results file', () => {
  const config = plantedConfig();
  const data = plantedEdition({ seed: 7, schools: 6 });
  const joined = joinStudents(data, config.editions.final, config);
  const city = analyzeEdition(data, joined, config, META).city;

  it('follows its schema exactly', () => {
    expect(cityResultsSchema.parse(city)).toEqual(city);
  });

  it('holds the city figures per grade and the models, and no school’s name or code', () => {
    const type = city.types[0]!;
    expect(type).toMatchObject({ schoolType: '小', schools: 6, students: joined.students.length });
    expect(type.grades.map((g) => g.grade)).toEqual([4, 5, 6]);
    const step = type.grades[0]!.figures.find((f) => f.measure === 'fukushima.国語.step')!;
    expect(step.city.n).toBe(240);
    expect(step.schools!.shown).toBe(6);
    expect(type.models.map((m) => m.outcome)).toEqual([
      'fukushima.国語.step',
      'fukushima.国語.growth',
    ]);
    const text = JSON.stringify(city);
    for (const s of data.schools) {
      expect(text).not.toContain(s.code);
      expect(text).not.toContain(s.name);
    }
  });
});
