/**
 * The build's configuration: one zod schema gives the TypeScript type, the defaults, the
 * validation messages and (through `z.toJSONSchema`) the JSON Schema that editors use.
 */
import { z } from 'zod';

const grade = (max: number) => z.number().int().min(1).max(max);

const encoding = z
  .enum(['auto', 'utf-8', 'shift_jis'])
  .default('auto')
  .describe(
    'Character encoding of the file. `auto` detects UTF-8 (with or without BOM) and Shift_JIS (CP932).',
  );

const fileSpec = (defaultPath: string) =>
  z
    .strictObject({
      path: z
        .string()
        .default(defaultPath)
        .describe('Path of the file, relative to the input folder.'),
      encoding,
      aliases: z
        .record(z.string(), z.string())
        .default({})
        .describe(
          'Header found in the file → header of the data contract, e.g. {"学校番号": "学校コード"}.',
        ),
    })
    .prefault({});

const edition = z.strictObject({
  grades: z
    .object({
      小: z.array(grade(6)).describe('Grades of 小 schools in this edition.'),
      中: z.array(grade(3)).describe('Grades of 中 schools in this edition.'),
    })
    .describe('Grades included, per school type.'),
  sources: z
    .array(z.enum(['zenkoku', 'fukushima', 'isus']))
    .min(1)
    .describe('Surveys joined in this edition.'),
  optional: z
    .array(z.enum(['zenkoku', 'fukushima', 'isus']))
    .default([])
    .describe('Sources of this edition that are read only when their file is present.'),
});

/** A ふくしま level label, `N-X` with N 1–12 and X A, B or C. */
const levelLabel = z.string().regex(/^(?:[1-9]|1[0-2])-[ABC]$/, 'a level label such as 4-C');

const binaryOutcome = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe('Fit the logistic model of "below the level" for each ふくしま subject.'),
    below: z
      .record(
        z.string().regex(/^(?:小[1-6]|中[1-3])(?::.+)?$/, 'a key such as 小4 or 中1:英語'),
        levelLabel,
      )
      .default({})
      .describe(
        'The level a student counts as below, by grade (`小4`) or grade and subject (`中1:英語`). Default for a grade: its own level N-C, N = school year (小1 = 1 … 中3 = 9).',
      ),
  })
  .describe('The binary outcome of the influencer analysis: a ふくしま level below a set level.');

const analysis = z
  .strictObject({
    factors: z
      .array(z.string().min(1))
      .min(1)
      .max(15)
      .optional()
      .describe(
        'Factors of the influencer models, in order, as ids: `fukushima.scale.<尺度>`, `isus.scale.<尺度>`, `zenkoku.question.<質問番号>`. Default: the ふくしま and I-SUS scales, then the questions marked 要因分析, at most 15 per model.',
      ),
    bootstrapResamples: z
      .number()
      .int()
      .min(1000)
      .max(100000)
      .default(1000)
      .describe('School resamples behind the intervals of the LMG shares.'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(0xffffffff)
      .default(1)
      .describe('Seed of the bootstrap; the same seed and data give the same numbers.'),
    fdrQ: z
      .number()
      .gt(0)
      .max(0.5)
      .default(0.1)
      .describe('False discovery rate of the Benjamini–Hochberg control across factors.'),
    binaryOutcome: binaryOutcome.prefault({}),
    lowerIsBetter: z
      .array(z.string())
      .default(['isus.scale.被侵害'])
      .describe(
        'Measure ids where a lower value is the better one, for the wording of 強み・課題 (無解答率 always is).',
      ),
    workers: z
      .union([z.literal('auto'), z.number().int().min(0).max(64)])
      .default('auto')
      .describe(
        'Worker threads for the city models; 0 fits them in the main thread; `auto` uses one per core.',
      ),
    cache: z
      .boolean()
      .default(true)
      .describe(
        'Keep fitted city models in <output>/.cache under a hash of their inputs, so a rebuild does not refit them.',
      ),
  })
  .describe('The influencer analysis (ANALYSIS.md, "Influencer analysis").');

export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of this file’s JSON Schema, for editors.'),
  input: z
    .string()
    .optional()
    .describe(
      'Input folder holding one fiscal year (年度). Default: the bundled data-samples/<year>.',
    ),
  year: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .default(2025)
    .describe('Fiscal year (年度) of the data.'),
  output: z
    .string()
    .default('out')
    .describe('Output folder; an edition is written to <output>/<year>/<edition>/.'),
  minGroupSize: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .describe(
      'Groups with fewer students are suppressed outside their school (ANALYSIS.md, principle 1).',
    ),
  buildDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('Pin the build date (YYYY-MM-DD) for repeatable output; default: today.'),
  memoryMb: z
    .number()
    .int()
    .min(256)
    .max(65536)
    .default(1536)
    .describe(
      'Heap limit in MB of the build, which runs in a worker thread of this size; the city-model workers have their own 512 MB each. A prefecture-sized set (about 100,000 students) lives in about 500 MB. A build that needs more stops with E_OUT_OF_MEMORY and writes nothing.',
    ),
  chromiumPath: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Chromium, Google Chrome or Microsoft Edge that `karte build --pdf` prints with: a path (relative to this file) or a command name on PATH. Default: the first found in the usual places.',
    ),
  editions: z
    .object({
      provisional: edition.default({
        grades: { 小: [6], 中: [3] },
        sources: ['zenkoku', 'isus'],
        optional: ['isus'],
      }),
      final: edition.default({
        grades: { 小: [4, 5, 6], 中: [1, 2, 3] },
        sources: ['zenkoku', 'fukushima', 'isus'],
        optional: [],
      }),
    })
    .prefault({}),
  files: z
    .object({
      schools: fileSpec('schools.csv'),
      zenkoku: fileSpec('zenkoku.csv'),
      zenkokuItems: fileSpec('zenkoku_items.csv'),
      zenkokuQuestions: fileSpec('zenkoku_questions.csv'),
      fukushima: fileSpec('fukushima.csv'),
      isus: fileSpec('isus.csv'),
      isusItems: fileSpec('isus_items.csv'),
      benchmarks: fileSpec('benchmarks.csv'),
    })
    .prefault({}),
  fukushima: z
    .object({
      scales: z
        .object({
          非認知能力: z.array(z.string()).default(['自制心', '自己効力感', '勤勉性', 'やり抜く力']),
          学習方略: z
            .array(z.string())
            .default(['柔軟的方略', 'プランニング方略', '作業方略', '人に頼る方略', '認知的方略']),
        })
        .prefault({})
        .describe('Questionnaire scale columns of fukushima.csv, by group.'),
    })
    .prefault({}),
  isus: z
    .object({
      round: z
        .union([z.literal('latest'), z.number().int().min(1).max(2)])
        .default('latest')
        .describe(
          'Which round of isus.csv to analyse; `latest` takes each student’s latest round.',
        ),
    })
    .prefault({}),
  analysis: analysis.prefault({}),
});

export type Config = z.infer<typeof configSchema>;
export type EditionName = keyof Config['editions'];
export type EditionDef = Config['editions'][EditionName];
export type FileSpec = Config['files'][keyof Config['files']];

/** The configuration with every default filled in. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}
