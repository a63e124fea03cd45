/**
 * karte build: read → join → analyze → chart → page → pack.
 *
 * Reads the year's CSV exports, joins them per student for the edition, computes every figure,
 * draws the charts to inline SVG, writes one folder of HTML pages per school with its results
 * JSON and zip pack, and moves the whole edition into place only when it is complete.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeEditionInParallel } from './analyze/analyzeEdition.js';
import type { CityResults } from './analyze/board/schema.js';
import type { SchoolResults } from './analyze/resultsSchema.js';
import { createChartRenderer } from './chart/render.js';
import { joinStudents, type JoinResult } from './join/joinStudents.js';
import { buildManifestCity, sha256, type Manifest } from './pack/manifest.js';
import { editionDir, openOutputFolder } from './pack/outputFolder.js';
import { writeSchoolPdfs } from './pack/writePdfs.js';
import { formatJoinMissingCsv, formatJoinReportCsv } from './pack/joinReportCsv.js';
import { formatRejectsCsv } from './pack/rejectsCsv.js';
import { packFolder } from './pack/zip.js';
import { renderCityPage } from './page/renderCity.js';
import { renderSchoolPages, type PageContext } from './page/renderSchool.js';
import { readInputs, type FileReport } from './read/readInputs.js';
import { findChromium } from './shared/chromium.js';
import type { Config, EditionName } from './shared/config.js';
import type { InputData } from './shared/types.js';
import { IssueLog, KarteError } from './shared/issues.js';
import type { Lang } from './shared/messages.js';
import { toolVersion } from './shared/paths.js';

export interface BuildOptions {
  config: Config;
  edition: EditionName;
  lang: Lang;
  /**
   * Also print each school's pages into `schools/<code>/karte.pdf` (in its pack) with a
   * Chromium, Chrome or Edge at `chromiumPath`, else the first found in the usual places.
   * Default: no PDF.
   */
  pdf?: { chromiumPath?: string };
  /** Called as each stage starts, for the terminal's progress line. */
  onStage?: (
    stage: 'read' | 'join' | 'analyze' | 'pages' | 'pdf' | 'pack',
    detail?: string,
  ) => void;
}

export interface BuildSummary {
  outDir: string;
  schools: number;
  students: number;
  charts: number;
  rejects: number;
  warnings: number;
  files: FileReport[];
  log: IssueLog;
  /** Milliseconds spent in each stage. */
  timings: Record<string, number>;
  /** The browser that printed the PDFs and how many it printed; null without `pdf`. */
  pdf: { browser: string; schools: number } | null;
}

