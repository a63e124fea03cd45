import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureFigures, SchoolResults } from '../../pipeline/analyze/resultsSchema.js';
import type {
  ComparisonInput,
  DistributionInput,
  ProfileInput,
  ScatterInput,
} from '../../pipeline/chart/data.js';
import { GROUP_COLORS } from '../../pipeline/chart/palette.js';
import { buildClassPage } from '../../pipeline/page/classPage.js';
import { chartSlots, renderSchoolPages, type PageFile } from '../../pipeline/page/renderSchool.js';
import { PAGE_MIN_GROUP, SMALL_CLASS, pageResults } from '../helpers/pageResults.js';
import { fakeRenderer, type RecordedChart } from './fakeRender.js';
import { tableRow, tableRows, textOf } from './htmlText.js';

const fixed = (value: number, decimals: number) => value.toFixed(decimals).replace('-', '−');
const figureOf = (figures: readonly MeasureFigures[], id: string) =>
  figures.find((f) => f.measure === id)!;

let results: SchoolResults;
let other: SchoolResults;
let pages: PageFile[];
let calls: RecordedChart[];
const page = (path: string) => pages.find((p) => p.path === path)!.html;
/** Position (from 1) of the small class in grade 6, as the results order it. */
let smallPosition: number;
let largePosition: number;

beforeAll(async () => {
  ({ a: results, b: other } = pageResults());
  const fake = fakeRenderer();
  pages = await renderSchoolPages(results, fake);
  calls = fake.calls;
  const names = results.grades[0]!.classes.map((c) => c.name);
  smallPosition = names.indexOf(SMALL_CLASS) + 1;
  largePosition = names.indexOf('1') + 1;
});

describe('renderSchoolPages: files and safety', () => {
  it('writes the home page and one page per class, named by grade and position', () => {
    expect(pages.map((p) => p.path)).toEqual(['index.html', 'g6-c01.html', 'g6-c02.html']);
    expect([smallPosition, largePosition].sort()).toEqual([1, 2]);
  });

  it('gives every page the Japanese document frame and a CSP that forbids the network', () => {
    for (const { html } of pages) {
      expect(html.startsWith('<!doctype html>\n<html lang="ja">')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
      );
      expect(html).toContain('@page');
      expect(html).toContain('size: A4');
      expect(html).toMatch(/font-family:[^;]*Hiragino Sans[^;]*Meiryo[^;]*Noto Sans CJK JP/);
    }
  });

  it('has no script, no external reference and no URL but the SVG namespace', () => {
    for (const { html } of pages) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
      const urls = html.match(/\w+:\/\/[^\s"'<>)]*/g) ?? [];
      expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    }
  });

  it('links only to pages of the pack, with relative links', () => {
    const paths = new Set(pages.map((p) => p.path));
    for (const { html } of pages) {
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        if (href!.startsWith('#')) expect(html).toContain(`id="${href!.slice(1)}"`);
        else expect(paths.has(href!)).toBe(true);
      }
    }
    const classPage = page('g6-c01.html');
    expect(classPage).toContain('href="index.html"');
    expect(classPage).toContain('href="g6-c02.html"');
    expect(classPage).toMatch(/href="g6-c01.html" aria-current="page"/);
    expect(page('index.html')).toContain('href="g6-c01.html"');
  });

  it('escapes class names everywhere and keeps them out of file names', () => {
    for (const { path, html } of pages) {
      expect(path).not.toContain('ひまわり');
      expect(html).not.toContain('<ひまわり>');
      expect(html).toContain('&lt;ひまわり&gt;&amp;&quot;&#x27;');
    }
  });

  it('escapes the school name in the header and in the printed running head', async () => {
    const hostile = structuredClone(results);
    hostile.school.name = '</style><script>x</script>"小';
    const [home] = await renderSchoolPages(hostile, fakeRenderer());
    expect(home!.html).not.toMatch(/<script/i);
    expect(home!.html).toContain('&lt;/style&gt;&lt;script&gt;');
    expect(home!.html).toContain('content: "\\3c \\2f style\\3e ');
  });

  it('holds no other school’s name or code', () => {
    for (const { html } of pages) {
      expect(html).not.toContain(other.school.name);
      expect(html).not.toMatch(/\bB学校\b/);
    }
  });

  it('never uses cause words for a link', () => {
    for (const { html } of pages) expect(html).not.toMatch(/影響|原因|順位|ランキング/);
  });
});

