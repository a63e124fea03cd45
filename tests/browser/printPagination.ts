/**
 * Test helper: how many A4 sheets a page should print on, predicted from its structure. The
 * page is laid out in print media at the width of a sheet's content box, and its flow read as
 * forced breaks (each grade and section starts a sheet), figures (`.block`, kept whole when
 * they fit on a sheet, split when taller; a figure the print rules let break keeps only its
 * heading and chart together) and the reading notes (kept whole). A greedy paginator then
 * fills sheets the way the print rules ask.
 */
import type { Page } from 'playwright-core';

/** A4 with the stylesheet's 12 mm margins, in CSS pixels (96 per inch). */
export const SHEET = {
  width: ((210 - 2 * 12) * 96) / 25.4,
  height: ((297 - 2 * 12) * 96) / 25.4,
};

/** One thing in the page's flow, in CSS pixels from the top of the document. */
export type FlowItem =
  { kind: 'break'; top: number } | { kind: 'whole'; top: number; bottom: number };

export interface Flow {
  items: FlowItem[];
  /** Bottom of the last content. */
  end: number;
  /**
   * The most a sheet can lose where text or a table breaks: two lines of body text (orphans
   * and widows keep two together) or the tallest table row (rows are kept whole).
   */
  breakLoss: number;
}

// Plain JavaScript run in the page (kept as text: see printMarkers.ts).
const MEASURE = `(() => {
  const top = (element) => element.getBoundingClientRect().top + scrollY;
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
  const items = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (element.getClientRects().length === 0) continue; // not laid out (hidden in print)
    const style = getComputedStyle(element);
    if (['page', 'left', 'right', 'recto', 'verso'].includes(style.breakBefore))
      items.push({ kind: 'break', top: top(element) - marginAbove(element) });
    if (element.matches('.block, .reading-notes')) {
      // Kept whole, or (break-inside: auto) only its heading and chart, the table flowing on.
      const box = element.getBoundingClientRect();
      const chart = style.breakInside === 'auto' ? element.querySelector('.chart') : null;
      const bottom = (chart ?? element).getBoundingClientRect().bottom;
      items.push({ kind: 'whole', top: box.top + scrollY, bottom: bottom + scrollY });
    }
  }
  items.sort((a, b) => a.top - b.top);
  const shown = [...document.body.children].filter((e) => e.getClientRects().length > 0);
  const end = shown.length ? shown.at(-1).getBoundingClientRect().bottom + scrollY : 0;
  const line = parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).lineHeight);
  const rows = [...document.querySelectorAll('tr')].map((r) => r.getBoundingClientRect().height);
  return { items, end, breakLoss: Math.max(2 * line, ...rows) };
})()`;

/** The page's flow; call after `markPrintItems` (print media at {@link SHEET}'s width). */
export function measureFlow(page: Page): Promise<Flow> {
  return page.evaluate<Flow>(MEASURE);
}

/**
 * Sheets a greedy paginator needs for `flow` on sheets `sheetHeight` pixels tall: text flows
 * on from sheet to sheet; a forced break starts a sheet; a figure that fits on a sheet but not
 * on the rest of this one starts the next; a taller one is split where it stands.
 */
export function predictSheets(flow: Flow, sheetHeight: number): number {
  let sheets = 1;
  let sheetTop = 0;
  // Content down to `y` flows on, filling sheets.
  const flowTo = (y: number) => {
    const more = Math.max(0, Math.ceil((y - sheetTop) / sheetHeight) - 1);
    sheets += more;
    sheetTop += more * sheetHeight;
  };
  for (const item of flow.items) {
    flowTo(item.top);
    if (item.kind === 'break') {
      if (item.top > sheetTop) {
        sheets += 1;
        sheetTop = item.top;
      }
    } else if (item.bottom - sheetTop > sheetHeight) {
      if (item.bottom - item.top <= sheetHeight) {
        sheets += 1;
        sheetTop = item.top;
      } else flowTo(item.bottom);
    }
  }
  flowTo(flow.end);
  return sheets;
}

/**
 * The range of sheet counts to expect: the paginator with full sheets (and `slack` pixels of
 * margins it does not model) gives the fewest; with every sheet losing what a text or table
 * break can cost gives the most.
 */
export function expectedSheets(flow: Flow, slack = 8): { fewest: number; most: number } {
  return {
    fewest: predictSheets(flow, SHEET.height + slack),
    most: predictSheets(flow, SHEET.height - flow.breakLoss - slack),
  };
}
