import { Matrix, solve } from 'ml-matrix';
import { afterAll, describe, expect, it } from 'vitest';
import { planCity } from '../../scripts/generate/city/plan-city.js';
import { SCALED_SIZES } from '../../scripts/generate/options.js';
import { randomFor } from '../../scripts/generate/seed.js';
import { generateInto, keyOf, readRecords, removeDir } from './generate-read.js';

// The city size takes a few seconds to generate, so it is generated here in full.
const { dir, summary } = generateInto('city');
afterAll(() => removeDir(dir));
const schools = readRecords(dir, 'schools');
const fukushima = readRecords(dir, 'fukushima');
const typeOf = new Map(schools.map((s) => [s['学校コード'], s['校種']]));

describe('city size', () => {
  it('has 93 schools: 59 小 and 34 中, with unique codes', () => {
    expect(summary.schools).toBe(93);
    expect(schools.filter((s) => s['校種'] === '小')).toHaveLength(59);
    expect(schools.filter((s) => s['校種'] === '中')).toHaveLength(34);
    expect(new Set(schools.map((s) => s['学校コード'])).size).toBe(93);
  });

  it('has about 2,400 students in every grade (±10%)', () => {
    const keys = new Set(
      [...readRecords(dir, 'zenkoku'), ...fukushima, ...readRecords(dir, 'isus')].map(keyOf),
    );
    const perGrade = new Map<string, number>();
    for (const key of keys) {
      const [school = '', grade = ''] = key.split('|');
      const id = `${typeOf.get(school)}${grade}`;
      perGrade.set(id, (perGrade.get(id) ?? 0) + 1);
    }
    expect([...perGrade.keys()].sort()).toEqual(['中1', '中2', '中3', '小4', '小5', '小6']);
    for (const [grade, n] of perGrade) {
      expect(n, grade).toBeGreaterThan(2160);
      expect(n, grade).toBeLessThan(2640);
    }
  });
});

describe('prefecture size (plan only)', () => {
  it('scales the city by 620 / 93 with unique codes and names', () => {
    const { city, prefecture } = SCALED_SIZES;
    expect(prefecture.elementary + prefecture.juniorHigh).toBe(620);
    expect(prefecture.elementary / prefecture.juniorHigh).toBeCloseTo(
      city.elementary / city.juniorHigh,
      1,
    );
    expect(prefecture.studentsPerGrade / city.studentsPerGrade).toBeCloseTo(620 / 93, 1);
    const plan = planCity(randomFor(1, 2025, 'prefecture', 'plan'), 'prefecture');
    expect(plan).toHaveLength(620);
    expect(new Set(plan.map((s) => s.code)).size).toBe(620);
    expect(new Set(plan.map((s) => s.name)).size).toBe(620);
    for (const s of plan) expect(s.code).toMatch(/^07\d{5}$/);
  });
});

/** Least-squares slopes of y on xs after removing each group's means (group fixed effects). */
function slopes(rows: { y: number; xs: number[]; group: string }[], within: boolean): number[] {
  const centred = rows.map((r) => ({ ...r }));
  if (within) {
    const groups = new Map<string, typeof rows>();
    for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
    for (const [i, r] of rows.entries()) {
      const members = groups.get(r.group) ?? [r];
      const mean = (f: (m: (typeof rows)[number]) => number) =>
        members.reduce((a, m) => a + f(m), 0) / members.length;
      centred[i] = {
        group: r.group,
        y: r.y - mean((m) => m.y),
        xs: r.xs.map((x, j) => x - mean((m) => m.xs[j] ?? 0)),
      };
    }
  }
  const design = new Matrix(centred.map((r) => [1, ...r.xs]));
  const target = Matrix.columnVector(centred.map((r) => r.y));
  return solve(design, target).to1DArray().slice(1);
}

describe('planted structure (model.ts)', () => {
  // 国語 step of 小 students, standardised within grade, on やり抜く力, 自己効力感 and 人に頼る方略.
  const step = (label: string): number => {
    const [n, x] = label.split('-');
    return (Number(n) - 1) * 3 + 'CBA'.indexOf(x ?? '') + 1;
  };
  const scales = ['やり抜く力', '自己効力感', '人に頼る方略'];
  const rows = fukushima
    .filter((r) => r['国語_学力レベル'] && scales.every((s) => r[s]))
    .map((r) => ({
      y: step(r['国語_学力レベル'] ?? ''),
      xs: scales.map((s) => Number(r[s])),
      group: `${r['学校コード']}|${r['学年']}`,
    }));

  it('links やり抜く力 and 自己効力感 to scores within schools', () => {
    const [grit = 0, efficacy = 0] = slopes(rows, true);
    expect(grit).toBeGreaterThan(1);
    expect(efficacy).toBeGreaterThan(0.8);
  });

  it('links 人に頼る方略 to scores between schools only', () => {
    const within = slopes(rows, true)[2] ?? 0;
    const pooled = slopes(rows, false)[2] ?? 0;
    expect(Math.abs(within)).toBeLessThan(0.15);
    expect(pooled).toBeGreaterThan(0.3);
  });
});
