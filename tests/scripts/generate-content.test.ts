import { describe, expect, it } from 'vitest';
import { SAMPLE_DIR, keyOf, readRecords } from './generate-read.js';

// Value forms and the skew the karte must cope with, checked on the committed sample.
const schools = readRecords(SAMPLE_DIR, 'schools');
const zenkoku = readRecords(SAMPLE_DIR, 'zenkoku');
const fukushima = readRecords(SAMPLE_DIR, 'fukushima');
const isus = readRecords(SAMPLE_DIR, 'isus');
const items = readRecords(SAMPLE_DIR, 'zenkokuItems');
const questions = readRecords(SAMPLE_DIR, 'zenkokuQuestions');
const isusItems = readRecords(SAMPLE_DIR, 'isusItems');
const benchmarks = readRecords(SAMPLE_DIR, 'benchmarks');
const typeOf = new Map(schools.map((s) => [s['学校コード'], s['校種']]));
const round1 = isus.filter((r) => r['実施回'] === '1');

const countBy = <T>(xs: readonly T[], key: (x: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  return counts;
};
const values = (rows: readonly Record<string, string>[], column: string): string[] =>
  rows.map((r) => r[column] ?? '');

describe('schools.csv', () => {
  it('has 7 小 and 5 中 with unique 7-digit codes and example-domain addresses only', () => {
    expect(countBy(schools, (s) => s['校種'] ?? '')).toEqual(
      new Map([
        ['小', 7],
        ['中', 5],
      ]),
    );
    expect(new Set(values(schools, '学校コード')).size).toBe(12);
    for (const s of schools) {
      expect(s['学校コード']).toMatch(/^07\d{5}$/);
      expect(s['学校名']).toMatch(/^いわき市立.+(小|中)学校$/);
      for (const mail of (s['送付先メール'] ?? '').split(';').filter(Boolean)) {
        expect(mail).toMatch(/^[\w.-]+@example\.(jp|org)$/);
      }
    }
  });
});

describe('student keys', () => {
  it('are unique per file (with 実施回 in isus.csv), in range, and carry one ID per student', () => {
    for (const [rows, key] of [
      [zenkoku, keyOf],
      [fukushima, keyOf],
      [isus, (r: Record<string, string>) => `${keyOf(r)}|${r['実施回']}`],
    ] as const) {
      expect(new Set(rows.map(key)).size).toBe(rows.length);
      for (const r of rows) {
        expect(typeOf.has(r['学校コード'] ?? '')).toBe(true);
        const grade = Number(r['学年']);
        expect(typeOf.get(r['学校コード'] ?? '') === '小' ? [4, 5, 6] : [1, 2, 3]).toContain(grade);
        expect(Number(r['出席番号'])).toBeGreaterThanOrEqual(1);
      }
    }
    expect(new Set(values(zenkoku, '児童生徒ID')).size).toBe(zenkoku.length);
    const idOf = new Map(fukushima.map((r) => [keyOf(r), r['児童生徒ID']]));
    const shared = zenkoku.filter((r) => idOf.has(keyOf(r)));
    expect(shared.length).toBeGreaterThan(300);
    for (const r of shared) expect(idOf.get(keyOf(r))).toBe(r['児童生徒ID']);
  });

  it('leave a few students out of one source (absent that day)', () => {
    const grade6 = round1.filter(
      (r) => r['学年'] === '6' && typeOf.get(r['学校コード'] ?? '') === '小',
    );
    const inZenkoku = new Set(zenkoku.map(keyOf));
    const inIsus = new Set(grade6.map(keyOf));
    const missingFromZenkoku = grade6.filter((r) => !inZenkoku.has(keyOf(r))).length;
    const missingFromIsus = zenkoku.filter(
      (r) => r['学年'] === '6' && !inIsus.has(keyOf(r)),
    ).length;
    expect(missingFromZenkoku).toBeGreaterThan(0);
    expect(missingFromZenkoku).toBeLessThan(grade6.length * 0.1);
    expect(missingFromIsus).toBeGreaterThan(0);
  });
});

describe('skew', () => {
  const all = [...zenkoku, ...fukushima, ...round1];
  const studentsPerClass = countBy([...new Set(all.map(keyOf))], (k) =>
    k.split('|').slice(0, 3).join('|'),
  );
  const classesPerGrade = countBy([...studentsPerClass.keys()], (k) =>
    k.split('|').slice(0, 2).join('|'),
  );
  const studentsPerGrade = countBy([...new Set(all.map(keyOf))], (k) =>
    k.split('|').slice(0, 2).join('|'),
  );

  it('has a grade of fewer than 10 students and a grade of 4 classes', () => {
    expect(Math.min(...studentsPerGrade.values())).toBeLessThan(10);
    expect(Math.max(...classesPerGrade.values())).toBe(4);
  });

  it('has a なかよし class of 2–8 students, and typical classes of 20–35', () => {
    const nakayoshi = [...studentsPerClass].filter(([k]) => k.endsWith('|なかよし'));
    expect(nakayoshi).toHaveLength(1);
    expect(nakayoshi[0]?.[1]).toBeGreaterThanOrEqual(2);
    expect(nakayoshi[0]?.[1]).toBeLessThanOrEqual(8);
    const sizes = [...studentsPerClass.values()].sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
    expect(median).toBeGreaterThanOrEqual(20);
    expect(median).toBeLessThanOrEqual(35);
    expect(new Set([...studentsPerClass.keys()].map((k) => k.split('|')[2]))).toContain('A');
  });

  it('keeps the sample small enough for a fast build', () => {
    expect(new Set(all.map(keyOf)).size).toBeLessThan(3000);
  });
});

const ITEM_CODES = new Set(['', '0', '1', '9']);

describe('zenkoku.csv values', () => {
  const itemColumns = items.map((i) => ({
    type: i['校種'] ?? '',
    format: i['問題形式'] ?? '',
    column: `${i['教科']}_${i['設問番号']}`,
  }));

  it('has the item counts per type and subject, and blank cells for the other type', () => {
    const counts = countBy(items, (i) => `${i['校種']}${i['教科']}`);
    expect(counts).toEqual(
      new Map([
        ['小国語', 14],
        ['小算数', 16],
        ['中国語', 15],
        ['中数学', 16],
      ]),
    );
    for (const r of zenkoku) {
      const type = typeOf.get(r['学校コード'] ?? '');
      expect(r[type === '小' ? '数学_01' : '算数_01']).toBe('');
      if (type === '小') expect(r['国語_15']).toBe('');
    }
  });

  it('uses only the contract codes, with 無解答 more common on 記述式', () => {
    const nines: Record<string, [number, number]> = {};
    const bad: string[] = [];
    for (const r of zenkoku) {
      expect(['1', '2']).toContain(r['性別']);
      for (const item of itemColumns) {
        if (typeOf.get(r['学校コード'] ?? '') !== item.type) continue;
        const v = r[item.column] ?? '';
        if (!ITEM_CODES.has(v)) bad.push(`${item.column}=${v}`);
        const tally = (nines[item.format] ??= [0, 0]);
        if (v !== '') tally[1]++;
        if (v === '9') tally[0]++;
      }
    }
    expect(bad).toEqual([]);
    const rate = ([n, d]: [number, number] = [0, 1]): number => n / d;
    expect(rate(nines['記述式'])).toBeGreaterThan(3 * rate(nines['選択式']));
    expect(rate(nines['選択式'])).toBeGreaterThan(0);
  });

  it('has a few students absent from a subject, IRT scores near 500 and bands 1–5', () => {
    const absent = zenkoku.filter((r) => r['国語_01'] === '' && r['国語_02'] === '').length;
    expect(absent).toBeGreaterThan(0);
    expect(absent).toBeLessThan(zenkoku.length * 0.05);
    const irt = values(zenkoku, '理科_IRT').filter(Boolean).map(Number);
    const mean = irt.reduce((a, b) => a + b, 0) / irt.length;
    expect(mean).toBeGreaterThan(440);
    expect(mean).toBeLessThan(560);
    for (const x of irt) expect(Number.isInteger(x) && x >= 200 && x <= 800).toBe(true);
    expect(new Set(values(zenkoku, '理科_IRTバンド').filter(Boolean))).toEqual(
      new Set(['1', '2', '3', '4', '5']),
    );
  });

  it('answers questions with the master’s codes or 9, and marks six 要因分析 per type', () => {
    for (const type of ['小', '中']) {
      const own = questions.filter((q) => q['校種'] === type);
      expect(own.filter((q) => q['要因分析'] === '1')).toHaveLength(6);
      expect(own.some((q) => q['選択肢']?.split(';').length === 5)).toBe(true);
      for (const q of own) {
        expect(q['選択肢']).toMatch(/^1:[^;:]+(;\d:[^;:]+)+$/);
        const codes = new Set([...(q['選択肢'] ?? '').matchAll(/(\d):/g)].map((m) => m[1]));
        const answered = zenkoku
          .filter((z) => typeOf.get(z['学校コード'] ?? '') === type)
          .map((z) => z[`質問${q['質問番号']}`] ?? '');
        expect(answered.filter((v) => !codes.has(v) && v !== '9')).toEqual([]);
      }
    }
  });
});

describe('fukushima.csv values', () => {
  const step = (label: string): number => {
    const [n, x] = label.split('-');
    return (Number(n) - 1) * 3 + 'CBA'.indexOf(x ?? '') + 1;
  };

  it('has levels N-X, no previous level at 小4, and growth mostly 0–4, sometimes negative', () => {
    const growth: number[] = [];
    for (const r of fukushima) {
      const type = typeOf.get(r['学校コード'] ?? '');
      for (const subject of type === '小' ? ['国語', '算数'] : ['国語', '数学', '英語']) {
        const now = r[`${subject}_学力レベル`] ?? '';
        const before = r[`${subject}_前年度学力レベル`] ?? '';
        for (const label of [now, before].filter(Boolean))
          expect(label).toMatch(/^([1-9]|1[0-2])-[ABC]$/);
        if (type === '小' && r['学年'] === '4') expect(before).toBe('');
        if (now && before) growth.push(step(now) - step(before));
      }
      expect(r[type === '小' ? '数学_学力レベル' : '算数_学力レベル']).toBe('');
    }
    const share = (test: (g: number) => boolean): number =>
      growth.filter(test).length / growth.length;
    expect(share((g) => g >= 0 && g <= 4)).toBeGreaterThan(0.75);
    expect(share((g) => g < 0)).toBeGreaterThan(0.01);
  });

  it('has scale scores 1.00–4.00 with two decimals, some blank', () => {
    let blank = 0;
    for (const r of fukushima) {
      for (const scale of ['自制心', 'やり抜く力', '人に頼る方略', '認知的方略']) {
        const v = r[scale] ?? '';
        if (v === '') blank++;
        else expect(v).toMatch(/^[1-4]\.\d\d$/);
        if (v) expect(Number(v)).toBeLessThanOrEqual(4);
      }
    }
    expect(blank).toBeGreaterThan(0);
  });
});

describe('isus.csv and its master', () => {
  it('has answers 1–4 or blank, a second round at part of the city only', () => {
    const answers = new Set(['', '1', '2', '3', '4']);
    const bad = isus.flatMap((r) =>
      Object.entries(r).filter(([column, v]) => /^Q\d\d$/.test(column) && !answers.has(v)),
    );
    expect(bad).toEqual([]);
    const round2Schools = new Set(
      isus.filter((r) => r['実施回'] === '2').map((r) => r['学校コード']),
    );
    expect(round2Schools.size).toBeGreaterThan(0);
    expect(round2Schools.size).toBeLessThan(schools.length);
    expect(values(isus, 'Q13').some((v) => v === '')).toBe(true);
  });

  it('defines 承認 and 被侵害 among its scales, with some reversed items', () => {
    const scales = new Set(values(isusItems, '尺度'));
    for (const s of ['承認', '被侵害', 'やる気', '学級の雰囲気', '学習への意欲'])
      expect(scales).toContain(s);
    expect(isusItems.filter((i) => i['逆転'] === '1').length).toBeGreaterThanOrEqual(2);
  });
});

describe('benchmarks.csv', () => {
  it('has 平均正答率 equal to the mean of the items’ published rates', () => {
    for (const b of benchmarks.filter((x) => x['指標'] === '平均正答率')) {
      const own = items.filter((i) => i['校種'] === b['校種'] && i['教科'] === b['教科']);
      const mean = own.reduce((a, i) => a + Number(i['全国正答率']), 0) / own.length;
      expect(Number(b['全国'])).toBeCloseTo(mean, 1);
    }
    expect(benchmarks.filter((b) => b['指標'] === '平均IRTスコア')).toHaveLength(2);
    const fukushimaRows = benchmarks.filter((b) => b['調査'] === 'ふくしま学調');
    expect(fukushimaRows.every((b) => b['全国'] === '' && b['福島県'] !== '')).toBe(true);
    expect(fukushimaRows.some((b) => b['指標'] === '平均伸び')).toBe(true);
  });
});
