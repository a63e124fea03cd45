import { beforeAll, describe, expect, it } from 'vitest';
import { textOf } from './htmlText.js';
import { renderPack, type Rendered } from './rendered.js';

let pack: Rendered;
let guide: string;
beforeAll(async () => {
  pack = await renderPack();
  guide = pack.page('guide.html');
});
const section = (id: string) => textOf(guide.split(`id="${id}"`)[1]!.split('</section>')[0]!);

describe('reading guide', () => {
  it('lists its sections at the top and links each', () => {
    const ids = [
      'pages',
      'charts',
      'words',
      'interval',
      'association',
      'small-groups',
      'isus-groups',
      'cycle',
    ];
    for (const id of ids) {
      expect(guide).toContain(`<a href="#${id}">`);
      expect(guide).toContain(`<section class="prose" id="${id}"`);
    }
  });

  it('explains every chart kind and the labels of the calls', () => {
    const charts = section('charts');
    for (const kind of [
      '比較の図',
      '分布の図',
      '設問別の図',
      '尺度のプロフィール',
      '散布図',
      'I-SUSの4つの群',
    ]) {
      expect(charts).toContain(kind);
    }
    expect(charts).toContain('表には、設問ごとの領域・観点・問題形式');
    const words = section('words');
    for (const term of [
      '上回る・下回る',
      '明確な差はない',
      '※（参考値）',
      '表示しません',
      '無解答率',
    ]) {
      expect(words).toContain(term);
    }
  });

  it('says what a 95% interval is, and that a link is not one thing bringing about another', () => {
    expect(section('interval')).toContain('偶然の揺れ');
    expect(section('interval')).toContain('人数が少ないほど広く');
    expect(section('association')).toContain('「関連」「傾向」ということばだけ');
  });

  it('states the small-group rule with the build’s minGroupSize', async () => {
    expect(section('small-groups')).toContain(`${pack.results.minGroupSize}人未満`);
    const results = structuredClone(pack.results);
    results.minGroupSize = 12;
    const other = (await renderPack(results)).page('guide.html');
    expect(textOf(other)).toContain('12人未満の集団の数値は');
  });

  it('documents the cut of the I-SUS groups at the city’s medians', () => {
    const isus = section('isus-groups');
    expect(isus).toContain('市全体の同じ学年の児童生徒の中央値');
    for (const group of ['満足群', '非承認群', '侵害行為認知群', '不満足群'])
      expect(isus).toContain(group);
  });

  it('walks through the data-use cycle in order, with questions for a meeting', () => {
    const cycle = section('cycle');
    const steps = ['1. 見つける', '2. 話し合う', '3. 計画する', '4. 確かめる'].map((s) =>
      cycle.indexOf(s),
    );
    expect(steps.every((i) => i >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(cycle).toContain('授業研究会で話し合うときの問いの例');
    expect((guide.split('id="cycle"')[1]!.match(/<li>/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('is linked from the foot of every other page, and not from its own', () => {
    for (const { path, html } of pack.pages) {
      const foot = html.split('<footer')[1]!;
      expect(foot.includes('href="guide.html"'), path).toBe(path !== 'guide.html');
    }
  });
});
