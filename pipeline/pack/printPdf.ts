/**
 * pack: each school's karte as one A4 PDF (schools/<code>/karte.pdf), printed by a Chromium
 * already installed on the machine from the pages already written. The print view puts the
 * home page and the class pages in one document, so the sheets are numbered 1…N and the PDF's
 * outline lists every page, grade, section and figure.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../shared/chromium.js';
import { pinPdfDates } from './pdfDates.js';
import { composePrintView } from './printView.js';

/** Prints karte pages to PDF with one browser, started once. */
export interface PdfPrinter {
  /** The browser's path, for the build's summary. */
  readonly browserPath: string;
  /**
   * One PDF of `pages` (whole HTML pages, the home page first) on A4, styled by the pages'
   * own print rules, its dates set to `buildDate` (YYYY-MM-DD) so that a rebuild gives the
   * same bytes.
   */
  print(pages: readonly string[], buildDate: string): Promise<Uint8Array>;
  /** Stops the browser. */
  close(): Promise<void>;
}

/**
 * Starts the browser at `browserPath` (see findChromium) for a series of prints. Pages are
 * printed with JavaScript off and every network request refused: they need neither, and their
 * Content-Security-Policy forbids both anyway. Throws E_CHROMIUM_LAUNCH if it will not start.
 */
export async function openPdfPrinter(browserPath: string): Promise<PdfPrinter> {
  const browser: Browser = await launchChromium(browserPath);
  let context: BrowserContext;
  try {
    context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: 'block',
    });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browserPath,
    async print(pages, buildDate) {
      const page = await context.newPage();
      try {
        await page.setContent(composePrintView(pages), { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          // Tagged for screen readers; the outline (bookmarks) needs the tags.
          tagged: true,
          outline: true,
        });
        return pinPdfDates(pdf, buildDate);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