describe('renderSchoolPages: the home page', () => {
  const caption = '平均正答率の数値';

  it('shows the header: school, year, edition, type and date', () => {
    const header = textOf(page('index.html').split('</header>')[0]!.split('<body>')[1]!);
    expect(header).toContain(results.school.name);
    expect(header).toContain('令和7年度');
    expect(header).toContain('完成版');
    expect(header).toContain('小学校');
    expect(header).toContain('作成日 2025年10月1日');
  });

  it('prints each score figure as the results have it, with the call against the city', () => {
    const f = figureOf(results.grades[0]!.figures, 'zenkoku.算数.rate');
    const city = f.refs.find((r) => r.kind === 'city')!;
    expect(city.call).toBe('below');
    expect(tableRow(page('index.html'), caption, '算数 正答率')).toEqual([
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}%`,
      `${fixed(f.group.ci![0], 1)}〜${fixed(f.group.ci![1], 1)}`,
      `${fixed(f.city.mean!, 1)}% n=${f.city.n}`,
      '—',
      '—',
      `${fixed(city.diff, 1)}ポイント`,
      '下回る',
    ]);
  });

  it('adds the published 福島県 and 全国 values where benchmarks have them', () => {
    const f = figureOf(results.grades[0]!.figures, 'zenkoku.国語.rate');
    const [head] = tableRows(page('index.html'), caption);
    expect(head).toEqual([
      '指標',
      'n',
      '本校',
      '95%信頼区間',
      '市全体',
      '福島県',
      '全国',
      '差（本校−市全体）',
      '市全体と比べて',
    ]);
    const row = tableRow(page('index.html'), caption, '国語 正答率');
    expect(row.slice(4, 6)).toEqual(['63.1%', '66.4%']);
    expect(row[7]).toBe('明確な差はない');
    expect(row[6]).toBe(`+${fixed(f.group.mean! - f.city.mean!, 1)}ポイント`.replace('+−', '−'));
  });

  it('marks a figure under caution and shows a suppressed city figure’s reason, not a number', () => {
    const html = page('index.html');
    const row = tableRow(html, 'IRTスコアの数値', '英語 IRTスコア※');
    expect(row[3]).toBe('人数が少ないため表示しません');
    expect(row.slice(4)).toEqual(['—', '—']);
    expect(html).toContain(`※ 人数が少ない（${PAGE_MIN_GROUP}人未満）ため参考値です。`);
  });

  it('lists questionnaire shares under their category', () => {
    const f = figureOf(results.grades[0]!.figures, 'zenkoku.question.01');
    const rows = tableRows(page('index.html'), '質問ごとの肯定的な回答の割合');
    expect(rows[1]).toEqual(['生活習慣']);
    expect(rows[2]!.slice(0, 3)).toEqual([
      '01\u3000朝食を毎日食べていますか',
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}%`,
    ]);
  });

  it('notes the data coverage from the join report', () => {
    const text = textOf(page('index.html'));
    expect(text).toContain(`児童生徒${results.join.students}人のデータから作成しました`);
    expect(text).toContain(`全国学調 ${results.join.bySource.zenkoku}人`);
  });

  it('colours tables with the chart palette', () => {
    const html = page('index.html');
    expect(html).toContain(`--group-school: ${GROUP_COLORS.本校};`);
    expect(html).toContain(`--group-class: ${GROUP_COLORS.本学級};`);
    expect(html).toContain('<span class="swatch g-city" aria-hidden="true"></span>市全体');
  });
});

