/**
 * Printing on A4, checked in the PDF Chromium prints: on a page of each kind, no chart is split
 * or parted from its figure, a figure that fits on a sheet is never split, each section heading
 * is on the sheet of its first figure, no sheet is blank, and the sheet count is the one the
 * page's structure predicts (see printPagination.ts). Where each item fell is read from the
 * PDF's link annotations (see printMarkers.ts). And no page is wider than the sheet.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/shared/paths.js';
import { builtPages, pagePerKind, readManifest, type BuiltPage } from './pages.js';
import { markPrintItems, printProblems, type MarkedItem } from './printMarkers.js';
import { SHEET, expectedSheets, measureFlow } from './printPagination.js';
import { readPdf, type PdfDocument } from './readPdf.js';
import { describeInBrowser } from './suite.js';

interface Printed {
  items: MarkedItem[];
  pdf: PdfDocument;
  predicted: { fewest: number; most: number };
}

describeInBrowser('printing on A4', (env) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await env.browser().newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Prints `built` as `karte build --pdf` and a user's Ctrl+P do: A4, backgrounds, CSS page. */
  const print = async (built: BuiltPage, extraCss = ''): Promise<Printed> => {
    const page: Page = await context.newPage();
    try {
      await page.goto(built.url);
      if (extraCss) await page.addStyleTag({ content: extraCss });
      const items = await markPrintItems(page, SHEET.width);
      const flow = await measureFlow(page);
      const bytes = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return {
        items,
        pdf: readPdf(bytes),
        predicted: expectedSheets(flow),
      };
    } finally {
      await page.close();
    }
  };

  it('prints on A4 with 12 mm margins, the sheet the checks assume', () => {
    const css = readFileSync(`${projectRoot()}/templates/karte.css`, 'utf8');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4;\s*margin:\s*12mm;/);
  });

  const sample = env.build ? pagePerKind(env.build) : [];

  for (const built of sample) {
    it(`${built.kind}: ${built.path} keeps its figures whole on the expected number of sheets`, async () => {
      const { items, pdf, predicted } = await print(built);
      expect(pdf.pages.length).toBe(pdf.count);
      expect(items.length).toBeGreaterThan(3);
      expect(printProblems(items, pdf, SHEET.height)).toEqual([]);
      expect(pdf.pages.length).toBeGreaterThanOrEqual(predicted.fewest);
      expect(pdf.pages.length).toBeLessThanOrEqual(predicted.most);
    });
  }

  // A page wider than the sheet makes Chromium shrink every sheet of it to fit: all pages of a
  // 小 and of a 中 school (every kind of table is there) and the city page must fit the sheet.
  it('fits every page of a 小 and a 中 school, and the city page, into the width of the sheet', async () => {
    const manifest = readManifest(env.build);
    const schools = ['小', '中'].map((type) => manifest.schools.find((s) => s.type === type)!.code);
    schools.push('city');
    const page = await context.newPage();
    await page.setViewportSize({ width: Math.floor(SHEET.width), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const tooWide: string[] = [];
    for (const built of builtPages(env.build).filter((p) => schools.includes(p.school))) {
      await page.goto(built.url);
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      if (width > Math.floor(SHEET.width)) tooWide.push(`${built.path}: ${width}px`);
    }
    await page.close();
    expect(tooWide).toEqual([]);
  });

  it('finds lost headings when the sheet breaks and keep-with-next rules are taken away', async () => {
    const classPage = sample.find((p) => p.kind === 'class')!;
    const { items, pdf } = await print(
      classPage,
      '@media print { .scope, .section { break-before: auto !important; } ' +
        'h2, h3, h4, .lead { break-after: auto !important; } }',
    );
    expect(printProblems(items, pdf, SHEET.height).join('\n')).toMatch(
      /heading on sheet \d+, its first figure on/,
    );
  });

  it('finds figures split from their charts when a chart is pushed to its own sheet', async () => {
    const classPage = sample.find((p) => p.kind === 'class')!;
    const { items, pdf } = await print(
      classPage,
      '@media print { .block .chart { break-before: page !important; } }',
    );
    const problems = printProblems(items, pdf, SHEET.height).join('\n');
    expect(problems).toMatch(/figure of \d+px split over sheets/);
    expect(problems).toMatch(/chart on sheet \d+, its figure starts on/);
  });
});
