import { beforeAll, describe, expect, it } from 'vitest';
import { CROSS_CHARTS_PER_OUTCOME } from '../../pipeline/page/crossBlocks.js';
import { tableRow, tableRows, textOf } from './htmlText.js';
import { fixed, inputsOf, renderPack, signed, type Rendered } from './rendered.js';

let pack: Rendered;
let html: string;
beforeAll(async () => {
  pack = await renderPack();
  html = pack.page('g6-analysis.html');
});
const grade = () => pack.results.grades[0]!;
const label = (id: string) => pack.results.influence.factors.find((f) => f.id === id)!.label;

describe('analysis page: the grade’s priority grid', () => {
  it('gives each factor’s gap from the city in SD, with its interval and call', () => {
    const gap = grade().priorities.gaps.find((g) => g.factor === 'fukushima.scale.自制心')!;
    expect(tableRow(html, '要因ごとの市全体との差の数値', '自制心')).toEqual([
      String(gap.n),
      signed(gap.gap!, 2),
      `${fixed(gap.ci![0], 2)}〜${fixed(gap.ci![1], 2)}`,
      '明確な差はない',
    ]);
    const [chart] = inputsOf(pack.calls, 'comparison', /^要因ごとの市全体との差：本校/);
    expect(chart!.rows.filter((r) => r.label === '自制心')).toEqual([
      {
        label: '自制心',
        group: '本校',
        value: gap.gap,
        lower: gap.ci![0],
        upper: gap.ci![1],
        n: gap.n,
      },
      { label: '自制心', group: '市全体', value: 0, n: null },
    ]);
  });

  it('lists, per outcome, the factors where the grade is behind, highest priority first', () => {
    const rows = tableRows(html, '教科・指標ごとの優先度の高い要因');
    expect(rows[0]).toEqual(['教科・指標', '優先1', '優先2', '優先3']);
    for (const { outcome, items } of grade().priorities.grids) {
      const outcomeLabel = pack.results.measures.find((m) => m.id === outcome)!.label;
      const row = rows.find((r) => r[0] === outcomeLabel)!;
      const behind = items.filter((i) => i.behind && i.priority > 0).slice(0, 3);
      if (behind.length === 0) {
        expect(row.slice(1)).toEqual(['市全体より低い側にある要因はありません']);
        continue;
      }
      expect(row.slice(1, 1 + behind.length).map((c) => c.split(' ')[0])).toEqual(
        behind.map((i) => label(i.factor)),
      );
    }
  });

  it('withholds a small grade’s priorities and says why', async () => {
    const results = structuredClone(pack.results);
    const grid = results.grades[0]!.priorities;
    grid.status = 'suppressed';
    grid.reason = 'small-group';
    const page = (await renderPack(results)).page('g6-analysis.html');
    expect(textOf(page)).toContain('人数が少ないため、優先度は示しません。');
    expect(page).not.toContain('要因ごとの市全体との差の数値');
  });
});

describe('analysis page: cross analysis', () => {
  it('charts, per outcome, the breakdowns by the factors with the largest city shares', () => {
    const model = pack.results.influence.city.find((m) => m.outcome === 'zenkoku.国語.rate')!;
    const top = [...model.factors]
      .sort((a, b) => b.share! - a.share!)
      .slice(0, CROSS_CHARTS_PER_OUTCOME)
      .map((f) => label(f.factor));
    expect(top).toHaveLength(2);
    const charts = inputsOf(pack.calls, 'cross', /^国語 正答率 × /);
    expect(charts.map((c) => c.title)).toEqual(top.map((t) => `国語 正答率 × ${t}`));
  });

  it('gives each answer’s mean with interval and n, a caution mark, and why a cell is withheld', () => {
    const b = grade().cross.find(
      (c) => c.outcome === 'zenkoku.国語.rate' && c.by.id === 'fukushima.scale.やり抜く力',
    )!;
    const caption = '国語 正答率 × やり抜く力の数値';
    const first = b.cells[1]!;
    expect(first.group.status).toBe('caution');
    expect(first.city.status).toBe('suppressed');
    expect(tableRow(html, caption, first.label)).toEqual([
      `${fixed(first.group.mean!, 1)}%※ n=${first.group.n}`,
      first.group.ci ? `${fixed(first.group.ci[0], 1)}〜${fixed(first.group.ci[1], 1)}` : '—',
      '人数が少ないため表示しません',
    ]);
    const [chart] = inputsOf(pack.calls, 'cross', /^国語 正答率 × やり抜く力/);
    expect(chart!.rows.filter((r) => r.category === first.label)).toEqual([
      {
        category: first.label,
        group: '本校',
        mean: first.group.mean,
        lower: first.group.ci?.[0] ?? null,
        upper: first.group.ci?.[1] ?? null,
        n: first.group.n,
      },
    ]);
    expect(chart!.domain).toEqual([0, 100]);
  });

  it('keeps the other breakdowns’ numbers in a folded table', () => {
    const rest = grade().cross.filter(
      (c) => c.outcome === 'zenkoku.国語.rate' && c.by.id === 'isus.scale.被侵害',
    );
    expect(rest).toHaveLength(1);
    const rows = tableRows(html, '国語 正答率：ほかの要因ごとの平均を表で見る');
    const body = rows.findIndex((r) => r[0] === '被侵害');
    expect(body).toBeGreaterThan(0);
    const cell = rest[0]!.cells[0]!;
    expect(rows[body + 1]![0]).toBe(cell.label);
    expect(rows[body + 1]![1]).toBe(`${fixed(cell.group.mean!, 1)}%※ n=${cell.group.n}`);
  });
});
