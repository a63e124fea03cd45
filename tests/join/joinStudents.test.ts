import { describe, expect, it } from 'vitest';
import { joinStudents, pickIsusRound } from '../../pipeline/join/joinStudents.js';
import { defaultConfig } from '../../pipeline/shared/config.js';
import {
  fukushimaRow,
  inputData,
  isusRow,
  item,
  key,
  school,
  zenkokuRow,
} from '../helpers/inputData.js';

const config = defaultConfig();
const final = config.editions.final;

describe('joinStudents', () => {
  const data = inputData({
    schools: [school('A', '小'), school('B', '中')],
    zenkokuItems: [
      item('小', '国語', '01'),
      item('小', '国語', '02'),
      item('小', '国語', '03'),
      item('小', '国語', '04'),
    ],
    zenkoku: [
      zenkokuRow(key('A', 6, '1', 1), { 国語: { '01': 1, '02': 1, '03': 0, '04': 9 } }),
      zenkokuRow(key('A', 6, '1', 2), { 国語: { '01': null, '02': null, '03': null, '04': null } }),
    ],
    fukushima: [
      fukushimaRow(key('A', 6, '1', 1), 20, 17),
      fukushimaRow(key('A', 5, '2', 3), 12, null),
    ],
    isusItems: [
      { itemNo: 'Q01', text: '', scale: 'やる気', reversed: false },
      { itemNo: 'Q02', text: '', scale: 'やる気', reversed: true },
    ],
    isus: [
      isusRow(key('A', 6, '1', 1), 1, { Q01: 4, Q02: 1 }),
      isusRow(key('A', 6, '1', 1), 2, { Q01: 2, Q02: 3 }),
    ],
  });

  it('joins the sources on the student key and scores each one', () => {
    const { students } = joinStudents(data, final, config);
    const s1 = students.find((s) => s.key.grade === 6 && s.key.seat === 1)!;
    expect(s1.zenkoku!.subjects['国語']).toMatchObject({ correct: 2, itemCount: 4, rate: 50 });
    expect(s1.fukushima!.subjects['国語']).toMatchObject({ step: 20, prevStep: 17, growth: 3 });
    // latest round (2): Q01 = 2, Q02 reversed 5 − 3 = 2 → mean 2
    expect(s1.isus).toEqual({ round: 2, scales: { やる気: 2 } });
  });

  it('leaves out a subject whose items are all blank (did not sit)', () => {
    const { students } = joinStudents(data, final, config);
    const s2 = students.find((s) => s.key.grade === 6 && s.key.seat === 2)!;
    expect(s2.zenkoku!.subjects).toEqual({});
  });

  it('keeps only the grades of the edition', () => {
    const provisional = joinStudents(data, config.editions.provisional, config).students;
    expect(provisional.map((s) => s.key.grade)).toEqual([6, 6]);
    expect(provisional.every((s) => s.fukushima === null)).toBe(true);
  });

  it('reports who is missing from a source that covers their grade', () => {
    const { reports } = joinStudents(data, final, config);
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report.students).toBe(3);
    expect(report.bySource).toEqual({ zenkoku: 2, fukushima: 2, isus: 1 });
    expect(report.missing).toContainEqual({ source: 'fukushima', grade: 6, class: '1', seat: 2 });
    expect(report.missing).toContainEqual({ source: 'isus', grade: 5, class: '2', seat: 3 });
    // a 小5 student is not expected in the national test
    expect(report.missing.some((m) => m.source === 'zenkoku' && m.grade === 5)).toBe(false);
    const total = report.combinations.reduce((sum, c) => sum + c.count, 0);
    expect(total).toBe(report.students);
  });

  it('sorts classes in natural order', () => {
    const d = inputData({
      schools: [school('A', '小')],
      fukushima: ['10', '2', '1'].map((c) => fukushimaRow(key('A', 4, c, 1), 5, null)),
    });
    expect(joinStudents(d, final, config).students.map((s) => s.key.class)).toEqual([
      '1',
      '2',
      '10',
    ]);
  });
});

describe('pickIsusRound', () => {
  const rows = [
    isusRow(key('A', 4, '1', 1), 1, {}),
    isusRow(key('A', 4, '1', 1), 2, {}),
    isusRow(key('A', 4, '1', 2), 1, {}),
  ];
  it('takes each student’s latest round by default', () => {
    expect(pickIsusRound(rows, 'latest').map((r) => r.round)).toEqual([2, 1]);
  });
  it('takes the configured round only', () => {
    expect(pickIsusRound(rows, 2).map((r) => [r.key.seat, r.round])).toEqual([[1, 2]]);
  });
});
