import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeCell } from '../../pipeline/read/normalizeCell.js';
import { readInputs } from '../../pipeline/read/readInputs.js';
import type { TableSpec } from '../../pipeline/read/readTable.js';
import { zenkokuTable } from '../../pipeline/read/readZenkoku.js';
import { GRADE_RANGE } from '../../pipeline/read/studentKey.js';
import { IssueLog, isKarteError } from '../../pipeline/shared/issues.js';
import { keyString } from '../../pipeline/shared/types.js';
import {
  CITY_FIXTURE,
  configFor,
  expectAccounted,
  readOne,
  removeInputDirs,
} from './readHelpers.js';

afterAll(removeInputDirs);

// Seeded so that a failure reproduces; fast-check prints the counterexample and the seed.
const RUNS = { numRuns: 60, seed: 20250401 };

const config = configFor(CITY_FIXTURE);
const city = await readInputs(config, config.editions.final, new IssueLog());
const schools = new Map(city.data.schools.map((s) => [s.code, s]));
const zenkoku = zenkokuTable(schools, {
  items: city.data.zenkokuItems,
  questions: city.data.zenkokuQuestions,
  itemsFile: 'zenkoku_items.csv',
  questionsFile: 'zenkoku_questions.csv',
});
const VALID = readFileSync(join(CITY_FIXTURE, 'zenkoku.csv'));

/** Either a KarteError, or a table whose every row obeys the contract and is accounted for. */
async function expectConsistent(bytes: Uint8Array): Promise<void> {
  let result;
  try {
    result = await readOne(zenkoku, bytes);
  } catch (error) {
    expect(isKarteError(error), String(error)).toBe(true);
    return;
  }
  const { rows, report, log } = result;
  expectAccounted(report, log);
  expect(rows.length).toBe(report.rowsAccepted);
  const keys = new Set<string>();
  let previousLine = 1;
  for (const row of rows) {
    const school = schools.get(row.key.school);
    expect(school).toBeDefined();
    expect(row.key.grade).toBeGreaterThanOrEqual(1);
    expect(row.key.grade).toBeLessThanOrEqual(GRADE_RANGE[school!.type].max);
    expect(Number.isInteger(row.key.seat) && row.key.seat >= 1).toBe(true);
    expect(row.key.class).not.toBe('');
    expect(keys.has(keyString(row.key))).toBe(false);
    keys.add(keyString(row.key));
    expect(row.line).toBeGreaterThan(previousLine);
    previousLine = row.line;
  }
}

interface Edit {
  at: number;
  remove: number;
  insert: string | Uint8Array;
}

/** One edit of a byte string: insert, delete or overwrite, with bytes that matter to CSV. */
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 3 }),
  insert: fc.oneof(
    {
      arbitrary: fc.constantFrom(
        '"',
        ',',
        '\n',
        '\r',
        '\r\n',
        '\uFEFF',
        '\u3000',
        '9',
        '',
        '1101',
        '7',
      ),
      weight: 6,
    },
    { arbitrary: fc.uint8Array({ maxLength: 3 }), weight: 1 },
  ),
});

function applyEdits(base: Uint8Array, edits: readonly Edit[]): Buffer {
  let bytes = Buffer.from(base);
  for (const { at, remove, insert } of edits) {
    const position = at % (bytes.length + 1);
    const inserted = Buffer.from(insert);
    bytes = Buffer.concat([
      bytes.subarray(0, position),
      inserted,
      bytes.subarray(position + remove),
    ]);
  }
  return bytes;
}

describe('the reader never crashes', () => {
  it('on random bytes: a consistent table or a KarteError', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), expectConsistent), RUNS);
  });

  it('on random text: a consistent table or a KarteError', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(text, (t) =>
        expectConsistent(Buffer.from(`学校コード,学年,組,出席番号\n${t}`)),
      ),
      RUNS,
    );
  });

  it('on random byte edits of a valid file: a consistent table or a KarteError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) =>
        expectConsistent(applyEdits(VALID, edits)),
      ),
      RUNS,
    );
  });

  it('on random text edits of a valid file: a consistent table or a KarteError', async () => {
    // Edits between characters keep the file valid UTF-8, so that they reach the CSV and row
    // checks instead of stopping at the encoding.
    const textEdit: fc.Arbitrary<Edit> = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 4 }),
      insert: fc.oneof(
        fc.constantFrom('"', ',', '\n', '\r\n', '\uFEFF', '\u3000', '9', '', '13-D', '０', '小'),
        fc.string({ maxLength: 4 }),
      ),
    });
    const text = VALID.toString('utf8');
    await fc.assert(
      fc.asyncProperty(fc.array(textEdit, { minLength: 1, maxLength: 6 }), (edits) => {
        let edited = text;
        for (const { at, remove, insert } of edits) {
          const position = at % (edited.length + 1);
          edited = edited.slice(0, position) + String(insert) + edited.slice(position + remove);
        }
        return expectConsistent(Buffer.from(edited));
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});

/** A table that accepts every row as its normalised cells, to observe the CSV layer alone. */
const anyRows: TableSpec<{ line: number; cells: string[] }> = {
  id: 'schools',
  required: [],
  bind: (header) => {
    header.columnsWhere(() => true);
    return (input) => ({ row: { line: input.line, cells: [...input.cells] } });
  },
};

describe('CSV layer', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'crlf\r\nhere', '　全角　', '１２', '', ' '),
  );
  const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
  const row = fc.record({
    cells: fc.array(cell, { minLength: 2, maxLength: 2 }),
    end: lineEnd,
    blankAfter: fc.constantFrom('', '\n', ',,\r\n', '\u3000\n'),
  });

  it('gives every row its physical first line and its cells, whatever the quoting and line ends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const quote = (value: string) =>
          /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
        let text = 'id,a,b\n';
        const expected: { line: number; cells: string[] }[] = [];
        rows.forEach((r, index) => {
          const line = 1 + (text.match(/\r\n|\r|\n/g) ?? []).length;
          const cells = [`r${index}`, ...r.cells];
          expected.push({
            line,
            cells: cells.map((c) => normalizeCell(c.replace(/\r\n?/g, '\n'))),
          });
          text += cells.map(quote).join(',') + r.end + r.blankAfter;
        });
        const { rows: read } = await readOne(anyRows, text);
        expect(read).toEqual(expected);
      }),
      RUNS,
    );
  });
});
