/**
 * read: the input folder → typed rows. Files are read in dependency order (schools.csv, then each
 * source's masters, then its student file), each checked against the data contract: fatal
 * problems throw KarteError, rejected rows and missing values go to the IssueLog, and every file
 * gets a FileReport for the manifest.
 */
import type { Config, EditionDef } from '../shared/config.js';
import type { IssueLog } from '../shared/issues.js';
import type { FileId, InputData, SourceId } from '../shared/types.js';
import { absentFileReport, type FileReport } from './fileReport.js';
import { checkPresent, locateFile } from './locateFile.js';
import { benchmarksTable } from './readBenchmarks.js';
import { fukushimaTable } from './readFukushima.js';
import { isusTable } from './readIsus.js';
import { isusItemsTable } from './readIsusItems.js';
import { schoolsTable } from './readSchools.js';
import { readTable, type TableSpec } from './readTable.js';
import { zenkokuTable } from './readZenkoku.js';
import { zenkokuItemsTable } from './readZenkokuItems.js';
import { zenkokuQuestionsTable } from './readZenkokuQuestions.js';

export type { FileReport } from './fileReport.js';

/** Everything read, and a report per file in the order read. */
export interface ReadResult {
  data: InputData;
  files: FileReport[];
}

/**
 * Reads the files the edition needs (config.input + config.files[*]). schools.csv always; for
 * zenkoku its two masters and zenkoku.csv; for fukushima fukushima.csv; for isus isus_items.csv
 * and isus.csv — optional in the provisional edition, where an absent isus.csv gives
 * `data.isus = null` and a report with `present: false`. benchmarks.csv is optional always.
 * Sources outside the edition are not read (`null`, `[]`). Fatal problems throw KarteError.
 */
export async function readInputs(
  config: Config,
  edition: EditionDef,
  log: IssueLog,
): Promise<ReadResult> {
  const files: FileReport[] = [];
  const read = async <T>(id: FileId, table: TableSpec<T>): Promise<T[]> => {
    const result = await readTable(locateFile(config, id), table, log);
    files.push(result.report);
    return result.rows;
  };
  const present = async (id: FileId, optional: boolean): Promise<boolean> => {
    const source = locateFile(config, id);
    if (await checkPresent(source, config, optional)) return true;
    files.push(absentFileReport(id, source.path));
    return false;
  };
  /** A source is read when the edition uses it and its file is there (or is required). */
  const wanted = async (source: SourceId): Promise<boolean> =>
    edition.sources.includes(source) && (await present(source, edition.optional.includes(source)));

  const data: InputData = {
    schools: [],
    zenkoku: null,
    zenkokuItems: [],
    zenkokuQuestions: [],
    fukushima: null,
    isus: null,
    isusItems: [],
    benchmarks: [],
  };
  await present('schools', false);
  data.schools = await read('schools', schoolsTable);
  const schools = new Map(data.schools.map((school) => [school.code, school]));

  if (await wanted('zenkoku')) {
    for (const id of ['zenkokuItems', 'zenkokuQuestions'] as const) await present(id, false);
    data.zenkokuItems = await read('zenkokuItems', zenkokuItemsTable);
    data.zenkokuQuestions = await read('zenkokuQuestions', zenkokuQuestionsTable);
    data.zenkoku = await read(
      'zenkoku',
      zenkokuTable(schools, {
        items: data.zenkokuItems,
        questions: data.zenkokuQuestions,
        itemsFile: locateFile(config, 'zenkokuItems').path,
        questionsFile: locateFile(config, 'zenkokuQuestions').path,
      }),
    );
  }
  if (await wanted('fukushima')) {
    const scaleNames = Object.values(config.fukushima.scales).flat();
    data.fukushima = await read('fukushima', fukushimaTable(schools, scaleNames));
  }
  if (await wanted('isus')) {
    await present('isusItems', false);
    data.isusItems = await read('isusItems', isusItemsTable);
    const itemsFile = locateFile(config, 'isusItems').path;
    data.isus = await read('isus', isusTable(schools, data.isusItems, itemsFile));
  }
  if (await present('benchmarks', true)) {
    data.benchmarks = await read('benchmarks', benchmarksTable);
  }
  return { data, files };
}
