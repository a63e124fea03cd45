/** Shared helpers of the read tests: temporary input folders, configurations and log queries. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { FileReport } from '../../pipeline/read/fileReport.js';
import { readTable, type TableSpec, type TableRead } from '../../pipeline/read/readTable.js';
import { configSchema, type Config, type FileSpec } from '../../pipeline/shared/config.js';
import { IssueLog, KarteError, type Issue } from '../../pipeline/shared/issues.js';
import type { FileId, School } from '../../pipeline/shared/types.js';

/** The small, valid city of tests/fixtures/read/city. */
export const CITY_FIXTURE = join(import.meta.dirname, '../fixtures/read/city');

const folders: string[] = [];

/** A fresh temporary folder holding `files`, optionally on top of a copy of the fixture city. */
export function makeInputDir(
  files: Record<string, string | Uint8Array> = {},
  base?: string,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'karte-read-'));
  folders.push(dir);
  if (base) cpSync(base, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Removes every folder made by makeInputDir; call from afterAll. */
export function removeInputDirs(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A full configuration reading `input`, with per-file settings merged over the defaults. */
export function configFor(input: string, files: Partial<Record<FileId, unknown>> = {}): Config {
  return configSchema.parse({ input, files });
}

export interface OneFile<T> extends TableRead<T> {
  log: IssueLog;
  path: string;
}

/** Reads one file's content with a table spec, as readInputs would. */
export async function readOne<T>(
  table: TableSpec<T>,
  content: string | Uint8Array,
  spec: Partial<Pick<FileSpec, 'encoding' | 'aliases'>> = {},
): Promise<OneFile<T>> {
  const dir = makeInputDir({ 'input.csv': content });
  const path = join(dir, 'input.csv');
  const log = new IssueLog();
  const result = await readTable(
    { id: table.id, path, resolved: path, spec: { encoding: 'auto', aliases: {}, ...spec } },
    table,
    log,
  );
  return { ...result, log, path };
}

/** The KarteError a promise rejects with (fails the test when it resolves or throws another). */
export async function fatal(promise: Promise<unknown>): Promise<KarteError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KarteError);
  return error as KarteError;
}

/** `code@line` of every issue, in log order: a compact, exact picture of what was reported. */
export function issueList(log: IssueLog, severity?: Issue['severity']): string[] {
  return log.issues
    .filter((issue) => severity === undefined || issue.severity === severity)
    .map((issue) => `${issue.code}@${issue.line ?? '-'}`);
}

/** Asserts rows read = accepted + rejected, and that the log holds one reject per rejected row. */
export function expectAccounted(report: FileReport, log: IssueLog): void {
  const ofFile = log.issues.filter((issue) => issue.file === report.path);
  expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected);
  expect(ofFile.filter((issue) => issue.severity === 'reject')).toHaveLength(report.rowsRejected);
  expect(ofFile.filter((issue) => issue.severity === 'warning')).toHaveLength(report.warnings);
}

/** The schools most student-file tests use: 1101 (小) and 2101 (中). */
export const SCHOOLS: ReadonlyMap<string, School> = new Map(
  [
    { code: '1101', name: '平第一小', type: '小' as const, district: null, emails: [] },
    { code: '2101', name: '平第一中', type: '中' as const, district: null, emails: [] },
  ].map((school) => [school.code, school]),
);

/** CSV text from lines, joined with LF and ending with a line break. */
export const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;
