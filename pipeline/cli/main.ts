/**
 * The command line: parses options and calls the stages. `karte build`, `karte validate`,
 * `karte init`. Exit status: 0 success, 1 a problem with the input or configuration (with a
 * message saying what to fix), 2 a usage error, 3 an internal error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isKarteError } from '../shared/issues.js';
import { resolveLang, type Lang } from '../shared/messages.js';
import { toolVersion } from '../shared/paths.js';
import { runBuild } from './runBuild.js';
import { runInit } from './runInit.js';
import { runValidate } from './runValidate.js';
import { sayError, sayTrace, warn } from './terminal.js';

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

const parseYear = (value: string): number => {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new InvalidArgumentError('expected a fiscal year such as 2025');
  return year;
};

const common = (command: Command): Command =>
  command
    .option(
      '-i, --input <dir>',
      'input folder of one fiscal year (default: the bundled data-samples/<year>)',
    )
    .option('-c, --config <file>', 'configuration file (default: ./karte.config.json if present)')
    .option('-y, --year <year>', 'fiscal year (年度)', parseYear)
    .addOption(
      new Option('-e, --edition <edition>', 'edition: provisional (暫定版) or final (完成版)')
        .choices(['provisional', 'final'])
        .default('final'),
    )
    .addOption(
      new Option('--lang <lang>', 'language of messages (default: from LANG, else ja)').choices([
        'ja',
        'en',
      ]),
    )
    .option('--verbose', 'show a stack trace when karte itself fails');

export function createProgram(setStatus: (status: number) => void): Command {
  const program = new Command('karte')
    .description(
      '学校カルテ（学校・学級ダッシュボード）: builds one offline HTML pack per school from the year’s survey exports.',
    )
    .version(toolVersion())
    .showHelpAfterError()
    .exitOverride();

  common(program.command('build'))
    .description('read, join, analyse and write the pages, results and packs of an edition')
    .option('-o, --out <dir>', 'output folder (default: ./out)')
    .option('--build-date <date>', 'pin the build date (YYYY-MM-DD) for repeatable output')
    .option('--pdf', 'also print each school’s karte to schools/<code>/karte.pdf, in its pack')
    .addOption(
      new Option(
        '--chromium <path>',
        'Chromium, Chrome or Edge to print with (implies --pdf; default: chromiumPath, else the usual places)',
      ).implies({ pdf: true }),
    )
    .action(async (opts: BuildFlags) => setStatus(await runBuild(opts, langOf(opts))));

  common(program.command('validate'))
    .description('read and check the input files and report, writing nothing')
    .option('--strict', 'fail when any row is rejected')
    .action(async (opts: ValidateFlags) => setStatus(await runValidate(opts, langOf(opts))));

  program
    .command('init')
    .description('write a starter karte.config.json with every default spelled out')
    .option('-f, --force', 'overwrite an existing file')
    .option('--path <file>', 'where to write', 'karte.config.json')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['ja', 'en']))
    .action(async (opts: { force?: boolean; path: string; lang?: string }) =>
      setStatus(await runInit(opts, langOf(opts))),
    );

  return program;
}

export interface CommonFlags {
  input?: string;
  config?: string;
  year?: number;
  edition: 'provisional' | 'final';
  lang?: string;
  verbose?: boolean;
}
export interface BuildFlags extends CommonFlags {
  out?: string;
  buildDate?: string;
  pdf?: boolean;
  chromium?: string;
}
export interface ValidateFlags extends CommonFlags {
  strict?: boolean;
}

const langOf = (opts: { lang?: string }): Lang => resolveLang(opts.lang);

/** Runs the CLI and returns the exit status; never lets a stack trace reach the user by accident. */
export async function main(argv: string[]): Promise<number> {
  let status: number = EXIT.ok;
  const program = createProgram((s) => (status = s));
  try {
    await program.parseAsync(argv);
    return status;
  } catch (error) {
    const lang = resolveLang(
      argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined,
    );
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isKarteError(error)) {
      sayError(error.text(lang));
      return EXIT.input;
    }
    warn('E_INTERNAL', { detail: error instanceof Error ? error.message : String(error) }, lang);
    if (argv.includes('--verbose')) sayTrace(error);
    return EXIT.internal;
  }
}
