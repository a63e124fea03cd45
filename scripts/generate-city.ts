/**
 * Seeded synthetic city → the eight CSV files of the data contract (DATA-CONTRACT.md).
 *
 *   npx tsx scripts/generate-city.ts --size sample|city|prefecture --out DIR [--seed N] [--year 2025]
 *
 * `--size sample --out data-samples/2025` with the default seed reproduces the committed sample
 * byte for byte. The planted structure of the data is described in generate/students/model.ts.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatMessage, resolveLang } from '../pipeline/shared/messages.js';
import { FILES, type GeneratedFile } from './generate/files.js';
import { CITY_SIZES, DEFAULT_SEED, DEFAULT_YEAR, type CitySize } from './generate/options.js';
import { generateCity } from './generate/write-city.js';

const lang = resolveLang();

function integerIn(min: number, max: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InvalidArgumentError(`${text}: expected a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

const program = new Command()
  .name('generate-city')
  .description('Write a seeded synthetic city as the CSV files karte reads.')
  .addOption(
    new Option('--size <size>', 'sample (12 schools), city (93), prefecture (about 620)')
      .choices(CITY_SIZES)
      .makeOptionMandatory(),
  )
  .requiredOption('--out <dir>', 'output folder (created if missing)')
  .option('--seed <n>', 'seed of every random draw', integerIn(0, 0xffffffff), DEFAULT_SEED)
  .option('--year <year>', 'fiscal year (年度)', integerIn(2000, 2100), DEFAULT_YEAR)
  .configureOutput({
    outputError: (text, write) =>
      write(`${formatMessage('E_USAGE', { detail: text.replace(/^error: /, '').trim() }, lang)}\n`),
  })
  .action((opts: { size: CitySize; out: string; seed: number; year: number }) => {
    let summary;
    try {
      summary = generateCity(opts);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      console.error(formatMessage('E_OUTPUT', { file: opts.out, detail }, lang));
      process.exitCode = 1;
      return;
    }
    const files = (Object.keys(FILES) as GeneratedFile[])
      .map((file) => `${FILES[file].name} ${summary.rows[file]}`)
      .join(', ');
    const detail = `${opts.out}: ${summary.schools} schools, ${summary.students} students; rows: ${files}`;
    console.log(formatMessage('I_BUILD_DONE', { detail }, lang));
  });

program.parse();
