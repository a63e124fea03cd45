import { beforeAll, describe, expect, it } from 'vitest';
import type { ScatterInput } from '../../pipeline/chart/data.js';
import { buildClassPage } from '../../pipeline/page/classPage.js';
import { planSchoolPages } from '../../pipeline/page/plan.js';
import { chartSlots } from '../../pipeline/page/renderSchool.js';
import { PAGE_MIN_GROUP, SMALL_CLASS, pageInputData } from '../helpers/pageResults.js';
import { tableRow, tableRows, textOf } from './htmlText.js';
import { figureOf, fixed, inputsOf, renderPack, signed, type Rendered } from './rendered.js';

let pack: Rendered;
/** Position (from 1) of each class in grade 6, as the results order them. */
let small: number;
let large: number;
beforeAll(async () => {
  pack = await renderPack();
  const names = pack.results.grades[0]!.classes.map((c) => c.name);
  small = names.indexOf(SMALL_CLASS) + 1;
  large = names.indexOf('1') + 1;
});
const classPage = (position: number) => pack.page(`g6-c0${position}.html`);
const classOf = (position: number) => pack.results.grades[0]!.classes[position - 1]!;

describe('class page: figures against the school and the city', () => {
  it('shows a small class’s banner and marks its figures', () => {
    expect(textOf(classPage(small))).toContain(
      `この学級は人数が少ない（2人、${PAGE_MIN_GROUP}人未満）ため、この学級の数値は参考値です。`,
    );
    expect(tableRows(classPage(small), '平均正答率の数値')[1]![0]).toBe('国語 正答率※');
    expect(classPage(large)).not.toContain('class="banner"');
  });

  it('names the school and the class in the running head of every printed sheet', () => {
    const head = /@top-left \{ content: "([^"]*)"; \}/.exec(classPage(large))?.[1];
    expect(head).toBe(
      `${pack.results.school.name}\u30006年${classOf(large).name}組\u3000令和7年度 学校カルテ（完成版）\u3000小学校\u3000作成日 2025年10月1日`,
    );
  });

  it('sets the class against its school and the city', () => {
    const f = figureOf(classOf(large).figures, 'fukushima.国語.step');
    const level = `${Math.ceil(Math.round(f.group.mean!) / 3)}-${'CBA'[(Math.round(f.group.mean!) - 1) % 3]}`;
    expect(tableRow(classPage(large), '学力レベルの数値', '国語 学力レベル')).toEqual([
      String(f.group.n),
      `${fixed(f.group.mean!, 1)}段階 ${level}相当`,
      `${fixed(f.group.ci![0], 1)}〜${fixed(f.group.ci![1], 1)}`,
      `${fixed(f.school!.mean!, 1)}段階`,
      `${fixed(f.city.mean!, 1)}段階`,
      `${signed(f.group.mean! - f.city.mean!, 1)}段階`,
      '明確な差はない',
    ]);
  });

  it('shows why a suppressed class figure is withheld, and no number of it anywhere', async () => {
    const withheld = structuredClone(pack.results);
    const figures = withheld.grades[0]!.classes[large - 1]!.figures;
    const f = figureOf(figures, 'zenkoku.国語.rate');
    const mean = f.group.mean!;
    // The test city's 国語 has one domain and one viewpoint holding every item: their figures
    // are the rate's own number, so they are withheld with it.
    for (const id of ['zenkoku.国語.domain.領域A', 'zenkoku.国語.viewpoint.観点A']) {
      const same = figureOf(figures, id);
      expect(same.group.mean).toBe(mean);
      same.group = {
        ...same.group,
        status: 'suppressed',
        reason: 'complement',
        mean: null,
        ci: null,
      };
      same.refs = [];
    }
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
    const html = (await renderPack(withheld)).page(`g6-c0${large}.html`);
    const message = 'ほかの数値から計算できてしまうため表示しません';
    expect(tableRow(html, '平均正答率の数値', '国語 正答率')).toEqual([message]);
    expect(textOf(html.split('国語 正答率の分布')[1]!.split('</div>')[0]!)).toBe(message);
    expect(html).not.toContain(fixed(mean, 1));
    const pages = planSchoolPages(withheld);
    const view = buildClassPage(
      withheld,
      pages,
      pages.find((p) => p.path === `g6-c0${large}.html`)!,
    );
    const slots = chartSlots(view);
    const rates = slots.flatMap((s) => (s.kind === 'comparison' ? [s.input] : []))[0]!;
    expect(rates.rows.filter((r) => r.group === '本学級').map((r) => r.label)).toEqual(['算数']);
    expect(
      slots.filter((s) => s.kind === 'distribution').map((s) => s.input.title),
    ).not.toContainEqual(expect.stringMatching(/^国語 正答率/));
  });

  it('tables each subject’s items, domains and no-answer rates and the questionnaire, no charts', () => {
    const html = classPage(large);
    const cls = classOf(large);
    for (const id of [
      'kokugo-items',
      'kokugo-domains',
      'kokugo-viewpoints',
      'kokugo-no-answer',
      'sansu-items',
      'class-questions',
    ]) {
      const block = html.split(`id="${id}"`)[1]!.split('<div class="block"')[0]!;
      expect(block, id).toContain('<table>');
      expect(block, id).not.toContain('<div class="chart">');
    }
    const item = figureOf(cls.figures, 'zenkoku.算数.item.2');
    expect(tableRow(html, '設問別の正答率（算数）の数値', '2').slice(3, 5)).toEqual([
      String(item.group.n),
      `${fixed(item.group.mean!, 1)}%`,
    ]);
  });

  it('gives each item’s 領域, 観点 and 問題形式 from the 設問マスタ in its 設問別 table', () => {
    const html = classPage(large);
    const caption = '設問別の正答率（算数）の数値';
    expect(tableRows(html, caption)[0]!.slice(0, 5)).toEqual([
      '設問',
      '領域',
      '観点',
      '問題形式',
      'n',
    ]);
    const master = pageInputData().zenkokuItems.filter((i) => i.subject === '算数');
    expect(new Set(master.map((i) => i.format)).size).toBeGreaterThan(1);
    for (const item of master) {
      expect(tableRow(html, caption, item.itemNo).slice(0, 3), item.itemNo).toEqual([
        item.domain,
        item.viewpoint,
        item.format,
      ]);
    }
  });

  it('profiles scales of a class against its school and the city', () => {
    const [profile] = inputsOf(pack.calls, 'profile', /^非認知能力の尺度：本学級/);
    expect(new Set(profile!.rows.map((r) => r.group))).toEqual(
      new Set(['本学級', '本校', '市全体']),
    );
  });
});

