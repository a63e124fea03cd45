/**
 * Preview one school's pages with real charts: reads an input folder (default
 * data-samples/2025), analyses the edition, draws the pages of one school and the board's city
 * page and writes them to a folder (`<out>/<学校コード>/`, `<out>/city/`), ready to open in a
 * browser or to screenshot with headless Chromium.
 *
 *   npx tsx scripts/preview-page.ts [--school <学校コード>] [--edition final|provisional]
 *                                   [--input <folder>] [--out <folder>]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeEdition } from '../pipeline/analyze/analyzeEdition.js';
import { writeCityPage } from '../pipeline/build.js';
import { createChartRenderer } from '../pipeline/chart/render.js';
import { joinStudents } from '../pipeline/join/joinStudents.js';
import { renderSchoolPages } from '../pipeline/page/renderSchool.js';
import { readInputs } from '../pipeline/read/readInputs.js';
import { defaultConfig } from '../pipeline/shared/config.js';
import { IssueLog } from '../pipeline/shared/issues.js';

const { values } = parseArgs({
  options: {
    school: { type: 'string' },
    edition: { type: 'string', default: 'final' },
    input: { type: 'string', default: 'data-samples/2025' },
    out: { type: 'string', default: '/tmp/karte-preview' },
  },
});
const editionName = values.edition === 'provisional' ? 'provisional' : 'final';
const config = { ...defaultConfig(), input: values.input, buildDate: '2025-10-01' };
const edition = config.editions[editionName];

const log = new IssueLog();
const { data, files } = await readInputs(config, edition, log);
const analysis = analyzeEdition(
  data,
  joinStudents(data, edition, config),
  config,
  {
    tool: { name: 'karte', version: 'preview' },
    year: config.year,
    edition: editionName,
    buildDate: config.buildDate,
  },
  { files, issues: log },
);
const schools = [...analysis.schools];
const results = schools.find((s) => s.school.code === values.school) ?? schools[0];
if (!results) throw new Error(`no school with students in ${values.input}`);

const renderer = createChartRenderer();
const started = performance.now();
const pages = await renderSchoolPages(results, {
  render: (kind, input) => renderer.render(kind, input),
});
const dir = join(values.out, results.school.code);
await mkdir(dir, { recursive: true });
for (const page of pages) await writeFile(join(dir, page.path), page.html);
const cityPage = await writeCityPage(values.out, analysis.city, (kind, input) =>
  renderer.render(kind, input),
);
console.log(
  `${results.school.name} (${results.school.code}): ${pages.length} pages, ` +
    `${renderer.stats().rendered} charts in ${Math.round(performance.now() - started)} ms → ${dir}`,
);
console.log(`city page → ${cityPage}`);
for (const warning of renderer.stats().warnings) console.log(`chart warning: ${warning}`);
