/**
 * Test helper: where each figure, chart and section heading of a page lands on paper. Before
 * printing, every one is wrapped in a link to a made-up address; Chromium writes a link
 * annotation for every piece of a link on every sheet, so the printed PDF says on which sheets
 * each item lies — measured in the real print, not in a simulation of it.
 */
import type { Page } from 'playwright-core';
import type { PdfDocument } from './readPdf.js';

/** Addresses of the markers; `.invalid` can never resolve. */
export const MARKER_ORIGIN = 'https://karte-print.invalid/';

/** A marked item of the page. */
export interface MarkedItem {
  id: string;
  /** `other`: headings, paragraphs and list items outside figures, which count as content. */
  kind: 'block' | 'chart' | 'heading' | 'other';
  /** For a chart, its block; for a section heading, the first block under it. */
  block: string | null;
  /** Height in CSS pixels in print layout at the width of the printed sheet's content box. */
  height: number;
  /**
   * For a figure the print rules let break (`break-inside: auto`, the first of a section), the
   * height of what stands above it since the last forced sheet break (the section's heading
   * and lead, or the page's header), which it must share a sheet with.
   */
  above: number;
}

/**
 * Wraps every `.block`, its `.chart`, every section heading (`.section > h3`) and the other
 * text (headings, paragraphs, list items outside figures) in a marker link, in print media at
 * `contentWidth` pixels, and returns the items. Run on the page just before `page.pdf()`.
 */
export async function markPrintItems(page: Page, contentWidth: number): Promise<MarkedItem[]> {
  await page.setViewportSize({ width: Math.round(contentWidth), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate<MarkedItem[]>(`(${MARK_ITEMS})(${JSON.stringify(MARKER_ORIGIN)})`);
}

// Plain JavaScript run in the page. Kept as text because the test's TypeScript transform may
// add helper calls (such as esbuild's __name) to functions, which do not exist in the page.
const MARK_ITEMS = `(origin) => {
  const items = [];
  const mark = (element, id) => {
    const link = document.createElement('a');
    link.href = origin + id;
    link.setAttribute('style', 'display:block;color:inherit;text-decoration:none');
    while (element.firstChild) link.append(element.firstChild);
    element.append(link);
  };
  const height = (element) => element.getBoundingClientRect().height;
  // The margin above a box, collapsed with its first children's (kept after a forced break).
  const marginAbove = (box) => {
    let margin = 0;
    for (let e = box; e; e = e.firstElementChild) {
      const style = getComputedStyle(e);
      margin = Math.max(margin, parseFloat(style.marginTop));
      if (parseFloat(style.paddingTop) > 0 || parseFloat(style.borderTopWidth) > 0) break;
    }
    return margin;
  };
  // Only what print lays out: a figure holding nothing but a folded table prints nothing.
  const shown = (element) => element.getClientRects().length > 0;
  const blocks = [...document.querySelectorAll('.block')].filter(shown);
  // Tops of the forced sheet breaks: a section's first figure shares its sheet with all that
  // stands between the last of these and it.
  const breaks = [...document.body.querySelectorAll('*')]
    .filter((e) => shown(e) && ['page', 'left', 'right', 'recto', 'verso'].includes(getComputedStyle(e).breakBefore))
    .map((e) => e.getBoundingClientRect().top - marginAbove(e));
  blocks.forEach((block, i) => {
    const breakable = getComputedStyle(block).breakInside === 'auto';
    const top = block.getBoundingClientRect().top;
    const above = breakable ? top - Math.max(0, ...breaks.filter((b) => b <= top)) : 0;
    items.push({ id: 'block-' + i, kind: 'block', block: null, height: height(block), above });
    const chart = block.querySelector('.chart');
    if (chart) items.push({ id: 'chart-' + i, kind: 'chart', block: 'block-' + i, height: height(chart), above: 0 });
  });
  [...document.querySelectorAll('.section > h3')].filter(shown).forEach((heading, i) => {
    const first = [...heading.parentElement.querySelectorAll('.block')].find(shown);
    const block = first ? 'block-' + blocks.indexOf(first) : null;
    items.push({ id: 'heading-' + i, kind: 'heading', block, height: height(heading), above: 0 });
    mark(heading, 'heading-' + i);
  });
  const others = [...document.querySelectorAll('h1, h2, p, li, dt, dd')].filter(
    (element) => !element.closest('.block, .section > h3') && element.getClientRects().length > 0,
  );
  others.forEach((element, i) => {
    items.push({ id: 'other-' + i, kind: 'other', block: null, height: height(element), above: 0 });
    mark(element, 'other-' + i);
  });
  // The chart first, then its block around it.
  blocks.forEach((block, i) => {
    const chart = block.querySelector('.chart');
    if (chart) mark(chart, 'chart-' + i);
    mark(block, 'block-' + i);
  });
  return items;
}`;

/** The sheets (from 1) on which each marker appears, from the PDF's link annotations. */
export function markerPages(pdf: PdfDocument): Map<string, number[]> {
  const pages = new Map<string, number[]>();
  pdf.pages.forEach((page, index) => {
    for (const link of page.links) {
      if (!link.uri.startsWith(MARKER_ORIGIN)) continue;
      const id = link.uri.slice(MARKER_ORIGIN.length);
      const list = pages.get(id) ?? [];
      if (!list.includes(index + 1)) list.push(index + 1);
      pages.set(id, list);
    }
  });
  return pages;
}

/**
 * Everything wrong with how the items fell on the sheets: an item missing from the PDF, a
 * chart on more than one sheet or not on its figure's first sheet, a figure split although it
 * fits on a sheet (with the section heading above it, for the first figure of a section), a
 * heading not on the sheet where its first figure starts, and a blank sheet.
 * `sheetHeight` is the height of a sheet's content box in CSS pixels.
 */
export function printProblems(
  items: readonly MarkedItem[],
  pdf: PdfDocument,
  sheetHeight: number,
): string[] {
  const pages = markerPages(pdf);
  const problems: string[] = [];
  const on = (id: string) => pages.get(id) ?? [];
  for (const item of items) {
    const sheets = on(item.id);
    if (sheets.length === 0) {
      problems.push(`${item.id}: not found in the PDF`);
      continue;
    }
    if (item.kind === 'chart') {
      if (sheets.length > 1)
        problems.push(`${item.id}: chart split over sheets ${sheets.join(', ')}`);
      const blockStart = on(item.block!)[0];
      if (blockStart !== undefined && sheets[0] !== blockStart)
        problems.push(
          `${item.id}: chart on sheet ${sheets[0]}, its figure starts on ${blockStart}`,
        );
    } else if (item.kind === 'block') {
      if (item.height + item.above <= sheetHeight && sheets.length > 1)
        problems.push(
          `${item.id}: figure of ${Math.round(item.height)}px split over sheets ${sheets.join(', ')}`,
        );
    } else if (item.kind === 'heading' && item.block !== null) {
      const first = on(item.block)[0];
      if (first !== undefined && sheets[0] !== first)
        problems.push(`${item.id}: heading on sheet ${sheets[0]}, its first figure on ${first}`);
    }
  }
  pdf.pages.forEach((_, index) => {
    const marked = [...pages.values()].some((sheets) => sheets.includes(index + 1));
    if (!marked) problems.push(`sheet ${index + 1}: blank (no figure, heading or note)`);
  });
  return problems;
}