describe('class page: planes of scores against a scale', () => {
  it('plots each student on やり抜く力 against a score, with the city medians', () => {
    const cls = classOf(large);
    const planes = inputsOf(pack.calls, 'scatter').filter((s) => s.xTitle === 'やり抜く力');
    const step = planes.find(
      (s) => s.yTitle.startsWith('学力レベル') && s.rows.length === cls.points.length,
    )!;
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
    expect(planes).toHaveLength(6);
  });
});

describe('class page: the I-SUS plane of four groups', () => {
  const isusInputs = () => inputsOf(pack.calls, 'scatter', /^承認（横）と被侵害/);

  it('plots 承認 against 被侵害 upside down, cut at the city’s medians, with the groups named', () => {
    const cls = classOf(large);
    const plane = isusInputs().find((s) => s.rows.length === cls.points.length)!;
    expect(plane.rows).toEqual(
      cls.points.map((p) => ({
        seat: p.seat,
        x: p.values['isus.scale.承認'],
        y: p.values['isus.scale.被侵害'],
      })),
    );
    expect(plane.medians).toEqual({
      x: figureOf(cls.figures, 'isus.scale.承認').city.median,
      y: figureOf(cls.figures, 'isus.scale.被侵害').city.median,
    });
    expect(plane.yReverse).toBe(true);
    expect(plane.quadrants).toEqual({
      topRight: '満足群',
      topLeft: '非承認群',
      bottomRight: '侵害行為認知群',
      bottomLeft: '不満足群',
    } satisfies ScatterInput['quadrants']);
    expect(isusInputs()).toHaveLength(2);
  });

  it('counts each group’s students and lists their seats; on a median counts as high', () => {
    // City medians: 承認 3, 被侵害 2. Class 1: (4,1) (2,1) (3,3) (1,4); the small class:
    // (3,2) (2,2), both on the 被侵害 median.
    const caption = /<caption>市全体の中央値（承認 3\.00、被侵害 2\.00）で分けた4つの群/;
    const rowsOf = (html: string) => {
      const at = html.search(caption);
      const table = html.slice(at, html.indexOf('</table>', at));
      return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
        [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => textOf(c[1]!)),
      );
    };
    expect(rowsOf(classPage(large))).toEqual([
      ['群', 'めやす', '人数', '出席番号'],
      ['満足群', '承認が高く、被侵害が低い', '1', '1'],
      ['非承認群', '承認も被侵害も低い', '1', '2'],
      ['侵害行為認知群', '承認も被侵害も高い', '1', '3'],
      ['不満足群', '承認が低く、被侵害が高い', '1', '4'],
    ]);
    expect(rowsOf(classPage(small)).map((r) => r.slice(2))).toEqual([
      ['人数', '出席番号'],
      ['0', 'なし'],
      ['0', 'なし'],
      ['1', '1'],
      ['1', '2'],
    ]);
  });

  it('draws no groups without the city’s medians, and says why', async () => {
    const results = structuredClone(pack.results);
    for (const cls of results.grades[0]!.classes) {
      figureOf(cls.figures, 'isus.scale.被侵害').city.median = null;
    }
    const noMedians = await renderPack(results);
    const [plane] = inputsOf(noMedians.calls, 'scatter', /^承認（横）と被侵害/);
    expect(plane!.medians).toBeNull();
    expect(plane!.quadrants).toBeNull();
    expect(textOf(noMedians.page(`g6-c0${large}.html`))).toContain(
      '市全体の中央値がないため、4つの群に分けられません。',
    );
  });

  it('leaves the plane out where the results have no I-SUS scales', async () => {
    const results = structuredClone(pack.results);
    results.measures = results.measures.filter((m) => m.survey !== 'isus');
    const without = await renderPack(results);
    expect(inputsOf(without.calls, 'scatter', /^承認（横）と被侵害/)).toEqual([]);
    expect(without.page(`g6-c0${large}.html`)).not.toContain('I-SUSの4つの群');
  });
});

describe('class page: the priority grid', () => {
  it('marks a small class’s grid as caution and its gaps with ※', () => {
    const cls = classOf(small);
    expect(cls.priorities.status).toBe('caution');
    const html = classPage(small);
    const rows = tableRows(html, '要因ごとの市全体との差の数値');
    expect(rows.slice(1).every((r) => r[0]!.endsWith('※'))).toBe(true);
    const grid = html.split('教科・指標ごとの優先度の高い要因</caption>')[1]!.split('</div>')[0]!;
    expect(textOf(grid)).toContain(`※ 人数が少ない（${PAGE_MIN_GROUP}人未満）ため参考値です。`);
  });
});
