/**
 * A file's header row, matched to the data contract: headers are already normalised, then
 * `aliases` map a header found in the file onto a contract header. The header remembers which
 * columns a reader used, so that the rest can be reported as unknown.
 */
import { KarteError } from '../shared/issues.js';
import { normalizeCell } from './normalizeCell.js';

// Inserted into both the Japanese and the English message, so it carries both words.
const TAB_SEPARATED = 'tab-separated / タブ区切り';

/** One column: its position in the row and its header as written in the file (normalised). */
export interface Column {
  index: number;
  header: string;
}

/** The header of one file, matched to contract names (see the module comment). */
export class Header {
  /** Contract name of each column ('' for a column without a header). */
  private readonly names: string[];
  private readonly found: string[];
  private readonly used = new Set<number>();

  /**
   * Matches header cells to contract names. A trailing empty header cell (a comma at the end of
   * the line) is dropped. Throws KarteError E_COLUMN_DUPLICATE when two columns get one name.
   */
  constructor(
    cells: readonly string[],
    aliases: Readonly<Record<string, string>>,
    private readonly file: string,
  ) {
    let width = cells.length;
    while (width > 0 && cells[width - 1] === '') width--;
    this.found = cells.slice(0, width);
    const aliasMap = new Map(
      Object.entries(aliases).map(([from, to]) => [normalizeCell(from), normalizeCell(to)]),
    );
    this.names = this.found.map((header) => aliasMap.get(header) ?? header);
    this.checkUnique();
  }

  /** Number of columns the header names (data cells beyond it must be empty). */
  get width(): number {
    return this.names.length;
  }

  /** The column with a contract name, marking it used; `undefined` when the file lacks it. */
  column(name: string): Column | undefined {
    const index = this.names.indexOf(name);
    if (index < 0) return undefined;
    this.used.add(index);
    return { index, header: this.found[index]! };
  }

  /** A column the file must have; throws KarteError E_COLUMN_MISSING when it does not. */
  required(name: string): Column {
    const column = this.column(name);
    if (!column) this.require([name]);
    return column!;
  }

  /** Columns whose contract name passes a test, in file order; each is marked used. */
  columnsWhere(test: (name: string) => boolean): (Column & { name: string })[] {
    const matches: (Column & { name: string })[] = [];
    this.names.forEach((name, index) => {
      if (name === '' || !test(name)) return;
      this.used.add(index);
      matches.push({ index, header: this.found[index]!, name });
    });
    return matches;
  }

  /**
   * Throws KarteError E_COLUMN_MISSING naming every required column the file lacks; or
   * E_FILE_NOT_CSV when the whole header is one cell with tabs in it, since renaming columns
   * would not help a tab-separated file (Excel's "Text (Tab delimited)" renamed to .csv).
   */
  require(names: readonly string[]): void {
    const missing = names.filter((name) => !this.names.includes(name));
    if (missing.length === 0) return;
    if (this.found.length === 1 && this.found[0]!.includes('\t')) {
      throw new KarteError({ code: 'E_FILE_NOT_CSV', file: this.file, detail: TAB_SEPARATED });
    }
    throw new KarteError({
      code: 'E_COLUMN_MISSING',
      file: this.file,
      column: missing.join(', '),
      found: this.found.map((header) => (header === '' ? '(空欄 / blank)' : header)).join(', '),
    });
  }

  /** Columns no reader asked for, with `#n` (1-based position) standing in for a blank header. */
  unused(): Column[] {
    return this.found.flatMap((header, index) =>
      this.used.has(index) ? [] : [{ index, header: header === '' ? `#${index + 1}` : header }],
    );
  }

  /** Column names are compared after the aliases; two columns with one name are ambiguous. */
  private checkUnique(): void {
    const seen = new Map<string, number>();
    this.names.forEach((name, index) => {
      if (name === '') return;
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, index);
        return;
      }
      const positions = this.names.flatMap((other, at) => (other === name ? [at + 1] : []));
      throw new KarteError({
        code: 'E_COLUMN_DUPLICATE',
        file: this.file,
        column: name,
        detail: positions.join(', '),
      });
    });
  }
}
