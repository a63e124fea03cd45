/**
 * Chart labels as the browser draws them: on every page of the bundled build, no two labels of
 * a chart overlap and none is cut off by the chart's box. The checker is first shown to catch
 * a real overlap and a real cut-off in a crafted chart.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectCharts, labelProblems } from './chartLabels.js';
import { builtPages } from './pages.js';
import { describeInBrowser } from './suite.js';

const FONT = `font-family="'Noto Sans CJK JP', sans-serif"`;

/** A 300×120 chart with labels drawn where `body` says. */
const crafted = (body: string) =>
  `<!doctype html><html lang="ja"><body style="margin:0">` +
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120" ` +
  `aria-label="試し" ${FONT} font-size="12">${body}</svg></body></html>`;

describeInBrowser('chart labels in the browser', (env) => {
  let page: Page;
  beforeAll(async () => {
    page = await (await env.browser().newContext({ javaScriptEnabled: false })).newPage();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  const problemsOf = async (html: string) => {
    await page.setContent(html);
    return (await collectCharts(page)).flatMap((chart) => labelProblems(chart));
  };

  it('catches two labels drawn over each other, and a label cut off by the chart', async () => {
    const overlap = await problemsOf(
      crafted('<text x="20" y="40">国語の平均</text><text x="50" y="44">算数の平均</text>'),
    );
    expect(overlap).toEqual(['試し: 「国語の平均」 overlaps 「算数の平均」']);
    const cut = await problemsOf(crafted('<text x="260" y="60">正答率（%）</text>'));
    expect(cut).toEqual(["試し: 「正答率（%）」 is cut off by the chart's box"]);
    const rotated = await problemsOf(
      crafted(
        '<text transform="translate(10,60) rotate(-90)" text-anchor="middle">長い縦の軸の題名です</text>',
      ),
    );
    expect(rotated).toEqual(["試し: 「長い縦の軸の題名です」 is cut off by the chart's box"]);
  });

  it('passes labels set close but apart, and an exact duplicate', async () => {
    // Tick labels 14 px apart and an axis title under them: their line boxes overlap in a
    // CJK font, their glyphs do not.
    const close = await problemsOf(
      crafted(
        '<text x="20" y="60">10</text><text x="20" y="74">20</text>' +
          '<text x="60" y="60">15</text><text x="40" y="74">平均学力レベル</text>' +
          '<text x="200" y="30">本校</text><text x="200" y="30">本校</text>',
      ),
    );
    expect(close).toEqual([]);
  });

  const groups = env.build ? [...new Set(builtPages(env.build).map((p) => p.school))] : [];
  for (const group of groups) {
    it(`${group}: every chart on every page keeps its labels apart and inside`, async () => {
      let charts = 0;
      let labels = 0;
      const problems: string[] = [];
      for (const built of builtPages(env.build).filter((p) => p.school === group)) {
        await page.goto(built.url);
        for (const chart of await collectCharts(page)) {
          charts += 1;
          labels += chart.labels.length;
          problems.push(...labelProblems(chart).map((p) => `${built.path}: ${p}`));
        }
      }
      expect(problems).toEqual([]);
      expect(charts).toBeGreaterThan(10);
      expect(labels).toBeGreaterThan(10 * charts);
    });
  }
});
