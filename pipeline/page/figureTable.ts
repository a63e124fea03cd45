/**
 * The table of a scope's figures: per measure, n, the group's mean with its 95% interval, each
 * reference column that has a value, the difference from the city and the call. A withheld
 * figure shows why instead of numbers; a figure under caution carries a mark and a note.
 */
import type { Figure, MeasureFigures, MeasureInfo } from '../analyze/resultsSchema.js';
import { formatDiff, formatInterval, formatLevel, formatValue } from './format.js';
import { GROUP_KEYS } from './groups.js';
import type { ReferenceColumn, ReferenceValue, Scope } from './scope.js';
import { cityReference, isVisible } from './scope.js';
import type { BodyView, CellView, RowView, TableView } from './view.js';
import {
  CALL_WORDS,
  CAUTION_MARK,
  INTERVAL_WORD,
  NONE,
  cautionNote,
  suppressedNote,
} from './words.js';

/** Options of {@link buildFigureTable}. */
export interface FigureTableOptions {
  caption: string;
  /** Heading of the row-header column; default `指標`. */
  rowHead?: string;
  /** Splits the rows under headings (for example question categories); default: one body. */
  sectionOf?: (info: MeasureInfo) => string | null;
  /** Row label; default the measure's label. */
  labelOf?: (info: MeasureInfo) => string;
}

/** A cell of plain text. */
export function cell(
  text: string,
  className = '',
  sub: string | null = null,
  colspan: number | null = null,
): CellView {
  return { text, sub, className, colspan };
}

/** The cell of a withheld figure: the reason, never a number. */
export function withheldCell(figure: Figure, colspan: number | null = null): CellView {
  return cell(suppressedNote(figure.reason), 'withheld', null, colspan);
}

/** Builds the table of `rows` (measures with their figures) for the scope. */
export function buildFigureTable(
  scope: Scope,
  rows: readonly { info: MeasureInfo; figures: MeasureFigures }[],
  options: FigureTableOptions,
): TableView {
  const columns = scope.references.filter((column) =>
    rows.some(({ figures }) => column.valueOf(figures) !== null),
  );
  const head = [
    { text: 'n', group: null },
    { text: scope.own, group: GROUP_KEYS[scope.own] },
    { text: INTERVAL_WORD, group: null },
    ...columns.map((c) => ({ text: c.group, group: GROUP_KEYS[c.group] })),
    { text: `差（${scope.own}−市全体）`, group: null },
    { text: '市全体と比べて', group: null },
  ];
  let caution = false;
  const bodies: BodyView[] = [];
  for (const { info, figures } of rows) {
    const heading = options.sectionOf?.(info) ?? null;
    let body = bodies.at(-1);
    if (!body || body.heading !== heading) bodies.push((body = { heading, rows: [] }));
    const label = options.labelOf?.(info) ?? info.label;
    const row = buildRow(label, info, figures, columns, head.length);
    caution ||= row.mark !== null || row.cells.some((c) => c.text.endsWith(CAUTION_MARK));
    body.rows.push(row);
  }
  return {
    caption: options.caption,
    rowHead: options.rowHead ?? '指標',
    head,
    bodies,
    notes: caution ? [cautionNote(scope.minGroupSize)] : [],
    span: head.length + 1,
  };
}

function buildRow(
  label: string,
  info: MeasureInfo,
  figures: MeasureFigures,
  columns: readonly ReferenceColumn[],
  width: number,
): RowView {
  const own = figures.group;
  if (!isVisible(own)) {
    return { label, group: null, mark: null, cells: [withheldCell(own, width)] };
  }
  const city = cityReference(figures);
  const level = info.metric === 'step' ? `${formatLevel(own.mean!)}相当` : null;
  return {
    label,
    group: null,
    mark: own.status === 'caution' ? CAUTION_MARK : null,
    cells: [
      cell(String(own.n), 'num'),
      cell(formatValue(own.mean!, info), 'num own', level),
      cell(own.ci ? formatInterval(own.ci, info) : NONE, 'num'),
      ...columns.map((column) => referenceCell(column.valueOf(figures), info)),
      cell(city ? formatDiff(city.diff, info) : NONE, 'num'),
      city ? cell(CALL_WORDS[city.call], `call call-${city.call}`) : cell(NONE),
    ],
  };
}

function referenceCell(value: ReferenceValue | null, info: MeasureInfo): CellView {
  if (value === null) return cell(NONE);
  if (value.kind === 'published') return cell(formatValue(value.value, info), 'num');
  const figure = value.figure;
  if (!isVisible(figure)) return withheldCell(figure);
  const mark = figure.status === 'caution' ? CAUTION_MARK : '';
  return cell(`${formatValue(figure.mean!, info)}${mark}`, 'num', `n=${figure.n}`);
}
