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
  /** Makes the header cell a link (for example to the subject's page); null for plain text. */
  href: string | null;
  group: GroupKey | null;
  mark: string | null;
  cells: CellView[];
}

/** A column heading; `group` adds the group's colour swatch, `sub` a second line. */
export interface HeadView {
  text: string;
  group: GroupKey | null;
  sub: string | null;
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
  /** The block's id within its page, for links to it (強み・課題); null when none links here. */
  anchor: string | null;
  /** The block's heading; empty for a block that is its section's only content. */
  heading: string;
  lead: string | null;
  chart: ChartSlot | null;
  message: string | null;
  table: TableView | null;
  /** A second table for screens, folded in a `<details>` (for example each student's values). */
  details: { summary: string; table: TableView } | null;
  /** Sentences under the heading, each maybe a link to its figure (強み・課題); null for none. */
  statements: LinkView[] | null;
}

export interface SectionView {
  heading: string;
  lead: string | null;
  blocks: BlockView[];
}

export interface LinkView {
  /** Relative path, with `#anchor` where it points into a page; null for plain text. */
  href: string | null;
  text: string;
  current: boolean;
}

/** A labelled row of links (the pages of a grade, the classes of a grade). */
export interface NavRowView {
  label: string;
  links: LinkView[];
}

/** A part of a page about one group: a grade on the home page, a survey on a subject page. */
export interface ScopeView {
  anchor: string;
  heading: string;
  banner: string | null;
  /** Links to the pages about this scope (on the home page, a grade's pages). */
  links: NavRowView[];
  /** What the links are, for screen readers. */
  linksLabel: string;
  sections: SectionView[];
}

/** A section of text without figures (the reading guide). */
export interface ProseView {
  anchor: string;
  heading: string;
  paragraphs: string[];
  /** A list of terms and what they mean, or of steps; empty for none. */
  terms: { term: string; text: string }[];
  /** Bullet points (for example questions for a meeting) under their heading; empty for none. */
  pointsHeading: string | null;
  points: string[];
}

/** What every page carries around its body: title, header, navigation, style, reading notes. */
export interface ChromeView {
  title: string;
  schoolName: string;
  pageName: string;
  subtitle: string;
  nav: NavRowView[];
  /** What the navigation is, for screen readers. */
  navLabel: string;
  /** Heading of the reading notes at the foot of the page. */
  notesHeading: string;
  colors: { key: GroupKey; color: string }[];
  notes: string[];
  /** The link to the reading guide at the foot of the page; null on the guide itself. */
  guide: LinkView | null;
}

/** A whole page, ready for its template. */
export interface PageView {
  chrome: ChromeView;
  /** Short paragraphs before the scopes (the data-coverage note on the home page). */
  intro: string[];
  /** Links to the parts of a long page, after the intro; null for none. */
  contents: NavRowView | null;
  scopes: ScopeView[];
  /** Sections of text after the scopes (the reading guide); empty on other pages. */
  prose: ProseView[];
}
