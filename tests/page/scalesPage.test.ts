import { beforeAll, describe, expect, it } from 'vitest';
import { tableRow, tableRows } from './htmlText.js';
import { figureOf, fixed, inputsOf, renderPack, signed, type Rendered } from './rendered.js';

let pack: Rendered;
let scales: string;
beforeAll(async () => {
  pack = await renderPack();
  scales = pack.page('g6-scales.html');
});
const figures = () => pack.results.grades[0]!.figures;

describe('questionnaire and scales page', () => {
  it('profiles each scale group against the city, with the results’ numbers', () => {
    const f = figureOf(figures(), 'fukushima.scale.やり抜く力');
    expect(tableRow(scales, '非認知能力の尺度の数値', 'やり抜く力')).toEqual([
      String(f.group.n),
      fixed(f.group.mean!, 2),
      `${fixed(f.group.ci![0], 2)}〜${fixed(f.group.ci![1], 2)}`,
      fixed(f.city.mean!, 2),
      signed(f.group.mean! - f.city.mean!, 2),
      '明確な差はない',
    ]);
    const profiles = inputsOf(pack.calls, 'profile', /^(非認知能力|I-SUS)の尺度：本校/);
    expect(profiles.map((p) => p.rows.map((r) => `${r.scale}/${r.group}`))).toEqual([
      ['自制心/本校', '自制心/市全体', 'やり抜く力/本校', 'やり抜く力/市全体'],
      ['承認/本校', '承認/市全体', '被侵害/本校', '被侵害/市全体'],
    ]);
    expect(profiles[0]!.domain).toEqual([1, 4]);
  });

  it('charts every question’s share of positive answers, and tables them by category', () => {
    const f = figureOf(figures(), 'zenkoku.question.01');
    const caption = '質問ごとの肯定的な回答の割合の数値';
    const rows = tableRows(scales, caption);
    expect(rows[1]).toEqual(['生活習慣']);
    expect(rows[2]!.slice(0, 3)).toEqual([
      '01\u3000朝食を毎日食べていますか',
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}%`,
    ]);
    const charts = inputsOf(pack.calls, 'comparison', /^質問ごとの肯定的な回答の割合：本校/);
    expect(charts).toHaveLength(1);
    expect(charts[0]!.domain).toEqual([0, 100]);
    expect(charts[0]!.rows.map((r) => [r.label, r.group, r.value])).toEqual([
      ['01\u3000朝食を毎日食べていますか', '本校', f.group.mean],
      ['01\u3000朝食を毎日食べていますか', '市全体', f.city.mean],
    ]);
    expect(scales).toContain('id="questions"');
  });

  it('shortens a long question in the chart and keeps it whole in the table', async () => {
    const results = structuredClone(pack.results);
    const long = '学校の授業時間以外に、普段、1日当たりどれくらいの時間、勉強をしますか';
    results.measures.find((m) => m.id === 'zenkoku.question.01')!.label = long;
    const other = await renderPack(results);
    const [chart] = inputsOf(other.calls, 'comparison', /^質問ごとの肯定的な回答の割合：本校/);
    expect(chart!.rows[0]!.label).toBe('01\u3000学校の授業時間以外に、普段、…');
    const rows = tableRows(other.page('g6-scales.html'), '質問ごとの肯定的な回答の割合の数値');
    expect(rows[2]![0]).toBe(`01\u3000${long}`);
  });

  it('leaves class figures to the class pages', () => {
    expect(scales).not.toContain('本学級');
  });
});
