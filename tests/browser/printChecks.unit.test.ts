/**
 * The print and label checkers on made-up inputs, without a browser: each rule catches what it
 * is for and lets the allowed cases pass.
 */
import { describe, expect, it } from 'vitest';
import { labelProblems, type DrawnChart } from './chartLabels.js';
import { MARKER_ORIGIN, printProblems, type MarkedItem } from './printMarkers.js';
import { predictSheets, type Flow } from './printPagination.js';
import type { PdfDocument } from './readPdf.js';

/** A PDF whose sheet n (from 1) holds the markers `sheets[n - 1]`. */
const pdfWith = (sheets: string[][]): PdfDocument => ({
  pages: sheets
    .map((ids) =>
      ids.map((id) => ({
        uri: MARKER_ORIGIN + id,
        rect: [0, 0, 1, 1] as [number, number, number, number],
      })),
    )
    .map((links) => ({ links })),
  count: sheets.length,
  title: null,
  fonts: [],
  characters: new Set(),
});

const item = (
  id: string,
  kind: MarkedItem['kind'],
  extra: Partial<MarkedItem> = {},
): MarkedItem => ({
  id,
  kind,
  block: null,
  height: 300,
  above: 0,
  ...extra,
});

describe('printProblems', () => {
  const items = [
    item('heading-0', 'heading', { block: 'block-0' }),
    item('block-0', 'block'),
    item('chart-0', 'chart', { block: 'block-0' }),
    item('block-1', 'block', { height: 1200 }),
    item('chart-1', 'chart', { block: 'block-1' }),
  ];

  it('passes figures kept whole, a too-tall figure split after its chart, and no blank sheet', () => {
    const pdf = pdfWith([['heading-0', 'block-0', 'chart-0', 'block-1', 'chart-1'], ['block-1']]);
    expect(printProblems(items, pdf, 1000)).toEqual([]);
  });

  it('finds a split figure, a parted chart, a lonely heading, a missing item and a blank sheet', () => {
    const pdf = pdfWith([
      ['heading-0'],
      ['block-0', 'block-1'],
      ['block-0', 'block-1', 'chart-1'],
      [],
    ]);
    const problems = printProblems(items.concat(item('other-9', 'other')), pdf, 1000);
    expect(problems).toEqual([
      'heading-0: heading on sheet 1, its first figure on 2',
      'block-0: figure of 300px split over sheets 2, 3',
      'chart-0: not found in the PDF',
      'chart-1: chart on sheet 3, its figure starts on 2',
      'other-9: not found in the PDF',
      'sheet 4: blank (no figure, heading or note)',
    ]);
  });

  it('lets the first figure of a section split when it and what is above it outgrow a sheet', () => {
    const first = [item('block-0', 'block', { height: 900, above: 150 })];
    expect(printProblems(first, pdfWith([['block-0'], ['block-0']]), 1000)).toEqual([]);
    const small = [item('block-0', 'block', { height: 800, above: 150 })];
    expect(printProblems(small, pdfWith([['block-0'], ['block-0']]), 1000)).toHaveLength(1);
  });
});

describe('predictSheets', () => {
  const flow = (items: Flow['items'], end: number): Flow => ({ items, end, breakLoss: 40 });

  it('flows text on, and starts a sheet at each forced break', () => {
    expect(predictSheets(flow([], 2500), 1000)).toBe(3);
    expect(predictSheets(flow([{ kind: 'break', top: 300 }], 500), 1000)).toBe(2);
  });

  it('moves a figure that does not fit on the rest of the sheet, and splits a taller one', () => {
    const moved = flow([{ kind: 'whole', top: 700, bottom: 1100 }], 1100);
    expect(predictSheets(moved, 1000)).toBe(2);
    const tall = flow([{ kind: 'whole', top: 100, bottom: 2300 }], 2300);
    expect(predictSheets(tall, 1000)).toBe(3);
    // Text before a figure fills whole sheets before the figure is placed.
    const afterText = flow([{ kind: 'whole', top: 2950, bottom: 3100 }], 3100);
    expect(predictSheets(afterText, 1000)).toBe(4);
  });
});

describe('labelProblems', () => {
  const chart = (labels: DrawnChart['labels']): DrawnChart => ({
    title: 't',
    box: { x1: 0, y1: 0, x2: 100, y2: 100 },
    labels,
  });
  const label = (text: string, x1: number, y1: number, x2: number, y2: number) => ({
    text,
    x1,
    y1,
    x2,
    y2,
  });

  it('finds overlaps beyond half a pixel and labels leaving the box', () => {
    expect(labelProblems(chart([label('a', 0, 0, 10, 10), label('b', 9, 9, 20, 20)]))).toEqual([
      't: 「a」 overlaps 「b」',
    ]);
    expect(labelProblems(chart([label('a', 95, 10, 101, 20)]))).toEqual([
      "t: 「a」 is cut off by the chart's box",
    ]);
  });

  it('passes touching labels, a sub-pixel graze and an exact duplicate', () => {
    expect(
      labelProblems(
        chart([
          label('a', 0, 0, 10, 10),
          label('b', 10, 0, 20, 10),
          label('c', 19.7, 0, 30, 10),
          label('d', 50, 50, 60, 60),
          label('d', 50, 50, 60, 60),
        ]),
      ),
    ).toEqual([]);
  });
});
