import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CityResults } from '../../pipeline/analyze/board/schema.js';
import { writeCityPage } from '../../pipeline/build.js';
import type { DistributionInput, ProfileInput } from '../../pipeline/chart/data.js';
import { renderCityPage } from '../../pipeline/page/renderCity.js';
import { pageAnalysis } from '../helpers/pageResults.js';
import { fakeRenderer, type RecordedChart } from './fakeRender.js';
import { tableRow, tableRows, textOf } from './htmlText.js';
import { fixed } from './rendered.js';

let city: CityResults;
let schoolNames: string[];
let html: string;
let calls: RecordedChart[];
beforeAll(async () => {
  const analysis = pageAnalysis();
  city = structuredClone(analysis.city);
  schoolNames = [...analysis.schools].map((s) => s.school.name);
  city.dataQuality.files = [
    { id: 'zenkoku', present: true, rowsRead: 12, rowsAccepted: 10, rowsRejected: 2, warnings: 1 },
    {
      id: 'benchmarks',
      present: false,
      rowsRead: 0,
      rowsAccepted: 0,
      rowsRejected: 0,
      warnings: 0,
    },
  ];
  city.dataQuality.issues = [{ code: 'R_SEAT_INVALID', file: 'zenkoku.csv', count: 2 }];
  const fake = fakeRenderer();
  html = (await renderCityPage(city, fake)).html;
  calls = fake.calls;
});
const grade6 = () => city.types[0]!.grades[0]!;
const figure = (id: string) => grade6().figures.find((f) => f.measure === id)!;

describe('city page: the city’s figures', () => {
  it('gives each score’s city mean with its interval, the published values and the calls', () => {
    const f = figure('zenkoku.国語.rate');
    expect(tableRow(html, '平均正答率の数値', '国語 正答率')).toEqual([
      String(f.city.n),
      `${fixed(f.city.mean!, 1)}%`,
      `${fixed(f.city.ci![0], 1)}〜${fixed(f.city.ci![1], 1)}`,
      '63.1%',
      '66.4%',
      '明確な差はない',
      '明確な差はない',
    ]);
    expect(tableRow(html, 'IRTスコアの数値', '英語 IRTスコア')).toEqual([
      '人数が少ないため表示しません',
    ]);
  });

  it('draws the city with its interval beside the published values', () => {
    const chart = calls.find((c) => c.input.title.startsWith('平均正答率'))!;
    expect(chart.kind).toBe('profile');
    const f = figure('zenkoku.国語.rate');
    expect((chart.input as ProfileInput).rows.filter((r) => r.scale === '国語')).toEqual([
      {
        scale: '国語',
        group: '市全体',
        mean: f.city.mean,
        lower: f.city.ci![0],
        upper: f.city.ci![1],
        n: f.city.n,
      },
      { scale: '国語', group: '福島県', mean: 63.1, n: null },
      { scale: '国語', group: '全国', mean: 66.4, n: null },
    ]);
  });
});

describe('city page: how the schools’ means spread', () => {
  it('gives counts of schools per bin only, as the results have them', () => {
    const spread = figure('zenkoku.算数.rate').schools!;
    const rows = tableRows(html, '算数 正答率：学校の平均の散らばりの数値');
    expect(rows[0]).toEqual(['学校の平均（平均正答率（%））', '学校数']);
    // The table runs from the lowest bin holding a school to the highest; the chart has them all.
    const held = spread.counts.flatMap((c, i) => (c > 0 ? [i] : []));
    const [first, last] = [held[0]!, held.at(-1)!];
    expect(first > 0 || last < spread.bins.length - 1).toBe(true);
    expect(rows.slice(1)).toEqual(
      spread.bins.slice(first, last + 1).map((bin, i) => [bin, String(spread.counts[first + i])]),
    );
    expect(textOf(html)).toContain('2校を数えています。');
    expect(textOf(html)).toContain('それより外の区分は0校です。');
    const chart = calls.find((c) => c.input.title === '算数 正答率：学校の平均の散らばり')!;
    expect(chart.input.rows.map((r) => (r as { count: number }).count)).toEqual(spread.counts);
    expect((chart.input as DistributionInput).countUnit).toBe('校');
  });

  it('says how many schools a spread leaves out', () => {
    expect(textOf(html)).toContain('人数が3人未満の学年など、1校は数えていません。');
  });

  it('names no school, links nowhere and never ranks', () => {
    for (const name of schoolNames) expect(html).not.toContain(name);
    expect(html).not.toMatch(/href=/);
    expect(html.replaceAll(city.note, '')).not.toMatch(/影響|原因|順位|ランキング/);
    expect(textOf(html)).toContain('学校名・学校コードは含みません。');
  });
});

describe('city page: models and data quality', () => {
  it('tables each city model’s factors with share, slope, intervals and label', () => {
    const model = city.types[0]!.models[0]!;
    const f = model.factors.find((x) => x.factor === 'fukushima.scale.やり抜く力')!;
    const caption = html.match(/<caption>(国語 正答率：\d+人・[^<]*)<\/caption>/)![1]!;
    expect(caption).toContain(`${model.n}人・${model.schools}校`);
    const row = tableRow(html, caption, 'やり抜く力');
    expect(row[0]).toBe(String(f.n));
    expect(row[1]).toBe(`${fixed(f.share! * 100, 1)}%`);
    expect(row[5]).toBe(f.association);
  });

  it('summarises the files, the problems and the surveys', () => {
    expect(tableRow(html, 'ファイルごとの行数', '全国学調（zenkoku）')).toEqual([
      'あり',
      '12',
      '10',
      '2',
      '1',
    ]);
    expect(tableRow(html, 'ファイルごとの行数', '公表値（全国・福島県）（benchmarks）')[0]).toBe(
      'なし',
    );
    expect(tableRow(html, '問題の種類ごとの件数', 'R_SEAT_INVALID')).toEqual(['zenkoku.csv', '2']);
    expect(tableRow(html, '調査ごとの児童生徒数', '全国学調')).toEqual(['10', '0']);
    expect(tableRow(html, '調査ごとの児童生徒数', '合計')[0]).toBe('10');
  });
});

describe('writeCityPage', () => {
  it('writes city/index.html under the edition folder and nothing else, outside every school', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'karte-city-'));
    const path = await writeCityPage(dir, city, fakeRenderer().render);
    expect(relative(dir, path)).toBe(join('city', 'index.html'));
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)));
    expect(files).toEqual([join('city', 'index.html')]);
    expect(readFileSync(path, 'utf8')).toContain('<h1>市全体</h1>');
  });
});
