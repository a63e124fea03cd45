import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from '../../pipeline/chart/data.js';
import type { ChartKind } from '../../pipeline/chart/data.js';
import { GROUP_COLORS } from '../../pipeline/chart/palette.js';
import { createChartRenderer } from '../../pipeline/chart/render.js';
import { comparisonInput, INPUTS } from './fixtures.js';
import { svgSize } from './text-boxes.js';

const renderer = createChartRenderer();
const render = (kind: ChartKind): Promise<string> => renderer.render(kind, INPUTS[kind]);

describe('createChartRenderer().render', () => {
  it.each(CHART_KINDS)('%s: an accessible, self-contained SVG that scales', async (kind) => {
    const svg = await render(kind);
    const root = /^<svg[^>]*>/.exec(svg)![0];
    const { width, height } = svgSize(svg);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(50);
    expect(root).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(root).toContain('role="img"');
    expect(root).toContain(`aria-label="${INPUTS[kind].title.replace(/"/g, '&quot;')}"`);
    expect(root).toContain('style="max-width:100%;height:auto"');
    expect(root).toContain('font-family="&quot;Hiragino Sans&quot;');
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<script|javascript:|<image|<foreignObject|xlink:href|href="http/);
    // The font stack is declared once, on the root.
    expect(svg.split('Hiragino Sans').length - 1).toBe(1);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it('draws the Japanese labels it is given', async () => {
    const svg = await render('comparison');
    for (const text of ['国語', '算数', '話すこと・聞くこと', '平均正答率（%）', '本校（n=58）']) {
      expect(svg).toContain(text);
    }
    expect(await render('profile')).toContain('プランニング方略');
    expect(await render('scatter')).toContain('>11・12<');
    expect(await render('cross')).toContain('n=800');
  });

  it('colours each group with its palette colour', async () => {
    const svg = await render('distribution');
    for (const group of ['本学級', '本校', '市全体'] as const) {
      expect(svg).toContain(`fill="${GROUP_COLORS[group]}"`);
    }
    expect(svg).not.toContain(GROUP_COLORS['全国']);
  });

  it('gives the same string for the same data, from any renderer', async () => {
    const other = createChartRenderer();
    for (const kind of CHART_KINDS) {
      expect(await other.render(kind, INPUTS[kind])).toBe(await render(kind));
    }
  });

  it('takes categories, legend and size from each chart’s data, not from a recompile', async () => {
    const own = createChartRenderer();
    const two = await own.render('comparison', {
      ...comparisonInput,
      rows: comparisonInput.rows.filter((row) => row.label === '国語' || row.label === '算数'),
    });
    const all = await own.render('comparison', comparisonInput);
    expect(own.stats().compiled).toBe(1);
    expect(two).not.toContain('話すこと');
    expect(two).toContain('>福島県<');
    expect(all).toContain('話すこと・聞くこと');
    expect(svgSize(all).height).toBeGreaterThan(svgSize(two).height);
    const noRefs = await own.render('comparison', {
      ...comparisonInput,
      rows: comparisonInput.rows.filter((row) => row.group === '本校'),
    });
    const body = noRefs.slice(noRefs.indexOf('>') + 1);
    expect(body).not.toContain('福島県');
    expect(body).not.toContain('市全体');
  });

  it('compiles each chart kind once however many charts it draws', async () => {
    const own = createChartRenderer();
    const kinds = Array.from({ length: 40 }, (_, i) => CHART_KINDS[i % CHART_KINDS.length]!);
    const svgs = await Promise.all(kinds.map((kind) => own.render(kind, INPUTS[kind])));
    expect(own.stats()).toEqual({ compiled: 5, rendered: 40, warnings: [] });
    expect(new Set(svgs).size).toBe(5);
  });

  it('draws データなし for a chart with no rows', async () => {
    const svg = await renderer.render('comparison', { ...comparisonInput, rows: [] });
    expect(svg).toContain('>データなし<');
    expect(svg).toContain(`aria-label="${comparisonInput.title}"`);
    expect(svg).toContain('viewBox=');
  });

  it('draws データなし in English when asked', async () => {
    const svg = await createChartRenderer({ lang: 'en' }).render('cross', {
      ...INPUTS.cross,
      rows: [],
    });
    expect(svg).toContain('>No data<');
  });

  it('escapes the title in the aria-label', async () => {
    const svg = await renderer.render('profile', { ...INPUTS.profile, title: 'A & "B" <C>' });
    expect(svg).toContain('aria-label="A &amp; &quot;B&quot; &lt;C&gt;"');
  });
});
