/**
 * Global setup of the browser tests: finds the browser and builds the bundled sample once, into
 * a temporary folder, with a pinned build date, for every browser test file to read. Runs only
 * when a browser test is queued (vitest calls a project's global setup only then). Without a
 * browser it builds nothing and the test files skip, or fail under CI (see suite.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../pipeline/build.js';
import { locateChromium } from '../../pipeline/shared/chromium.js';
import { loadConfig } from '../../pipeline/shared/loadConfig.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser's path, or '' when none was found. */
    chromiumPath: string;
    /** Where the browser was looked for, when none was found. */
    chromiumTried: string;
    /** The built edition folder (`…/2025/final`), or '' without a browser. */
    karteBuild: string;
  }
}

/** The build date of the shared build, so that its pages are the same at every run. */
export const BUILD_DATE = '2025-10-15';

export default async function setup(project: TestProject): Promise<() => void> {
  const location = locateChromium(process.env['KARTE_CHROMIUM'] || undefined);
  project.provide('chromiumPath', location.found ? location.path : '');
  project.provide('chromiumTried', location.found ? '' : location.tried.join(', '));
  if (!location.found) {
    project.provide('karteBuild', '');
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'karte-browser-'));
  const config = loadConfig(undefined, { output: dir, buildDate: BUILD_DATE }, dir);
  const summary = await build({ config, edition: 'final', lang: 'ja' });
  project.provide('karteBuild', summary.outDir);
  return () => rmSync(dir, { recursive: true, force: true });
}
