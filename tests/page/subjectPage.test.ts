import { beforeAll, describe, expect, it } from 'vitest';
import type { SchoolResults } from '../../pipeline/analyze/resultsSchema.js';
import { pageInputData } from '../helpers/pageResults.js';
import { tableRow, tableRows, textOf } from './htmlText.js';
import { figureOf, fixed, inputsOf, renderPack, signed, type Rendered } from './rendered.js';

let pack: Rendered;
let kokugo: string;
let sansu: string;
beforeAll(async () => {
  pack = await renderPack();
  kokugo = pack.page('g6-kokugo.html');
  sansu = pack.page('g6-sansu.html');
});
const figures = () => pack.results.grades[0]!.figures;
const itemsCaption = (subject: string) => `設問別の正答率（${subject}）の数値`;

/** Results with the measure info of every item of 国語 changed by `edit`. */
function editedItems(
  edit: (item: NonNullable<SchoolResults['measures'][number]['item']>, no: string) => void,
): SchoolResults {
  const results = structuredClone(pack.results);
  for (const info of results.measures)
    if (info.family === 'item' && info.subject === '国語') edit(info.item!, info.metric);
  return results;
}

/** Results with one figure changed by `edit`. */
function edited(id: string, edit: (f: ReturnType<typeof figureOf>) => void): SchoolResults {
  const results = structuredClone(pack.results);
  edit(figureOf(results.grades[0]!.figures, id));
  return results;
}

describe('subject page: layout', () => {
  it('has a part per survey that has the subject, headed by the survey and subject', () => {
    expect(kokugo).toContain('<h1>6年 国語</h1>');
    expect(kokugo).toContain('<h2 id="zenkoku-heading">全国学力・学習状況調査（国語）</h2>');
    expect(kokugo).toContain('<h2 id="fukushima-heading">ふくしま学力調査（国語）</h2>');
    // 算数 has no ふくしま学調 data in the test city, 英語 only an IRT score.
    expect(sansu).not.toContain('id="fukushima"');
    const eigo = pack.page('g6-eigo.html');
    expect(eigo).toContain('IRTスコアの数値');
    expect(eigo).not.toContain('設問別');
  });

  it('shows the subject’s figures only (the navigation names the other subjects)', () => {
    const main = (html: string) => html.split('<main>')[1]!;
    expect(main(kokugo)).not.toContain('算数');
    expect(main(sansu)).not.toContain('国語');
  });

  it('shows a small grade’s banner', async () => {
    const results = structuredClone(pack.results);
    results.minGroupSize = 10;
    const small = await renderPack(results);
    expect(textOf(small.page('g6-kokugo.html'))).toContain(
      'この学年は人数が少ない（6人、10人未満）ため、この学年の数値は参考値です。',
    );
    expect(kokugo).not.toContain('class="banner"');
  });
});

