/** `karte build`: loads the configuration, runs the build and prints its summary. */
import { join } from 'node:path';
import { buildInWorker } from '../buildInWorker.js';
import { loadConfig } from '../shared/loadConfig.js';
import type { Lang } from '../shared/messages.js';
import type { BuildFlags } from './main.js';
import { printFileTable, printIssueGroups, say, warn } from './terminal.js';

export async function runBuild(flags: BuildFlags, lang: Lang): Promise<number> {
  const config = loadConfig(flags.config, {
    input: flags.input,
    year: flags.year,
    output: flags.out,
    buildDate: flags.buildDate,
  });
  const started = performance.now();
  const summary = await buildInWorker({
    config,
    edition: flags.edition,
    lang,
    pdf: flags.pdf ? { chromiumPath: flags.chromium ?? config.chromiumPath } : undefined,
    onStage: (stage, detail) => warn('I_STAGE', { stage, detail }, lang),
  });
  printIssueGroups(summary.log, lang);
  printFileTable(summary.files, lang);
  if (summary.log.issues.length > 0)
    say('I_SEE_REJECTS', { path: join(summary.outDir, 'rejects.csv') }, lang);
  if (summary.pdf)
    say('I_PDF_SUMMARY', { schools: summary.pdf.schools, path: summary.pdf.browser }, lang);
  say(
    'I_BUILD_SUMMARY',
    {
      schools: summary.schools,
      students: summary.students,
      charts: summary.charts,
      rejects: summary.rejects,
      warnings: summary.warnings,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      path: summary.outDir,
    },
    lang,
  );
  return 0;
}
