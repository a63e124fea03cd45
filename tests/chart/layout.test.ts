import { describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../pipeline/chart/render.js';
import { CHART_KINDS } from '../../pipeline/chart/data.js';
import type { ChartKind } from '../../pipeline/chart/data.js';
import { INPUTS } from './fixtures.js';
import { overlappingPairs, svgSize, textBoxes } from './text-boxes.js';

const renderer = createChartRenderer();

async function render(kind: ChartKind): Promise<string> {
  return renderer.render(kind, INPUTS[kind]);
}

describe('text layout of rendered charts', () => {
  it.each(CHART_KINDS)('%s: no two labels overlap and none leaves the SVG', async (kind) => {
    const svg = await render(kind);
    const boxes = textBoxes(svg);
    const { width, height } = svgSize(svg);
    expect(boxes.length).toBeGreaterThan(5);
    expect(overlappingPairs(boxes).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
    const outside = boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height);
    expect(outside.map((b) => b.text)).toEqual([]);
  });

  it('keeps 36 level bins and 20 long item labels apart', async () => {
    const levels = Array.from({ length: 36 }, (_, i) => `${Math.floor(i / 3) + 1}-${'ABC'[i % 3]}`);
    const distribution = await renderer.render('distribution', {
      title: '学力レベル分布',
      xTitle: '学力レベル',
      rows: levels.flatMap((bin, i) => [
        { bin, group: '本校' as const, share: (i % 7) + 1, count: i % 5 },
        { bin, group: '市全体' as const, share: (i % 5) + 1, count: 100 },
      ]),
    });
    const items = Array.from(
      { length: 20 },
      (_, i) =>
        `${i + 1}(${(i % 3) + 1}) 目的に応じて、文章と図表などを結び付けるなどして必要な情報を見付けること`,
    );
    const comparison = await renderer.render('comparison', {
      title: '設問別',
      valueTitle: '正答率（%）',
      domain: [0, 100],
      rows: items.flatMap((label, i) => [
        {
          label,
          group: '本校' as const,
          value: 40 + i * 2,
          lower: 35 + i * 2,
          upper: 45 + i * 2,
          n: 58,
        },
        { label, group: '全国' as const, value: 50 + i },
      ]),
    });
    for (const svg of [distribution, comparison]) {
      const { width, height } = svgSize(svg);
      const boxes = textBoxes(svg);
      expect(overlappingPairs(boxes).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
      expect(boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height)).toEqual(
        [],
      );
    }
    expect(comparison).toContain('20(2) 目的に応じて');
  });

  it('keeps quadrant names clear of the points, seat labels and axes of a plane', async () => {
    const svg = await renderer.render('scatter', {
      ...INPUTS.scatter,
      xTitle: '承認',
      yTitle: '被侵害（上ほど低い）',
      yReverse: true,
      xDomain: [1, 4],
      yDomain: [1, 4],
      medians: { x: 3, y: 1.5 },
      // Students in every corner of the plot, where names inside the plot would cover them.
      rows: [
        { seat: 1, x: 1, y: 1 },
        { seat: 2, x: 4, y: 1 },
        { seat: 3, x: 1, y: 4 },
        { seat: 4, x: 4, y: 4 },
        { seat: 5, x: 2.5, y: 2.5 },
      ],
      quadrants: {
        topLeft: '非承認群',
        topRight: '満足群',
        bottomLeft: '不満足群',
        bottomRight: '侵害行為認知群',
      },
    });
    const { width, height } = svgSize(svg);
    const boxes = textBoxes(svg);
    for (const name of ['非承認群', '満足群', '不満足群', '侵害行為認知群']) {
      expect(boxes.map((b) => b.text)).toContain(name);
    }
    expect(overlappingPairs(boxes).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
    expect(boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height)).toEqual([]);
    // Upside down: the tick for 1.0 is drawn above the tick for 4.0.
    const tick = (text: string) => boxes.find((b) => b.text === text && b.x2 < 60)!;
    expect(tick('1.0').y1).toBeLessThan(tick('4.0').y1);
  });

  it('finds an overlap when two labels are drawn on one spot', () => {
    const svg =
      '<svg width="200" height="50"><g transform="translate(10,20)">' +
      '<text font-size="12px">国語</text><text transform="translate(12,0)">算数</text></g></svg>';
    expect(overlappingPairs(textBoxes(svg))).toHaveLength(1);
  });

  it('places a rotated title by its rotation', () => {
    const svg =
      '<svg width="100" height="100"><g transform="translate(20,50)">' +
      '<text text-anchor="middle" transform="translate(0,0) rotate(-90)" font-size="10px">' +
      '正答率</text></g></svg>';
    const [box] = textBoxes(svg);
    expect(box!.y2 - box!.y1).toBeCloseTo(30);
    expect(box!.x2 - box!.x1).toBeCloseTo(10);
    expect((box!.y1 + box!.y2) / 2).toBeCloseTo(50);
  });
});
