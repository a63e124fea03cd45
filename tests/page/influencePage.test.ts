import { beforeAll, describe, expect, it } from 'vitest';
import type { SchoolPanel } from '../../pipeline/analyze/influence/schema.js';
import { tableRow, tableRows, textOf } from './htmlText.js';
import { inputsOf, renderPack, signed, type Rendered } from './rendered.js';

let pack: Rendered;
let html: string;
beforeAll(async () => {
  pack = await renderPack();
  html = pack.page('influence.html');
});
const panel = (outcome: string) =>
  pack.results.influence.school.find((p) => p.outcome === outcome)!;
const cityFactor = (outcome: string, factor: string) =>
  pack.results.influence.city
    .find((m) => m.outcome === outcome)!
    .factors.find((f) => f.factor === factor)!;
const range = (ci: readonly [number, number] | null, d = 2) =>
  `${signed(ci![0], d).replace('+', '')}〜${signed(ci![1], d).replace('+', '')}`;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const caption = '国語 正答率と要因の関連の数値';

describe('influencer page', () => {
  it('has one panel per outcome, headed with the grades it pools, each with the reminder', () => {
    const headings = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      '国語 正答率（6年）',
      '算数 正答率（6年）',
      '英語 IRTスコア（6年）',
      '国語 学力レベル（6年）',
      '国語 伸び（6年）',
    ]);
    const note = pack.results.influence.note;
    expect(html.split(note).length - 1).toBe(pack.results.influence.school.length);
  });

  it('orders factors by their city share of R², largest first', () => {
    const order = tableRows(html, caption)
      .slice(1)
      .map((r) => r[0]);
    const shares = order.map((label) => {
      const id = pack.results.influence.factors.find((f) => f.label === label)!.id;
      return cityFactor('zenkoku.国語.rate', id).share!;
    });
    expect(order).toHaveLength(4);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });

  it('prints each factor’s slope, interval, label and the city’s numbers as the results have them', () => {
    const f = panel('zenkoku.国語.rate').factors.find(
      (x) => x.factor === 'fukushima.scale.やり抜く力',
    )!;
    const city = cityFactor('zenkoku.国語.rate', f.factor);
    expect(f.wide).toBe(false);
    expect(tableRow(html, caption, 'やり抜く力')).toEqual([
      String(f.n),
      `${signed(f.slope!, 2)} ${range(f.slopeCi)}`,
      f.association,
      '—',
      signed(f.citySlope!, 2),
      `${pct(city.share!)} ${pct(city.shareCi![0])}〜${pct(city.shareCi![1])}`,
      city.association,
    ]);
  });

  it('marks the slope pulled toward the city’s where the school’s interval is wide, and says so', () => {
    const f = panel('zenkoku.国語.rate').factors.find(
      (x) => x.factor === 'fukushima.scale.自制心',
    )!;
    expect(f.wide).toBe(true);
    expect(tableRow(html, caption, '自制心')[3]).toBe(
      `${signed(f.pulled!.slope, 2)}◇ ${range(f.pulled!.ci)}`,
    );
    expect(textOf(html)).toContain(
      '◇ 本校の人数では信頼区間が広いため、市全体の傾きに寄せて推定した値（経験ベイズ）',
    );
  });

  it('says why a factor whose interval is narrow enough has no pulled slope', () => {
    const f = panel('zenkoku.国語.rate').factors.find(
      (x) => x.factor === 'fukushima.scale.やり抜く力',
    )!;
    expect(f.pulled).toBeNull();
    expect(tableRow(html, caption, 'やり抜く力')[3]).toBe('—');
    expect(textOf(html)).toContain('本校の区間が十分に狭い要因は寄せず、「—」です。');
  });

  it('charts the school’s slope against the city’s for each factor', () => {
    const [chart] = inputsOf(pack.calls, 'comparison', /^国語 正答率：要因ごとの傾き/);
    const f = panel('zenkoku.国語.rate').factors.find((x) => x.factor === 'isus.scale.承認')!;
    expect(chart!.rows.filter((r) => r.label === '承認')).toEqual([
      {
        label: '承認',
        group: '本校',
        value: f.slope,
        lower: f.slopeCi![0],
        upper: f.slopeCi![1],
        n: f.n,
      },
      {
        label: '承認',
        group: '市全体',
        value: f.citySlope,
        lower: f.citySlopeCi![0],
        upper: f.citySlopeCi![1],
        n: pack.results.influence.city.find((m) => m.outcome === 'zenkoku.国語.rate')!.n,
      },
    ]);
  });

  it('shows why a suppressed panel or factor has no numbers', async () => {
    expect(textOf(html.split('英語 IRTスコア（6年）')[1]!.split('<h3>')[0]!)).toContain(
      '人数が少ないため表示しません',
    );
    const results = structuredClone(pack.results);
    const p: SchoolPanel = results.influence.school[0]!;
    p.factors[0] = {
      ...p.factors[0]!,
      status: 'suppressed',
      reason: 'small-group',
      slope: null,
      slopeCi: null,
    };
    const label = pack.results.influence.factors.find((f) => f.id === p.factors[0]!.factor)!.label;
    const row = tableRow((await renderPack(results)).page('influence.html'), caption, label);
    expect(row[0]).toBe('人数が少ないため表示しません');
    expect(row).toHaveLength(4);
  });

  it('says why the school has no multivariable model', () => {
    const model = panel('zenkoku.国語.rate').model!;
    expect(model.status).toBe('too-few-cases');
    expect(textOf(html)).toContain(
      `全ての要因がそろう児童生徒は${model.n}人で、重回帰モデルに必要な${model.needed}人に届かない`,
    );
  });

  it('shows the school’s model where it was fitted', async () => {
    const results = structuredClone(pack.results);
    const p = results.influence.school[0]!;
    p.model = {
      status: 'fitted',
      n: 60,
      needed: 50,
      r2: 0.25,
      factors: [
        {
          factor: 'fukushima.scale.やり抜く力',
          slope: 0.31,
          ci: [0.1, 0.52],
          p: 0.01,
          share: 0.12,
          association: '関連が明確',
        },
      ],
    };
    const page = (await renderPack(results)).page('influence.html');
    expect(
      tableRow(
        page,
        '国語 正答率：本校の重回帰モデル（全要因で説明できる割合 25.0%）',
        'やり抜く力',
      ),
    ).toEqual(['+0.31', '0.10〜0.52', '12.0%', '関連が明確']);
  });
});