describe('subject page: 設問別', () => {
  it('lists every item with the results’ numbers against 市全体, 福島県 and 全国', () => {
    const f = figureOf(figures(), 'zenkoku.国語.item.3');
    const city = f.refs.find((r) => r.kind === 'city')!;
    expect(tableRows(kokugo, itemsCaption('国語'))[0]).toEqual([
      '設問',
      '領域',
      '観点',
      '問題形式',
      'n',
      '本校',
      '95%信頼区間',
      `市全体 n=${f.city.n}`,
      '福島県',
      '全国',
      '差（本校−市全体）',
      '市全体と比べて',
    ]);
    expect(tableRow(kokugo, itemsCaption('国語'), '3')).toEqual([
      '領域A',
      '観点A',
      '記述式',
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}%`,
      `${fixed(f.group.ci![0], 1)}〜${fixed(f.group.ci![1], 1)}`,
      `${fixed(f.city.mean!, 1)}%`,
      '58.0%',
      '60.0%',
      `${signed(city.diff, 1)}ポイント`,
      '明確な差はない',
    ]);
  });

  it('sorts items by their difference from the city, lowest first, and says so', () => {
    const diff = (no: string) =>
      figureOf(figures(), `zenkoku.国語.item.${no}`).refs.find((r) => r.kind === 'city')!.diff;
    const order = ['1', '2', '3', '4'].sort((a, b) => diff(a) - diff(b));
    expect(order).toEqual(['3', '4', '2', '1']);
    expect(
      tableRows(kokugo, itemsCaption('国語'))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(order);
    const [chart] = inputsOf(pack.calls, 'comparison', /^設問別の正答率（国語）/);
    expect([...new Set(chart!.rows.map((r) => r.label))]).toEqual(order);
    expect(new Set(chart!.rows.map((r) => r.group))).toEqual(
      new Set(['本校', '市全体', '福島県', '全国']),
    );
    expect(textOf(kokugo)).toContain('本校と市全体の差が小さい（本校が下回っている）設問から');
  });

  it('marks items clearly above or below the city in the chart and the table', async () => {
    const results = edited('zenkoku.国語.item.4', (f) => {
      f.refs = f.refs.map((r) => (r.kind === 'city' ? { ...r, call: 'below' } : r));
    });
    const marked = await renderPack(results);
    const [chart] = inputsOf(marked.calls, 'comparison', /^設問別の正答率（国語）/);
    expect([...new Set(chart!.rows.map((r) => r.label))]).toEqual(['3', '4 ▼', '2', '1']);
    expect(tableRow(marked.page('g6-kokugo.html'), itemsCaption('国語'), '4').at(-1)).toBe(
      '下回る',
    );
  });

  it('shows why a withheld item has no number, and puts it last, out of the chart', async () => {
    const results = edited('zenkoku.国語.item.3', (f) => {
      f.group = {
        ...f.group,
        status: 'suppressed',
        reason: 'complement',
        mean: null,
        sd: null,
        median: null,
        q1: null,
        q3: null,
        ci: null,
        counts: null,
      };
      f.refs = [];
    });
    const withheld = await renderPack(results);
    const html = withheld.page('g6-kokugo.html');
    const rows = tableRows(html, itemsCaption('国語'));
    expect(rows.at(-1)).toEqual([
      '3',
      '領域A',
      '観点A',
      '記述式',
      'ほかの数値から計算できてしまうため表示しません',
    ]);
    const [chart] = inputsOf(withheld.calls, 'comparison', /^設問別の正答率（国語）/);
    expect(chart!.rows.map((r) => r.label)).not.toContain('3');
  });
});

describe('subject page: 設問別 with the 設問マスタ', () => {
  it('gives each item’s 領域, 観点 and 問題形式 as the master does, in the sorted rows', () => {
    const master = pageInputData().zenkokuItems.filter((i) => i.subject === '国語');
    expect(new Set(master.map((i) => i.format)).size).toBeGreaterThan(1);
    const rows = tableRows(kokugo, itemsCaption('国語')).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['3', '4', '2', '1']);
    for (const row of rows) {
      const item = master.find((i) => i.itemNo === row[0])!;
      expect(row.slice(1, 4), row[0]).toEqual([item.domain, item.viewpoint, item.format]);
    }
  });

  it('shows — where the master gives nothing, and leaves out a column no item has', async () => {
    const results = editedItems((item, no) => {
      item.format = null;
      if (no === '2') item.viewpoint = null;
    });
    const html = (await renderPack(results)).page('g6-kokugo.html');
    const rows = tableRows(html, itemsCaption('国語'));
    expect(rows[0]!.slice(0, 4)).toEqual(['設問', '領域', '観点', 'n']);
    expect(tableRow(html, itemsCaption('国語'), '2').slice(0, 2)).toEqual(['領域A', '—']);
    expect(tableRow(html, itemsCaption('国語'), '1').slice(0, 2)).toEqual(['領域A', '観点A']);
  });
});

describe('subject page: 領域別・観点別 and 無解答率', () => {
  it('compares each domain and viewpoint with the city', () => {
    const f = figureOf(figures(), 'zenkoku.算数.domain.領域A');
    expect(tableRow(sansu, '領域別の数値', '領域A')).toEqual([
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}%`,
      `${fixed(f.group.ci![0], 1)}〜${fixed(f.group.ci![1], 1)}`,
      `${fixed(f.city.mean!, 1)}%`,
      `${signed(f.group.mean! - f.city.mean!, 1)}ポイント`,
      '下回る',
    ]);
    expect(tableRows(sansu, '観点別の数値').map((r) => r[0])).toEqual(['指標', '観点A']);
    expect(sansu).toContain('id="domains"');
    expect(sansu).toContain('id="viewpoints"');
  });

  it('gives the subject’s no-answer rate first, then each item’s in item order', () => {
    const rows = tableRows(sansu, '教科全体と設問別の無解答率の数値');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['教科全体', '1', '2', '3', '4']);
    // Each item's 領域, 観点 and 問題形式 as the 設問マスタ has them; the subject's row has none.
    expect(rows[0]!.slice(0, 5)).toEqual(['設問', '領域', '観点', '問題形式', 'n']);
    const master = pageInputData().zenkokuItems.filter((i) => i.subject === '算数');
    for (const row of rows.slice(2)) {
      const item = master.find((i) => i.itemNo === row[0])!;
      expect(row.slice(1, 4), row[0]).toEqual([item.domain, item.viewpoint, item.format]);
    }
    expect(rows[1]!.slice(1, 4)).toEqual(['—', '—', '—']);
    const all = figureOf(figures(), 'zenkoku.算数.noAnswer');
    const two = figureOf(figures(), 'zenkoku.算数.noAnswer.2');
    expect(rows[1]![5]).toBe(`${fixed(all.group.mean!, 1)}%`);
    expect(rows[3]![5]).toBe(`${fixed(two.group.mean!, 1)}%`);
    expect(two.group.mean).toBeCloseTo(100 / 6, 9);
    const [chart] = inputsOf(pack.calls, 'comparison', /^教科全体と設問別の無解答率/);
    expect(chart!.rows.filter((r) => r.group === '本校').map((r) => r.label)).toEqual([
      '教科全体',
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(chart!.domain).toBeNull();
  });
});

