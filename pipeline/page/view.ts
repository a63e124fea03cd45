/**
 * The view models the templates read. Everything a page prints is decided here, in TypeScript,
 * so that templates only lay it out. Every field is always present (null when absent) because
 * the templates are compiled in strict mode, which turns a misspelt field into an error.
 */
import type { ChartInputs, ChartKind } from '../chart/data.js';

/** CSS key of a group's colour (`--group-school` …), see {@link GROUP_KEYS}. */
export type GroupKey = 'class' | 'school' | 'city' | 'prefecture' | 'nation';

/** A chart to draw and, once drawn, its SVG. */
export type ChartSlot = {
  [K in ChartKind]: { kind: K; input: ChartInputs[K]; svg: string };
}[ChartKind];

/** A table cell. `sub` is a second, smaller line (for example `n=58`). */
export interface CellView {
  text: string;
  sub: string | null;
  /** CSS classes: `num` for numbers, `call-above` …, `withheld` for a suppressed figure. */
  className: string;
  /** Columns the cell spans; null for one. */
  colspan: number | null;
}

/** A table row: its header cell (with a group swatch or a caution mark) and its cells. */
export interface RowView {
  label: string;
  group: GroupKey | null;
  mark: string | null;
  cells: CellView[];
}

/** A column heading; `group` adds the group's colour swatch. */
export interface HeadView {
  text: string;
  group: GroupKey | null;
}

/** Rows under an optional heading row (for example a question category). */
export interface BodyView {
  heading: string | null;
  rows: RowView[];
}

export interface TableView {
  caption: string;
  /** Heading of the row-header column. */
  rowHead: string;
  head: HeadView[];
  bodies: BodyView[];
  /** Notes under the table (caution, withheld figures). */
  notes: string[];
  /** Column count including the row header, for heading rows that span the table. */
  span: number;
}

/** One figure block: a heading, a chart or a message saying why there is none, its table. */
export interface BlockView {
  heading: string;
  lead: string | null;
  chart: ChartSlot | null;
  message: string | null;
  table: TableView | null;
  /** A second table for screens, folded in a `<details>` (for example each student's values). */
  details: { summary: string; table: TableView } | null;
}

export interface SectionView {
  heading: string;
  lead: string | null;
  blocks: BlockView[];
}

export interface LinkView {
  href: string;
  text: string;
  current: boolean;
}

/** A scope's part of a page: a grade on the home page, or the class on a class page. */
export interface ScopeView {
  anchor: string;
  heading: string;
  banner: string | null;
  links: LinkView[];
  sections: SectionView[];
}

/** What every page carries around its body: title, header, navigation, style, reading notes. */
export interface ChromeView {
  title: string;
  schoolName: string;
  pageName: string;
  subtitle: string;
  nav: LinkView[];
  colors: { key: GroupKey; color: string }[];
  notes: string[];
}

/** A whole page, ready for its template. */
export interface PageView {
  chrome: ChromeView;
  /** Short paragraphs before the scopes (the data-coverage note on the home page). */
  intro: string[];
  scopes: ScopeView[];
}
