/**
 * Test helper: the box each `<text>` of a chart's SVG occupies, found by walking the SVG's
 * group translations and each text's own transform, with widths from the chart stage's own
 * measurer. Handles the forms vega writes: `translate`, `rotate`, `x`/`y`, `text-anchor`,
 * `<tspan x dy>` lines.
 */
import { isBoldWeight, measureTextWidth } from '../../pipeline/chart/measure.js';

export interface TextBox {
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Matrix = [number, number, number, number, number, number]; // a b c d e f

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function parseTransform(value: string | undefined): Matrix {
  let m = IDENTITY;
  for (const [, op, args] of (value ?? '').matchAll(/(translate|rotate)\(([^)]*)\)/g)) {
    const [a = 0, b = 0] = args!.split(/[ ,]+/).map(Number);
    if (op === 'translate') m = multiply(m, [1, 0, 0, 1, a, b]);
    else {
      const r = (a * Math.PI) / 180;
      m = multiply(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
    }
  }
  return m;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Boxes of every text in the SVG, in SVG user units. */
export function textBoxes(svg: string): TextBox[] {
  const boxes: TextBox[] = [];
  const stack: Matrix[] = [IDENTITY];
  const tokens = /<(\/?)(g|text)\b([^>]*?)(\/?)>/g;
  let match: RegExpExecArray | null;
  while ((match = tokens.exec(svg)) !== null) {
    const [, closing, name, attrs = '', selfClosing] = match;
    if (name === 'g') {
      if (closing) stack.pop();
      else if (!selfClosing)
        stack.push(multiply(stack.at(-1)!, parseTransform(attribute(attrs, 'transform'))));
      continue;
    }
    if (name !== 'text' || closing) continue;
    const end = svg.indexOf('</text>', tokens.lastIndex);
    const inner = svg.slice(tokens.lastIndex, end);
    tokens.lastIndex = end + '</text>'.length;
    const lines = inner.includes('<tspan')
      ? [...inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => unescape(m[1]!))
      : [unescape(inner)];
    const dy = Number(/<tspan[^>]*dy="([\d.]+)"/.exec(inner)?.[1] ?? 0);
    const size = parseFloat(attribute(attrs, 'font-size') ?? '11');
    const bold = isBoldWeight(attribute(attrs, 'font-weight'));
    const width = Math.max(...lines.map((line) => measureTextWidth(line, size, bold)));
    const anchor = attribute(attrs, 'text-anchor') ?? 'start';
    const left = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
    const local = multiply(
      stack.at(-1)!,
      multiply(
        [1, 0, 0, 1, Number(attribute(attrs, 'x') ?? 0), Number(attribute(attrs, 'y') ?? 0)],
        parseTransform(attribute(attrs, 'transform')),
      ),
    );
    // Glyphs rise 0.8 em above the baseline and drop 0.2 em below it.
    const top = -0.8 * size;
    const bottom = 0.2 * size + dy * (lines.length - 1);
    const corners = [
      [left, top],
      [left + width, top],
      [left, bottom],
      [left + width, bottom],
    ].map(([x, y]) => [
      local[0] * x! + local[2] * y! + local[4],
      local[1] * x! + local[3] * y! + local[5],
    ]);
    boxes.push({
      text: lines.join('\n'),
      x1: Math.min(...corners.map((c) => c[0]!)),
      y1: Math.min(...corners.map((c) => c[1]!)),
      x2: Math.max(...corners.map((c) => c[0]!)),
      y2: Math.max(...corners.map((c) => c[1]!)),
    });
  }
  return boxes;
}

/** Pairs of boxes that overlap by more than `tolerance` pixels in both directions. */
export function overlappingPairs(boxes: readonly TextBox[], tolerance = 0.5): [TextBox, TextBox][] {
  const pairs: [TextBox, TextBox][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > tolerance && dy > tolerance) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** The SVG's width and height from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg[^>]*>/.exec(svg)![0];
  return { width: Number(attribute(root, 'width')), height: Number(attribute(root, 'height')) };
}