describe('renderSchoolPages: class pages', () => {
  it('shows a small class’s banner and marks its figures', () => {
    const html = page(`g6-c0${smallPosition}.html`);
    expect(textOf(html)).toContain(
      `この学級は人数が少ない（2人、${PAGE_MIN_GROUP}人未満）ため、この学級の数値は参考値です。`,
    );
    expect(tableRows(html, '平均正答率の数値')[1]![0]).toBe('国語 正答率※');
    expect(page(`g6-c0${largePosition}.html`)).not.toContain('class="banner"');
  });

  it('sets the class against its school and the city', () => {
    const cls = results.grades[0]!.classes[largePosition - 1]!;
    const f = figureOf(cls.figures, 'fukushima.国語.step');
    expect(
      tableRow(page(`g6-c0${largePosition}.html`), '学力レベルの数値', '国語 学力レベル'),
    ).toEqual([
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}段階 ${levelOf(f.group.mean!)}相当`,
      `${fixed(f.group.ci![0], 1)}〜${fixed(f.group.ci![1], 1)}`,
      `${fixed(f.school!.mean!, 1)}段階 n=${f.school!.n}`,
      `${fixed(f.city.mean!, 1)}段階 n=${f.city.n}`,
      `${fixed(f.group.mean! - f.city.mean!, 1)}段階`.replace(/^(?!−)/, '+'),
      '明確な差はない',
    ]);
  });

  it('shows why a suppressed class figure is withheld, and no number of it anywhere', async () => {
    const withheld = structuredClone(results);
    const cls = withheld.grades[0]!.classes[largePosition - 1]!;
    const f = figureOf(cls.figures, 'zenkoku.国語.rate');
    const mean = f.group.mean!;
    f.group = { ...f.group, status: 'suppressed', reason: 'complement' };
    f.group = {
      ...f.group,
      mean: null,
      sd: null,
      median: null,
      q1: null,
      q3: null,
      ci: null,
      counts: null,
    };
    f.refs = [];
    const files = await renderSchoolPages(withheld, fakeRenderer());
    const html = files.find((p) => p.path === `g6-c0${largePosition}.html`)!.html;
    const message = 'ほかの数値から計算できてしまうため表示しません';
    expect(tableRow(html, '平均正答率の数値', '国語 正答率')).toEqual([message]);
    expect(textOf(html.split('国語 正答率の分布')[1]!.split('</div>')[0]!)).toBe(message);
    expect(html).not.toContain(fixed(mean, 1));
    const view = buildClassPage(withheld, withheld.grades[0]!, largePosition);
    const slots = chartSlots(view);
    const rates = slots
      .flatMap((s) => (s.kind === 'comparison' ? [s.input] : []))
      .find((input) => input.domain?.[1] === 100)!;
    expect(rates.rows.filter((r) => r.group === '本学級').map((r) => r.label)).toEqual(['算数']);
    const distributions = slots.filter((s) => s.kind === 'distribution');
    expect(distributions.map((s) => s.input.title)).not.toContainEqual(
      expect.stringMatching(/^国語 正答率/),
    );
    expect(distributions.map((s) => s.input.title)).toContainEqual(
      expect.stringMatching(/^算数 正答率/),
    );
  });
});

describe('renderSchoolPages: chart inputs', () => {
  const inputsOf = <T>(kind: RecordedChart['kind']) =>
    calls.filter((c) => c.kind === kind).map((c) => c.input as T);

  it('draws one chart per svg in the pages, in page order', () => {
    const svgs = pages.flatMap(({ html }) =>
      [...html.matchAll(/data-kind="(\w+)"/g)].map((m) => m[1]),
    );
    expect(svgs).toEqual(calls.map((c) => c.kind));
  });

  it('compares 正答率 of every subject on one 0–100 axis, with the published values', () => {
    const [rates] = inputsOf<ComparisonInput>('comparison');
    expect(rates!.domain).toEqual([0, 100]);
    const f = figureOf(results.grades[0]!.figures, 'zenkoku.国語.rate');
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
    const irt = inputsOf<ComparisonInput>('comparison').find((i) => i.valueTitle.includes('IRT'))!;
    expect(irt.rows.map((r) => r.group)).toEqual(['本校']);
  });

  it('gives distributions whose shares add up to 100 per group, from the figures’ counts', () => {
    const distributions = inputsOf<DistributionInput>('distribution');
    expect(distributions.length).toBeGreaterThan(0);
    for (const input of distributions) {
      const groups = new Set(input.rows.map((r) => r.group));
      for (const group of groups) {
        const rows = input.rows.filter((r) => r.group === group);
        expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(100, 9);
      }
    }
    const level = distributions[3]!;
    const f = figureOf(results.grades[0]!.figures, 'fukushima.国語.step');
    expect(level.xTitle).toBe('学力レベル');
    expect(level.rows.filter((r) => r.group === '本校').map((r) => r.count)).toEqual(
      f.group.counts,
    );
    expect(level.rows.filter((r) => r.group === '市全体').map((r) => r.count)).toEqual(
      f.city.counts,
    );
  });

  it('profiles scales of a class against its school and the city', () => {
    const profiles = inputsOf<ProfileInput>('profile');
    const classProfile = profiles.find((p) => p.rows.some((r) => r.group === '本学級'))!;
    expect(classProfile.domain).toEqual([1, 4]);
    expect(new Set(classProfile.rows.map((r) => r.group))).toEqual(
      new Set(['本学級', '本校', '市全体']),
    );
    expect(classProfile.rows.map((r) => r.scale)).toContain('やり抜く力');
  });

  it('plots each student of a class on やり抜く力 against a score, with the city medians', () => {
    const cls = results.grades[0]!.classes[largePosition - 1]!;
    const scatters = inputsOf<ScatterInput>('scatter').filter(
      (s) => s.rows.length === cls.points.length,
    );
    const step = scatters.find((s) => s.yTitle.startsWith('学力レベル'))!;
    expect(step.xTitle).toBe('やり抜く力');
    expect(step.rows).toEqual(
      cls.points.map((p) => ({
        seat: p.seat,
        x: p.values['fukushima.scale.やり抜く力'],
        y: p.values['fukushima.国語.step'],
      })),
    );
    expect(step.medians).toEqual({
      x: figureOf(cls.figures, 'fukushima.scale.やり抜く力').city.median,
      y: figureOf(cls.figures, 'fukushima.国語.step').city.median,
    });
    // 正答率 of two subjects and 学力レベル: three planes per class, none for IRT or growth.
    expect(inputsOf<ScatterInput>('scatter')).toHaveLength(6);
  });
});

function levelOf(step: number): string {
  const whole = Math.round(step);
  return `${Math.ceil(whole / 3)}-${'CBA'[(whole - 1) % 3]}`;
}
