/**
 * The malformed-input corpus (tests/fixtures/corpus; cases in tests/read/corpus/): each case puts
 * one file in place of a file of the fixture city, reads the final edition with readInputs, and
 * must give exactly the case's fatal error, or exactly its counts, issues and rows.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../pipeline/read/readInputs.js';
import { IssueLog, type Issue } from '../../pipeline/shared/issues.js';
import {
  formatMessage,
  type MessageCode,
  type MessageParams,
} from '../../pipeline/shared/messages.js';
import { makeCorpus } from '../fixtures/corpus/make-corpus.js';
import { CORPUS_CASES, isFatal, type CorpusCase } from './corpus/cases.js';
import type { ExpectedIssue } from './corpus/corpusCase.js';
import {
  CITY_FIXTURE,
  configFor,
  expectAccounted,
  fatal,
  makeInputDir,
  removeInputDirs,
} from './readHelpers.js';

afterAll(removeInputDirs);

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** A copy of the fixture city with the case's input in place, and the configuration to read it. */
function setUp(c: CorpusCase) {
  const input = makeInputDir({}, CITY_FIXTURE);
  const target = join(input, configFor(input).files[c.standsFor].path);
  if (c.input !== 'fixture') rmSync(target);
  if (c.input === 'directory') mkdirSync(target);
  else if (c.input.endsWith('.csv')) copyFileSync(join(CORPUS, c.input), target);
  return { input, target, config: configFor(input, { [c.standsFor]: c.config ?? {} }) };
}

/** The issue a case expects, placed in the stood-in file. */
function expectedIssue(
  [code, line, column, value, details]: ExpectedIssue,
  file: string,
  input: string,
): Issue {
  const detail = details?.detail?.replace('<input>', input);
  return {
    ...details,
    ...(detail === undefined ? {} : { detail }),
    code,
    severity: code.startsWith('R_') ? 'reject' : 'warning',
    file,
    line,
    column,
    value,
  };
}

/** Messages must name what they are about: no parameter may be left undefined in the text. */
function expectComplete(code: MessageCode, params: MessageParams): void {
  for (const lang of ['ja', 'en'] as const) {
    expect(formatMessage(code, params, lang)).not.toContain('undefined');
  }
}

describe('malformed-input corpus', () => {
  it.each(CORPUS_CASES)('$input for $standsFor: $problem', async (c) => {
    const { input, target, config } = setUp(c);
    const log = new IssueLog();
    const reading = readInputs(config, config.editions.final, log);
    const outcome = c.expect;
    if (isFatal(outcome)) {
      const error = await fatal(reading);
      expect(error.issue).toEqual({ code: outcome.fatal, file: target, ...outcome.params });
      expectComplete(error.issue.code, error.issue);
      expect(error.text('en')).toContain(target);
      expect(log.issues).toEqual([]);
      return;
    }
    const { data, files } = await reading;
    const report = files.find((file) => file.id === c.standsFor);
    expect(report).toMatchObject({
      path: target,
      encoding: outcome.encoding,
      rowsRead: outcome.rowsRead,
      rowsAccepted: outcome.rowsAccepted,
      rowsRejected: outcome.rowsRejected,
      warnings: outcome.warnings,
    });
    expect(log.issues).toEqual(outcome.issues.map((issue) => expectedIssue(issue, target, input)));
    for (const issue of log.issues) expectComplete(issue.code, issue);
    for (const file of files) expectAccounted(file, log);
    if (outcome.rows) expect(data[c.standsFor]).toMatchObject(outcome.rows);
  });

  it('has at least 30 files, each used by a case, and every case’s file exists', () => {
    const files = readdirSync(CORPUS).filter((name) => name.endsWith('.csv'));
    const used = new Set(CORPUS_CASES.map((c) => c.input).filter((i) => i.endsWith('.csv')));
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.sort()).toEqual([...used].sort());
  });

  it('covers every outcome the data contract names for bad input', () => {
    const codes = new Set(
      CORPUS_CASES.flatMap((c) =>
        isFatal(c.expect) ? [c.expect.fatal] : c.expect.issues.map(([code]) => code),
      ),
    );
    const contract: MessageCode[] = [
      ...['E_FILE_MISSING', 'E_FILE_UNREADABLE', 'E_FILE_EMPTY', 'E_FILE_HEADER_ONLY'],
      ...['E_FILE_NOT_CSV', 'E_ENCODING_UNKNOWN', 'E_ENCODING_MISMATCH', 'E_COLUMN_MISSING'],
      ...['R_SCHOOL_UNKNOWN', 'R_GRADE_OUT_OF_RANGE', 'R_SEAT_INVALID', 'R_REQUIRED_EMPTY'],
      ...['R_CLASS_EMPTY', 'R_KEY_DUPLICATE', 'R_ID_DUPLICATE', 'R_KEY_ROUND_DUPLICATE'],
      ...['W_VALUE_INVALID', 'W_VALUE_OUT_OF_RANGE'],
    ] as MessageCode[];
    expect(contract.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('make-corpus.ts makes its files byte for byte as committed', () => {
    for (const [name, bytes] of makeCorpus()) {
      const committed = readFileSync(join(CORPUS, name));
      expect({ name, same: committed.equals(bytes) }).toEqual({ name, same: true });
    }
  });
});