/** Runs a whole build; bad input throws a KarteError before anything is written. */
export async function build(options: BuildOptions): Promise<BuildSummary> {
  const { config, edition: editionName, lang } = options;
  const edition = config.editions[editionName];
  const timings: Record<string, number> = {};
  const timed = async <T>(
    stage: Parameters<NonNullable<BuildOptions['onStage']>>[0],
    run: () => Promise<T> | T,
  ): Promise<T> => {
    options.onStage?.(stage);
    const start = performance.now();
    const result = await run();
    timings[stage] = performance.now() - start;
    return result;
  };

  // Look for the browser first, so that a missing one stops the build before any work.
  const browser = options.pdf ? findChromium(options.pdf.chromiumPath) : null;
  const log = new IssueLog();
  const { data, files, joined } = await readAndJoin(config, edition, log, timed);
  if (joined.students.length === 0) {
    throw new KarteError({ code: 'E_NO_STUDENTS', detail: `${config.year} ${editionName}` });
  }
  const buildDate = config.buildDate ?? todayInJapan();
  const meta = {
    tool: { name: 'karte' as const, version: toolVersion() },
    year: config.year,
    edition: editionName,
    buildDate,
  };
  const analysis = await timed('analyze', () =>
    analyzeEditionInParallel(data, joined, config, meta, {
      files,
      issues: log,
      workers: config.analysis.workers,
      cacheDir: config.analysis.cache ? join(config.output, '.cache', 'models') : null,
    }),
  );

  const finalDir = editionDir(config.output, config.year, editionName);
  const out = await openOutputFolder(finalDir);
  try {
    const renderer = createChartRenderer();
    const manifestSchools: Manifest['schools'] = [];
    const cityPage = await timed('pages', async () => {
      for (const results of analysis.schools) {
        options.onStage?.('pages', results.school.name);
        const pages = await renderSchoolPages(results, {
          render: (kind, input) => renderer.render(kind, input),
        });
        const dir = join(out.dir, 'schools', results.school.code);
        await mkdir(dir, { recursive: true });
        for (const page of pages) await writeFile(join(dir, page.path), page.html);
        await writeResults(out.dir, results);
        manifestSchools.push({
          code: results.school.code,
          name: results.school.name,
          type: results.school.type,
          students: results.grades.reduce((sum, g) => sum + g.students, 0),
          pages: pages.map((p) => `schools/${results.school.code}/${p.path}`),
          results: `results/${results.school.code}.json`,
          pack: `packs/${results.school.code}.zip`,
          packSha256: '',
        });
      }
      return writeCityPage(out.dir, analysis.city, (kind, input) => renderer.render(kind, input));
    });
    if (browser !== null) {
      await timed('pdf', () =>
        writeSchoolPdfs(out.dir, manifestSchools, browser, buildDate, (school) =>
          options.onStage?.('pdf', school.name),
        ),
      );
    }
    await timed('pack', async () => {
      await mkdir(join(out.dir, 'packs'), { recursive: true });
      const date = new Date(`${buildDate}T00:00:00Z`);
      for (const school of manifestSchools) {
        const zip = await packFolder(join(out.dir, 'schools', school.code), school.code, date);
        await writeFile(join(out.dir, school.pack), zip);
        school.packSha256 = sha256(zip);
      }
      await writeFile(join(out.dir, 'rejects.csv'), formatRejectsCsv(log.issues, lang));
      const cityResults = await writeCityResults(out.dir, analysis.city);
      await writeFile(
        join(out.dir, 'join-report.csv'),
        formatJoinReportCsv(joined.reports, data.schools),
      );
      await writeFile(join(out.dir, 'join-missing.csv'), formatJoinMissingCsv(joined.reports));
      const manifest: Manifest = {
        ...meta,
        minGroupSize: config.minGroupSize,
        inputs: files,
        totals: {
          students: joined.students.length,
          schools: manifestSchools.length,
          charts: renderer.stats().rendered,
          rejects: log.rejects.length,
          warnings: log.warnings.length,
        },
        schools: manifestSchools,
        city: await buildManifestCity(out.dir, cityPage, cityResults),
      };
      await writeFile(join(out.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    });
    await out.commit();
    return {
      outDir: finalDir,
      schools: manifestSchools.length,
      students: joined.students.length,
      charts: renderer.stats().rendered,
      rejects: log.rejects.length,
      warnings: log.warnings.length,
      files,
      log,
      timings,
      pdf: browser === null ? null : { browser, schools: manifestSchools.length },
    };
  } catch (error) {
    await out.discard();
    throw error;
  }
}

/**
 * Reads the inputs and joins them per student. The student rows are left behind here: the
 * students carry all they held, and a prefecture's rows (about 300 MB) would otherwise be kept
 * through the analysis and the pages. The rest of the data (schools, masters, benchmarks) is
 * returned as read.
 */
async function readAndJoin(
  config: Config,
  edition: Config['editions'][EditionName],
  log: IssueLog,
  timed: <T>(stage: 'read' | 'join', run: () => Promise<T> | T) => Promise<T>,
): Promise<{ data: InputData; files: FileReport[]; joined: JoinResult }> {
  const { data, files } = await timed('read', () => readInputs(config, edition, log));
  const joined = await timed('join', () => joinStudents(data, edition, config));
  return { data: { ...data, zenkoku: null, fukushima: null, isus: null }, files, joined };
}

async function writeResults(dir: string, results: SchoolResults): Promise<void> {
  await mkdir(join(dir, 'results'), { recursive: true });
  await writeFile(
    join(dir, 'results', `${results.school.code}.json`),
    `${JSON.stringify(results, null, 1)}\n`,
  );
}

/**
 * The board's file, city/results.json: beside the schools' folders, never inside a pack.
 * Returns the file's path.
 */
async function writeCityResults(dir: string, city: CityResults): Promise<string> {
  await mkdir(join(dir, 'city'), { recursive: true });
  const path = join(dir, 'city', 'results.json');
  await writeFile(path, `${JSON.stringify(city, null, 1)}\n`);
  return path;
}

/**
 * The board's city page, `city/index.html` under `dir` (the edition's folder): beside the
 * schools' folders, never inside a school's folder or pack. Returns the file's path.
 */
export async function writeCityPage(
  dir: string,
  city: CityResults,
  render: PageContext['render'],
): Promise<string> {
  const page = await renderCityPage(city, { render });
  await mkdir(join(dir, 'city'), { recursive: true });
  const path = join(dir, 'city', page.path);
  await writeFile(path, page.html);
  return path;
}

/** Today's date in Japan (the board's calendar), as YYYY-MM-DD. */
function todayInJapan(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}
