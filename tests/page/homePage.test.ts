import { beforeAll, describe, expect, it } from 'vitest';
import { GROUP_COLORS } from '../../pipeline/chart/palette.js';
import { PAGE_MIN_GROUP, SMALL_CLASS } from '../helpers/pageResults.js';
import { tableRow, tableRows, textOf } from './htmlText.js';
import { figureOf, fixed, inputsOf, renderPack, signed, type Rendered } from './rendered.js';

let pack: Rendered;
let home: string;
beforeAll(async () => {
  pack = await renderPack();
  home = pack.page('index.html');
});
const grade = () => pack.results.grades[0]!;
const caption = '平均正答率の数値';

describe('home page: header, coverage, colours', () => {
  it('shows the header: school, year, edition, type and date', () => {
    const header = textOf(home.split('</header>')[0]!.split('<body>')[1]!);
    expect(header).toContain(pack.results.school.name);
    expect(header).toContain('令和7年度');
    expect(header).toContain('完成版');
    expect(header).toContain('小学校');
    expect(header).toContain('作成日 2025年10月1日');
  });

  it('notes the data coverage from the join report', () => {
    const text = textOf(home);
    expect(text).toContain(`児童生徒${pack.results.join.students}人のデータから作成しました`);
    expect(text).toContain(`全国学調 ${pack.results.join.bySource.zenkoku}人`);
  });

  it('colours tables with the chart palette', () => {
    expect(home).toContain(`--group-school: ${GROUP_COLORS.本校};`);
    expect(home).toContain(`--group-class: ${GROUP_COLORS.本学級};`);
    expect(home).toContain('<span class="swatch g-city" aria-hidden="true"></span>市全体');
  });
});

describe('home page: the overview of every grade and subject', () => {
  const overview = '学年・教科ごとの本校の平均と、市全体と比べた結果';

  it('has one column per score unit and one row per subject under its grade', () => {
    const rows = tableRows(home, overview);
    expect(rows[0]).toEqual([
      '教科',
      '平均正答率',
      'IRTスコア',
      '学力レベル',
      '伸び',
      '伸びた児童生徒の割合',
    ]);
    expect(rows[1]).toEqual([`6年（${grade().students}人）`]);
    expect(rows.slice(2).map((r) => r[0])).toEqual(['国語', '算数', '英語']);
  });

  it('gives each mean as the results have it, with its call against the city', () => {
    const rate = figureOf(grade().figures, 'zenkoku.算数.rate');
    const step = figureOf(grade().figures, 'fukushima.国語.step');
    expect(tableRow(home, overview, '算数').slice(0, 1)).toEqual([
      `${fixed(rate.group.mean!, 1)}% ▼下回る`,
    ]);
    expect(tableRow(home, overview, '国語')[2]).toBe(
      `${fixed(step.group.mean!, 1)}段階 明確な差はない`,
    );
    expect(tableRow(home, overview, '英語')).toEqual([
      '—',
      `${fixed(487.5, 0)}点※ —`,
      '—',
      '—',
      '—',
    ]);
    expect(textOf(home)).toContain(`※ 人数が少ない（${PAGE_MIN_GROUP}人未満）ため参考値です。`);
  });

  it('links each subject to its page', () => {
    expect(home).toMatch(/<th scope="row"><a href="g6-kokugo.html">国語<\/a><\/th>/);
    expect(home).toMatch(/<th scope="row"><a href="g6-eigo.html">英語<\/a><\/th>/);
  });
});

describe('home page: each grade', () => {
  it('links to every page of the grade, classes with their sizes', () => {
    const links = textOf(home.split('aria-label="6年のページ"')[1]!.split('</nav>')[0]!);
    expect(links).toMatch(
      /^>\s*教科\s+国語\s+算数\s+英語\s+質問紙・分析\s+質問紙・尺度\s+クロス分析\s+学級\s/,
    );
    expect(links).toContain('1組（4人）');
    expect(links).toContain(`${SMALL_CLASS}（2人）`);
  });

  it('prints each score figure as the results have it, with the call against the city', () => {
    const f = figureOf(grade().figures, 'zenkoku.算数.rate');
    const city = f.refs.find((r) => r.kind === 'city')!;
    expect(city.call).toBe('below');
    expect(tableRow(home, caption, '算数 正答率')).toEqual([
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}%`,
      `${fixed(f.group.ci![0], 1)}〜${fixed(f.group.ci![1], 1)}`,
      `${fixed(f.city.mean!, 1)}%`,
      '—',
      '—',
      `${signed(city.diff, 1)}ポイント`,
      '下回る',
    ]);
  });

  it('says the city’s n once in the column heading when it is the same for every row', () => {
    const f = figureOf(grade().figures, 'zenkoku.国語.rate');
    const [head] = tableRows(home, caption);
    expect(head).toEqual([
      '指標',
      'n',
      '本校',
      '95%信頼区間',
      `市全体 n=${f.city.n}`,
      '福島県',
      '全国',
      '差（本校−市全体）',
      '市全体と比べて',
    ]);
  });

  it('adds the published 福島県 and 全国 values where benchmarks have them', () => {
    const f = figureOf(grade().figures, 'zenkoku.国語.rate');
    const row = tableRow(home, caption, '国語 正答率');
    expect(row.slice(4, 6)).toEqual(['63.1%', '66.4%']);
    expect(row[6]).toBe(`${signed(f.group.mean! - f.city.mean!, 1)}ポイント`);
    expect(row[7]).toBe('明確な差はない');
  });

  it('links each score to its block on the subject page', () => {
    expect(home).toContain('<a href="g6-kokugo.html#zenkoku-rate">国語 正答率</a>');
    expect(home).toContain('<a href="g6-kokugo.html#fukushima-step">国語 学力レベル</a>');
  });

  it('marks a figure under caution and shows a suppressed city figure’s reason, not a number', () => {
    const row = tableRow(home, 'IRTスコアの数値', '英語 IRTスコア※');
    expect(row[3]).toBe('人数が少ないため表示しません');
    expect(row.slice(4)).toEqual(['—', '—']);
  });

  it('compares 正答率 of every subject on one 0–100 axis, with the published values', () => {
    const [rates] = inputsOf(pack.calls, 'comparison', /^平均正答率/);
    const f = figureOf(grade().figures, 'zenkoku.国語.rate');
    expect(rates!.domain).toEqual([0, 100]);
    expect(rates!.rows.filter((r) => r.label === '国語')).toEqual([
      {
        label: '国語',
        group: '本校',
        value: f.group.mean,
        lower: f.group.ci![0],
        upper: f.group.ci![1],
        n: f.group.n,
      },
      {
        label: '国語',
        group: '市全体',
        value: f.city.mean,
        lower: f.city.ci![0],
        upper: f.city.ci![1],
        n: f.city.n,
      },
      { label: '国語', group: '福島県', value: 63.1, n: null },
      { label: '国語', group: '全国', value: 66.4, n: null },
    ]);
    expect(new Set(rates!.rows.map((r) => r.label))).toEqual(new Set(['国語', '算数']));
  });

  it('leaves a suppressed city figure out of the chart', () => {
    const [irt] = inputsOf(pack.calls, 'comparison', /^IRTスコア/);
    expect(irt!.rows.map((r) => r.group)).toEqual(['本校']);
  });

  it('shows scores only: distributions and scales are on their own pages', () => {
    expect(home).not.toContain('の分布の数値');
    expect(home).not.toContain('尺度の数値');
  });
});
