/**
 * The city page's data-quality summary: rows read, accepted and rejected per input file, the
 * problems by code and file, and how many students each survey has.
 */
import type { DataQuality } from '../analyze/board/schema.js';
import { cell, head } from './figureTable.js';
import type { BlockView, RowView, TableView } from './view.js';
import { QUALITY_WORDS as W, fileLabel, sourceList } from './words/city.js';
import { SOURCE_WORDS } from './words/terms.js';

const row = (label: string, cells: RowView['cells']): RowView => ({
  label,
  href: null,
  group: null,
  mark: null,
  cells,
});

const table = (caption: string, rowHead: string, heads: string[], rows: RowView[]): TableView => ({
  caption,
  rowHead,
  head: heads.map((h) => head(h)),
  bodies: [{ heading: null, rows }],
  notes: [],
  span: heads.length + 1,
});

const block = (heading: string, t: TableView | null, message: string | null): BlockView => ({
  anchor: null,
  heading,
  lead: null,
  chart: null,
  message,
  table: t,
  details: null,
  statements: null,
});

const sourceWord = (source: string) => SOURCE_WORDS[source as keyof typeof SOURCE_WORDS] ?? source;

/** The blocks of the summary: files, problems, surveys. */
export function buildDataQualityBlocks(quality: DataQuality): BlockView[] {
  const num = (n: number) => cell(String(n), 'num');
  const files = table(
    W.files,
    W.file,
    [W.presence, W.read, W.accepted, W.rejected, W.warnings],
    quality.files.map((f) =>
      row(fileLabel(f.id), [
        cell(f.present ? W.present : W.absent),
        num(f.rowsRead),
        num(f.rowsAccepted),
        num(f.rowsRejected),
        num(f.warnings),
      ]),
    ),
  );
  const issues = quality.issues.length
    ? table(
        W.issues,
        W.code,
        [W.file, W.count],
        quality.issues.map((i) => row(i.code, [cell(i.file), num(i.count)])),
      )
    : null;
  const join = quality.join;
  const sources = Object.keys(join.bySource);
  const surveys = table(
    W.join,
    W.sources,
    [W.students, W.missing],
    [
      ...sources.map((s) =>
        row(sourceWord(s), [
          num(join.bySource[s]!),
          num(join.missing.find((m) => m.source === s)?.count ?? 0),
        ]),
      ),
      row(W.total, [num(join.students), cell('')]),
    ],
  );
  const combinations = table(
    W.combinations,
    W.sources,
    [W.students],
    join.combinations.map((c) => row(sourceList(c.sources.map(sourceWord)), [num(c.count)])),
  );
  return [
    block(W.files, files, null),
    block(W.issues, issues, issues ? null : W.noIssues),
    block(W.join, surveys, null),
    block(W.combinations, combinations, null),
  ];
}
