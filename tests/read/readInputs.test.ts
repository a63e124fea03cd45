import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../pipeline/read/readInputs.js';
import { configSchema } from '../../pipeline/shared/config.js';
import { IssueLog } from '../../pipeline/shared/issues.js';
import {
  CITY_FIXTURE,
  configFor,
  expectAccounted,
  fatal,
  makeInputDir,
  removeInputDirs,
} from './readHelpers.js';

afterAll(removeInputDirs);

const ALL_FILES = [
  'schools',
  'zenkokuItems',
  'zenkokuQuestions',
  'zenkoku',
  'fukushima',
  'isusItems',
  'isus',
  'benchmarks',
];

describe('readInputs', () => {
  it('reads every file of the final edition in dependency order, with zero rejects', async () => {
    const config = configFor(CITY_FIXTURE);
    const log = new IssueLog();
    const { data, files } = await readInputs(config, config.editions.final, log);
    expect(log.issues).toEqual([]);
    expect(files.map((f) => f.id)).toEqual(ALL_FILES);
    expect(files.map((f) => [f.id, f.rowsRead, f.rowsAccepted])).toEqual([
      ['schools', 3, 3],
      ['zenkokuItems', 5, 5],
      ['zenkokuQuestions', 3, 3],
      ['zenkoku', 4, 4],
      ['fukushima', 3, 3],
      ['isusItems', 3, 3],
      ['isus', 4, 4],
      ['benchmarks', 3, 3],
    ]);
    for (const report of files) {
      expect(report).toMatchObject({
        present: true,
        encoding: 'utf-8',
        rowsRejected: 0,
        warnings: 0,
      });
      expect(report.path).toBe(join(CITY_FIXTURE, config.files[report.id].path));
      expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
      expectAccounted(report, log);
    }
    expect(data.schools[1]?.emails).toEqual(['onahama-sho@example.jp', 'kyoto@example.jp']);
    expect(data.zenkoku?.[3]).toMatchObject({
      items: { 数学: { '01': 0 } },
      questions: { '02': 5 },
    });
    expect(data.fukushima?.[0]?.subjects['国語']).toEqual({ step: 14, prevStep: null, rate: 62.5 });
    expect(data.isus?.map((r) => r.round)).toEqual([1, 2, 1, 1]);
    expect(data.benchmarks[2]).toMatchObject({
      indicator: '平均学力レベル',
      national: null,
      prefecture: 14.2,
    });
  });

  it('reads the bundled sample (default input folder) with no rejects or warnings', async () => {
    const config = configSchema.parse({});
    expect(config.input).toBeUndefined();
    const log = new IssueLog();
    const { files } = await readInputs(config, config.editions.final, log);
    expect(log.issues).toEqual([]);
    expect(files.map((f) => f.id)).toEqual(ALL_FILES);
    for (const report of files) {
      expect(report.path).toContain(join('data-samples', '2025'));
      expect(report.rowsRead).toBeGreaterThan(0);
      expectAccounted(report, log);
    }
    // The sample mixes the encodings real exports come in.
    expect(new Set(files.map((f) => f.encoding))).toEqual(
      new Set(['shift_jis', 'utf-8', 'utf-8-bom']),
    );
  });

  it('does not read the sources an edition leaves out', async () => {
    const config = configFor(CITY_FIXTURE);
    const log = new IssueLog();
    const { data, files } = await readInputs(config, config.editions.provisional, log);
    expect(files.map((f) => f.id)).toEqual(ALL_FILES.filter((id) => id !== 'fukushima'));
    expect(data.fukushima).toBeNull();
    const onlyFukushima = {
      grades: { 小: [4], 中: [1] },
      sources: ['fukushima' as const],
      optional: [],
    };
    const other = await readInputs(config, onlyFukushima, new IssueLog());
    expect(other.files.map((f) => f.id)).toEqual(['schools', 'fukushima', 'benchmarks']);
    expect(other.data).toMatchObject({
      zenkoku: null,
      zenkokuItems: [],
      zenkokuQuestions: [],
      isus: null,
      isusItems: [],
    });
  });

  it('treats isus.csv as optional in the provisional edition only', async () => {
    const input = makeInputDir({}, CITY_FIXTURE);
    const { rmSync } = await import('node:fs');
    rmSync(join(input, 'isus.csv'));
    const config = configFor(input);
    const { data, files } = await readInputs(config, config.editions.provisional, new IssueLog());
    expect(data.isus).toBeNull();
    expect(data.isusItems).toEqual([]);
    expect(files.find((f) => f.id === 'isus')).toMatchObject({
      present: false,
      encoding: null,
      sha256: null,
      rowsRead: 0,
    });
    expect(files.some((f) => f.id === 'isusItems')).toBe(false);
    const error = await fatal(readInputs(config, config.editions.final, new IssueLog()));
    expect(error.issue).toMatchObject({ code: 'E_FILE_MISSING', file: join(input, 'isus.csv') });
  });

  it('skips any source the edition marks optional when its file is absent', async () => {
    const input = makeInputDir({}, CITY_FIXTURE);
    const { rmSync } = await import('node:fs');
    rmSync(join(input, 'fukushima.csv'));
    const config = configFor(input);
    const edition = { ...config.editions.final, optional: ['fukushima' as const] };
    const { data, files } = await readInputs(config, edition, new IssueLog());
    expect(data.fukushima).toBeNull();
    expect(files.find((f) => f.id === 'fukushima')).toMatchObject({ present: false });
    expect(data.isus).not.toBeNull();
  });

  it('treats benchmarks.csv as optional always', async () => {
    const input = makeInputDir({}, CITY_FIXTURE);
    const { rmSync } = await import('node:fs');
    rmSync(join(input, 'benchmarks.csv'));
    const config = configFor(input);
    const { data, files } = await readInputs(config, config.editions.final, new IssueLog());
    expect(data.benchmarks).toEqual([]);
    expect(files.at(-1)).toMatchObject({ id: 'benchmarks', present: false });
  });

  it('stops on a missing required file, naming it; or on a missing input folder', async () => {
    const input = makeInputDir({}, CITY_FIXTURE);
    const { rmSync } = await import('node:fs');
    rmSync(join(input, 'zenkoku_questions.csv'));
    const config = configFor(input);
    const error = await fatal(readInputs(config, config.editions.provisional, new IssueLog()));
    expect(error.issue).toMatchObject({
      code: 'E_FILE_MISSING',
      file: join(input, 'zenkoku_questions.csv'),
    });
    const nowhere = configFor(join(input, 'no-such-folder'));
    const noFolder = await fatal(readInputs(nowhere, nowhere.editions.final, new IssueLog()));
    expect(noFolder.issue).toMatchObject({ code: 'E_INPUT_DIR_MISSING' });
  });

  it('stops on a folder where a file should be', async () => {
    const input = makeInputDir({}, CITY_FIXTURE);
    mkdirSync(join(input, 'benchmarks.csv.d'));
    const config = configFor(input, { benchmarks: { path: 'benchmarks.csv.d' } });
    const error = await fatal(readInputs(config, config.editions.final, new IssueLog()));
    expect(error.issue).toMatchObject({ code: 'E_FILE_UNREADABLE', detail: 'EISDIR' });
  });

  it('reads schools.csv before anything else, so its problems are reported first', async () => {
    const input = makeInputDir({ 'schools.csv': '学校コード\n', 'zenkoku.csv': '' }, CITY_FIXTURE);
    const config = configFor(input);
    const error = await fatal(readInputs(config, config.editions.final, new IssueLog()));
    expect(error.issue).toMatchObject({
      code: 'E_COLUMN_MISSING',
      file: join(input, 'schools.csv'),
    });
  });

  it('checks student files against the schools and masters read before them', async () => {
    const input = makeInputDir(
      {
        'schools.csv': '学校コード,学校名,校種\n1101,平一小,小\n',
        'zenkoku.csv':
          '学校コード,学年,組,出席番号,質問01,国語_01\n1101,6,1,1,4,1\n2101,3,1,1,1,1\n',
        'zenkoku_questions.csv':
          '校種,質問番号,質問文,分類,選択肢,肯定的回答,要因分析\n小,01,q,,1:a;2:b;3:c,1,0\n',
      },
      CITY_FIXTURE,
    );
    const config = configFor(input);
    const log = new IssueLog();
    const { files } = await readInputs(config, config.editions.provisional, log);
    const zenkoku = log.issues.filter((i) => i.file === join(input, 'zenkoku.csv'));
    expect(zenkoku.map((i) => [i.code, i.line, i.value])).toEqual([
      ['W_VALUE_INVALID', 2, '4'],
      ['R_SCHOOL_UNKNOWN', 3, '2101'],
    ]);
    for (const report of files) expectAccounted(report, log);
    // Rows of the other files that name school 2101 are rejected too, and accounted for.
    expect(files.find((f) => f.id === 'isus')).toMatchObject({ rowsRead: 4, rowsRejected: 1 });
  });

  it('reports paths joined to the input folder, or absolute paths as configured', async () => {
    const input = makeInputDir({}, CITY_FIXTURE);
    const absolute = join(CITY_FIXTURE, 'benchmarks.csv');
    const config = configFor(input, { benchmarks: { path: absolute } });
    const { files } = await readInputs(config, config.editions.provisional, new IssueLog());
    expect(files.at(-1)?.path).toBe(absolute);
    expect(files[0]?.path).toBe(join(input, 'schools.csv'));
  });
});
