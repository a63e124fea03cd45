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
