/**
 * Test helper: a describe block that runs in a real Chromium, launched once per test file, on
 * the shared build of the bundled sample. Without a browser the block is skipped with the
 * reason — unless CI is set, where it fails, so that CI can never silently skip the browser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchChromium } from '../../pipeline/shared/chromium.js';

/** What a browser test has: the running browser and the built edition. */
export interface BrowserEnv {
  /** The browser, started before the block's tests. */
  browser(): Browser;
  /** The built edition folder (`…/2025/final`), holding manifest.json and schools/. */
  build: string;
  chromiumPath: string;
}

/** Whether this run is CI: `CI` set to anything but empty, `0` or `false`. */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env['CI'] ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** The sentence that says why the browser tests cannot run. */
export function missingBrowserReason(tried: string): string {
  return (
    `no Chromium found (looked at ${tried}); install Debian's chromium ` +
    '(apt-get install chromium) or set KARTE_CHROMIUM to a Chromium or Chrome'
  );
}

/** `describe(title, body)` in a browser; skipped (or, under CI, failed) without one. */
export function describeInBrowser(title: string, body: (env: BrowserEnv) => void): void {
  const chromiumPath = inject('chromiumPath');
  if (!chromiumPath) {
    const reason = missingBrowserReason(inject('chromiumTried'));
    if (isCI()) {
      describe(title, () => {
        it('has a browser (CI never skips the browser tests)', () => {
          throw new Error(reason);
        });
      });
    } else {
      describe.skip(`${title} — skipped: ${reason}`, () => {
        it('needs a browser', () => {});
      });
    }
    return;
  }
  describe(title, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium(chromiumPath);
    });
    afterAll(async () => {
      await browser?.close();
    });
    body({
      browser: () => {
        if (!browser) throw new Error('the browser has not started');
        return browser;
      },
      build: inject('karteBuild'),
      chromiumPath,
    });
  });
}
