/**
 * Screenshots of every kind of page, for a reviewer to look at: builds the bundled sample into
 * out/ (or reuses out/<year>/final when it is there), opens a page of each kind in the local
 * Chromium and saves full-page PNGs, a close-up of one subject section, and the printed PDF of
 * one school, into out/screenshots/. Prints the paths.
 *
 *   npm run screenshots [-- --rebuild] [-- --chromium PATH]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../pipeline/build.js';
import { editionDir } from '../pipeline/pack/outputFolder.js';
import { openPdfPrinter } from '../pipeline/pack/printPdf.js';
import { findChromium, launchChromium } from '../pipeline/shared/chromium.js';
import { isKarteError } from '../pipeline/shared/issues.js';
import { loadConfig } from '../pipeline/shared/loadConfig.js';
import { projectRoot } from '../pipeline/shared/paths.js';
import { pagePerKind, readManifest, type BuiltPage } from './page-kinds.js';

const BUILD_DATE = '2025-10-15';

const { values } = parseArgs({
  options: { rebuild: { type: 'boolean', default: false }, chromium: { type: 'string' } },
});
const root = projectRoot();
const config = loadConfig(undefined, { output: join(root, 'out'), buildDate: BUILD_DATE }, root);
const edition = editionDir(config.output, config.year, 'final');
const shots = join(config.output, 'screenshots');

let browserPath: string;
try {
  browserPath = findChromium(values.chromium ?? (process.env['KARTE_CHROMIUM'] || undefined));
} catch (error) {
  if (!isKarteError(error)) throw error;
  console.error(error.text('ja'));
  process.exit(1);
}

if (values.rebuild || !existsSync(join(edition, 'manifest.json'))) {
  console.log(`building the bundled sample into ${relative(root, edition)} …`);
  await build({ config, edition: 'final', lang: 'ja' });
} else {
  console.log(`reusing ${relative(root, edition)} (--rebuild to build it again)`);
}

await rm(shots, { recursive: true, force: true });
await mkdir(shots, { recursive: true });
const written: string[] = [];
const manifest = readManifest(edition);
const typeOf = new Map(manifest.schools.map((s) => [s.code, s.type]));
const nameOf = (page: BuiltPage) =>
  `${page.kind === 'home' ? `home-${typeOf.get(page.school) === '中' ? 'chu' : 'sho'}` : page.kind}` +
  `-${page.school}-${page.path.slice(page.path.lastIndexOf('/') + 1, -'.html'.length)}`;

const browser = await launchChromium(browserPath);
try {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const sample = pagePerKind(edition);
  for (const built of sample) {
    await page.goto(built.url);
    const file = join(shots, `${nameOf(built)}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
  }
  // A close-up of one section of a subject page (or of the home page when there is none).
  const subject = sample.find((p) => p.kind === 'subject') ?? sample[0]!;
  await page.goto(subject.url);
  const section = page.locator('.section').first();
  if ((await section.count()) > 0) {
    const file = join(shots, `section-${nameOf(subject)}.png`);
    await section.screenshot({ path: file });
    written.push(file);
  }
  await context.close();
} finally {
  await browser.close();
}

// The printed karte of the school with a special-support class, as `karte build --pdf` makes it.
const special = pagePerKind(edition).find((p) => p.kind === 'special-class');
const school = manifest.schools.find((s) => s.code === special?.school) ?? manifest.schools[0]!;
const printer = await openPdfPrinter(browserPath);
try {
  const pages = await Promise.all(school.pages.map((p) => readFile(join(edition, p), 'utf8')));
  const file = join(shots, `karte-${school.code}.pdf`);
  await writeFile(file, await printer.print(pages, manifest.buildDate));
  written.push(file);
} finally {
  await printer.close();
}

for (const file of written) console.log(relative(root, file));
