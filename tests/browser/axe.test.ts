/**
 * Accessibility: axe-core finds no serious or critical violation on a page of each kind (the
 * home page of a 小 and of a 中 school, subject, questionnaire, analysis and influence pages, a
 * class and a special-support class page, the guide and the board's city page). The pages' policy forbids scripts, so the test's
 * context bypasses it to inject axe; the pages themselves are unchanged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pagePerKind } from './pages.js';
import { describeInBrowser } from './suite.js';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The impacts that fail the test. */
const FAILING = new Set(['serious', 'critical']);

const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`;

/** One line per failing violation: rule, impact, and the first few elements it names. */
function describeViolations(violations: readonly Result[]): string[] {
  return violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`,
    );
}

describeInBrowser('accessibility (axe-core)', (env) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await env.browser().newContext({ bypassCSP: true });
  });
  afterAll(async () => {
    await context?.close();
  });

  const sample = env.build ? pagePerKind(env.build) : [];

  it('has a page of each main kind to check', () => {
    expect(sample.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['home', 'subject', 'class', 'special-class', 'guide', 'city']),
    );
  });

  it('reports a violation it is shown (the check can fail)', async () => {
    const page = await context.newPage();
    await page.setContent(
      '<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>',
    );
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate<Result[]>(RUN_AXE);
    await page.close();
    expect(describeViolations(violations).join('\n')).toMatch(/image-alt \(critical\)/);
  });

  for (const built of sample) {
    it(`${built.kind}: ${built.path} has no serious or critical violation`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(built.url);
        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate<Result[]>(RUN_AXE);
        expect(describeViolations(violations)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
