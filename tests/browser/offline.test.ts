/**
 * Every page of the bundled build, opened from file:// as a principal opens it from the pack,
 * with JavaScript turned off: no request leaves the machine, the console stays silent, and the
 * page shows its text and charts (the pages need no script). A page of each kind shows exactly
 * the same with JavaScript on; doing that for all would double the time for nothing more,
 * since the pages hold no script at all (the end-to-end test checks that).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtPages, pagePerKind, readManifest, type BuiltPage } from './pages.js';
import { describeInBrowser } from './suite.js';

/** What a page showed: its text, its charts drawn at a visible size, and its headings. */
interface Shown {
  text: string;
  charts: number;
  chartSlots: number;
  visibleCharts: number;
  h1: string;
}

const SHOW = `(() => ({
  text: document.body.innerText,
  charts: document.querySelectorAll('svg.karte-chart').length,
  chartSlots: document.querySelectorAll('.chart').length,
  visibleCharts: [...document.querySelectorAll('svg.karte-chart')].filter((svg) => {
    const box = svg.getBoundingClientRect();
    return box.width > 50 && box.height > 20;
  }).length,
  h1: document.querySelector('h1')?.textContent ?? '',
}))()`;

describeInBrowser('pages opened from file://', (env) => {
  const groups = env.build ? [...new Set(builtPages(env.build).map((p) => p.school))] : [];
  const pagesOf = (code: string) => builtPages(env.build).filter((p) => p.school === code);
  /** Requests for anything but a file: URL, and console messages and page errors. */
  const outside: string[] = [];
  const messages: string[] = [];
  let scripted: Page;
  let scriptless: Page;
  const contexts: BrowserContext[] = [];

  const openTab = async (javaScriptEnabled: boolean): Promise<Page> => {
    const context = await env.browser().newContext({ javaScriptEnabled });
    contexts.push(context);
    context.on('request', (request) => {
      if (!request.url().startsWith('file:')) outside.push(request.url());
    });
    const tab = await context.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => messages.push(error.message));
    return tab;
  };

  beforeAll(async () => {
    scripted = await openTab(true);
    scriptless = await openTab(false);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  const show = async (tab: Page, page: BuiltPage): Promise<Shown> => {
    await tab.goto(page.url, { waitUntil: 'load' });
    return tab.evaluate<Shown>(SHOW);
  };

  it('has pages to open', () => {
    const schools = readManifest(env.build).schools.length;
    expect(schools).toBeGreaterThanOrEqual(10);
    expect(builtPages(env.build).length).toBeGreaterThanOrEqual(2 * schools);
  });

  // Every page, without JavaScript: nothing leaves the machine, nothing is logged, and the
  // page shows its heading, its text and every chart at a visible size.
  for (const group of groups) {
    it(`${group}: every page without JavaScript, no request, no console message`, async () => {
      for (const page of pagesOf(group)) {
        const before = { outside: outside.length, messages: messages.length };
        const shown = await show(scriptless, page);
        expect(outside.slice(before.outside), page.path).toEqual([]);
        expect(messages.slice(before.messages), page.path).toEqual([]);
        expect(shown.h1, page.path).not.toBe('');
        expect(shown.text.length, page.path).toBeGreaterThan(200);
        expect(shown.charts, page.path).toBe(shown.chartSlots);
        expect(shown.visibleCharts, page.path).toBe(shown.charts);
      }
    });
  }

  // A page of each kind shows exactly the same with JavaScript as without.
  it('shows the same with and without JavaScript on a page of each kind', async () => {
    const sample = pagePerKind(env.build);
    expect(sample.map((p) => p.kind)).toEqual(expect.arrayContaining(['home', 'class']));
    for (const page of sample) {
      const before = { outside: outside.length, messages: messages.length };
      const withScript = await show(scripted, page);
      const withoutScript = await show(scriptless, page);
      expect(outside.slice(before.outside), page.path).toEqual([]);
      expect(messages.slice(before.messages), page.path).toEqual([]);
      expect(withoutScript, page.path).toEqual(withScript);
    }
  });
});
