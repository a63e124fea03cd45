/**
 * The table of a scope's figures: per measure, any columns that describe it (an item's 領域 …),
 * n, the group's mean with its 95% interval, each reference column that has a value, the
 * difference from the city and the call. A withheld figure shows why instead of numbers; a
 * figure under caution carries a mark and a note.
 */
import type { Figure, MeasureFigures, MeasureInfo } from '../analyze/resultsSchema.js';
import { formatDiff, formatInterval, formatLevelEquivalent, formatValue } from './words/format.js';
import { GROUP_KEYS } from './groups.js';
import type { ReferenceColumn, ReferenceValue, Scope } from './scope.js';
import { cityReference, isVisible } from './scope.js';
import type { BodyView, CellView, HeadView, RowView, TableView } from './view.js';
import { CALL_HEAD, ROW_HEADS, diffHead } from './words/figures.js';
import { cautionNote, suppressedNote } from './words/notes.js';
import { CALL_WORDS, CAUTION_MARK, INTERVAL_WORD, NONE, nText } from './words/terms.js';

/** A column that describes each row's measure (for example an item's 領域), before its n. */
export interface InfoColumn {
  head: string;
  /** The row's text; null where the measure has none, shown as —. */
  textOf: (info: MeasureInfo) => string | null;
  /**
   * Whether every text is a short word (for example 選択式) kept on one line, so that on a
   * narrow sheet the longer columns wrap instead; default false.
   */
  short?: boolean;
}

/** Options of {@link buildFigureTable}. */
export interface FigureTableOptions {
  caption: string;
  /** Heading of the row-header column; default `指標`. */
  rowHead?: string;
  /** Splits the rows under headings (for example question categories); default: one body. */
  sectionOf?: (info: MeasureInfo) => string | null;
  /** Row label; default the measure's label. */
  labelOf?: (info: MeasureInfo) => string;
  /** Link of a row's label (for example to the subject's page); default none. */
  hrefOf?: (info: MeasureInfo) => string | null;
  /**
   * Columns describing each row's measure, between the row header and n; one with no text in
   * any row is left out, so that it never holds dashes only. Default none.
   */
  infoColumns?: readonly InfoColumn[];
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

/** A column heading, with a group's swatch and a second line where given. */
export function head(
  text: string,
  group: HeadView['group'] = null,
  sub: string | null = null,
): HeadView {
  return { text, group, sub };
}

/** The cell of a withheld figure: the reason, never a number. */
export function withheldCell(
  figure: Pick<Figure, 'reason'>,
  colspan: number | null = null,
): CellView {
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
  // A column whose figures all have the same n says it once, in its heading.
  const sharedN = columns.map((column) => sharedCount(rows, column));
  const infoColumns = (options.infoColumns ?? []).filter((column) =>
    rows.some(({ info }) => column.textOf(info) !== null),
  );
  const heads = [
    ...infoColumns.map((column) => head(column.head)),
    head('n'),
    head(scope.own, GROUP_KEYS[scope.own]),
    head(INTERVAL_WORD),
    ...columns.map((c, i) => head(c.group, GROUP_KEYS[c.group], sharedN[i] ?? null)),
    head(diffHead(scope.own)),
    head(CALL_HEAD),
  ];
  let caution = false;
  const bodies: BodyView[] = [];
  for (const { info, figures } of rows) {
    const heading = options.sectionOf?.(info) ?? null;
    let body = bodies.at(-1);
    if (!body || body.heading !== heading) bodies.push((body = { heading, rows: [] }));
    const label = options.labelOf?.(info) ?? info.label;
    const numbers = heads.length - infoColumns.length;
    const row = buildRow(label, info, figures, columns, sharedN, numbers);
    row.href = options.hrefOf?.(info) ?? null;
    caution ||= row.mark !== null || row.cells.some((c) => c.text.endsWith(CAUTION_MARK));
    row.cells.unshift(
      ...infoColumns.map((c) => cell(c.textOf(info) ?? NONE, c.short ? 'info short' : 'info')),
    );
    body.rows.push(row);
  }
  return {
    caption: options.caption,
    rowHead: options.rowHead ?? ROW_HEADS.measure,
    head: heads,
    bodies,
    notes: caution ? [cautionNote(scope.minGroupSize)] : [],
    span: heads.length + 1,
  };
}

/**
 * `n=…` when every visible figure of the column has the same n (and there is one), else null.
 * Published values have no n and do not count.
 */
function sharedCount(
  rows: readonly { figures: MeasureFigures }[],
  column: ReferenceColumn,
): string | null {
  const counts = new Set<number>();
  for (const { figures } of rows) {
    const value = column.valueOf(figures);
    if (value?.kind === 'figure' && isVisible(value.figure)) counts.add(value.figure.n);
  }
  return counts.size === 1 ? nText([...counts][0]!) : null;
}

function buildRow(
  label: string,
  info: MeasureInfo,
  figures: MeasureFigures,
  columns: readonly ReferenceColumn[],
  sharedN: readonly (string | null)[],
  width: number,
): RowView {
  const own = figures.group;
  if (!isVisible(own)) {
    return { label, href: null, group: null, mark: null, cells: [withheldCell(own, width)] };
  }
  const city = cityReference(figures);
  const level = info.metric === 'step' ? formatLevelEquivalent(own.mean!) : null;
  return {
    label,
    href: null,
    group: null,
    mark: own.status === 'caution' ? CAUTION_MARK : null,
    cells: [
      cell(String(own.n), 'num'),
      cell(formatValue(own.mean!, info), 'num own', level),
      cell(own.ci ? formatInterval(own.ci, info) : NONE, 'num'),
      ...columns.map((column, i) =>
        referenceCell(column.valueOf(figures), info, sharedN[i] === null),
      ),
      cell(city ? formatDiff(city.diff, info) : NONE, 'num'),
      city ? cell(CALL_WORDS[city.call], `call call-${city.call}`) : cell(NONE),
    ],
  };
}

function referenceCell(value: ReferenceValue | null, info: MeasureInfo, withN: boolean): CellView {
  if (value === null) return cell(NONE);
  if (value.kind === 'published') return cell(formatValue(value.value, info), 'num');
  const figure = value.figure;
  if (!isVisible(figure)) return withheldCell(figure);
  const mark = figure.status === 'caution' ? CAUTION_MARK : '';
  return cell(`${formatValue(figure.mean!, info)}${mark}`, 'num', withN ? nText(figure.n) : null);
}