describe('subject page: 正答数分布 and ふくしま学調', () => {
  it('draws the 正答数 distribution of the school against the city', () => {
    const f = figureOf(figures(), 'zenkoku.国語.rate');
    const [dist] = inputsOf(pack.calls, 'distribution', /^国語 正答率の分布/);
    expect(dist!.xTitle).toBe('正答数');
    expect(dist!.rows.filter((r) => r.group === '本校').map((r) => r.count)).toEqual(
      f.group.counts,
    );
    expect(dist!.rows.filter((r) => r.group === '市全体').map((r) => r.count)).toEqual(
      f.city.counts,
    );
    expect(kokugo.indexOf('id="zenkoku-rate"')).toBeLessThan(
      kokugo.indexOf('id="zenkoku-rate-dist"'),
    );
  });

  it('shows the level, growth and the share who grew, each with its distribution', () => {
    const step = figureOf(figures(), 'fukushima.国語.step');
    const growth = figureOf(figures(), 'fukushima.国語.growth');
    const grew = figureOf(figures(), 'fukushima.国語.grew');
    const [level] = inputsOf(pack.calls, 'distribution', /^国語 学力レベルの分布/);
    expect(level!.rows.filter((r) => r.group === '本校').map((r) => r.count)).toEqual(
      step.group.counts,
    );
    const [growthDist] = inputsOf(pack.calls, 'distribution', /^国語 伸びの分布/);
    expect(growthDist!.xTitle).toBe('伸び（段階）');
    expect(growthDist!.rows.filter((r) => r.group === '本校').map((r) => r.count)).toEqual(
      growth.group.counts,
    );
    expect(tableRow(kokugo, '伸びた児童生徒の割合の数値', '国語 伸びた児童生徒の割合')[1]).toBe(
      `${fixed(grew.group.mean!, 1)}%`,
    );
    const ids = [
      'fukushima-step',
      'fukushima-step-dist',
      'fukushima-growth',
      'fukushima-growth-dist',
      'fukushima-grew',
    ];
    const at = ids.map((id) => kokugo.indexOf(`id="${id}"`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('draws no distribution of a suppressed city figure and marks a figure under caution', () => {
    const eigo = pack.page('g6-eigo.html');
    const [irt] = inputsOf(pack.calls, 'distribution', /^英語 IRTスコアの分布/);
    expect(new Set(irt!.rows.map((r) => r.group))).toEqual(new Set(['本校']));
    expect(tableRows(eigo, '英語 IRTスコアの分布の数値').map((r) => r[0])).toEqual([
      'IRTスコア',
      '本校（人）※',
      '本校（%）※',
    ]);
  });
});
