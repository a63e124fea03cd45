/**
 * Test helper: the labels of every chart on a page as the browser drew them, and what is wrong
 * with them — two labels on top of each other, or a label cut off by its chart's box. Boxes are
 * measured by the browser in the fonts it really used, at the size the page really shows.
 */
import type { Page } from 'playwright-core';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnLabel extends Box {
  text: string;
}

export interface DrawnChart {
  /** The chart's accessible name (its title). */
  title: string;
  box: Box;
  labels: DrawnLabel[];
}

// Plain JavaScript run in the page (kept as text: see printMarkers.ts). A label's box is the
// ink of its glyphs, not the line box: the layout box of a CJK font reaches far above and below
// its glyphs, so two stacked labels whose ink is apart would seem to collide. In the text's
// own coordinates the box runs along its advance (getBBox) and from the baseline up and down by
// the ink's ascent and descent (canvas measureText in the same font); its corners are then
// mapped to the page by the text's screen matrix, which also turns rotated titles.
const COLLECT = `(() => {
  const canvas = document.createElement('canvas').getContext('2d');
  const pageBox = (r) => ({ x1: r.left, y1: r.top, x2: r.right, y2: r.bottom });
  const inkBox = (text) => {
    const style = getComputedStyle(text);
    canvas.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
    const m = canvas.measureText(text.textContent);
    const b = text.getBBox();
    const baseline = b.y + m.fontBoundingBoxAscent;
    const top = baseline - m.actualBoundingBoxAscent;
    const bottom = b.y + b.height - m.fontBoundingBoxDescent + m.actualBoundingBoxDescent;
    const ctm = text.getScreenCTM();
    const corners = [[b.x, top], [b.x + b.width, top], [b.x, bottom], [b.x + b.width, bottom]]
      .map(([x, y]) => [ctm.a * x + ctm.c * y + ctm.e, ctm.b * x + ctm.d * y + ctm.f]);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  };
  return [...document.querySelectorAll('svg')]
    .filter((svg) => !svg.parentElement.closest('svg'))
    .map((svg) => ({
      title: svg.getAttribute('aria-label') ?? '',
      box: pageBox(svg.getBoundingClientRect()),
      labels: [...svg.querySelectorAll('text')]
        .filter((text) => text.textContent.trim() !== '' && text.getClientRects().length > 0)
        .map((text) => ({ text: text.textContent.trim(), ...inkBox(text) })),
    }));
})()`;

/** Every top-level SVG of the page with its labels' boxes, in page pixels. */
export function collectCharts(page: Page): Promise<DrawnChart[]> {
  return page.evaluate<DrawnChart[]>(COLLECT);
}

/**
 * The overlaps between `a` and `b` in each direction; both must exceed `tolerance` pixels for
 * the labels to collide (touching or a sub-pixel graze is not a collision).
 */
function collides(a: Box, b: Box, tolerance: number): boolean {
  const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return dx > tolerance && dy > tolerance;
}

const same = (a: DrawnLabel, b: DrawnLabel) =>
  a.text === b.text &&
  Math.abs(a.x1 - b.x1) < 0.01 &&
  Math.abs(a.y1 - b.y1) < 0.01 &&
  Math.abs(a.x2 - b.x2) < 0.01 &&
  Math.abs(a.y2 - b.y2) < 0.01;

/**
 * What is wrong with a chart's labels, one line each: pairs that collide (an exact duplicate —
 * the same text in the same box — is not a collision) and labels reaching outside the chart's
 * box by more than `tolerance` pixels.
 */
export function labelProblems(chart: DrawnChart, tolerance = 0.5): string[] {
  const problems: string[] = [];
  const { labels, box } = chart;
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1))
      if (!same(a, b) && collides(a, b, tolerance))
        problems.push(`${chart.title}: 「${a.text}」 overlaps 「${b.text}」`);
    if (
      a.x1 < box.x1 - tolerance ||
      a.y1 < box.y1 - tolerance ||
      a.x2 > box.x2 + tolerance ||
      a.y2 > box.y2 + tolerance
    )
      problems.push(`${chart.title}: 「${a.text}」 is cut off by the chart's box`);
  });
  return problems;
}
