/**
 * Row assembly by column name: a row starts blank and cells are set by header name, so a
 * student of a school type without some columns (数学 at a 小 school) leaves them blank.
 */

/** A blank row for a header, filled by column name. */
export class RowBuilder {
  private readonly index: Map<string, number>;

  constructor(readonly header: readonly string[]) {
    this.index = new Map(header.map((name, i) => [name, i]));
  }

  /** A fresh row: every cell blank. */
  blank(): string[] {
    return Array<string>(this.header.length).fill('');
  }

  /** Set a cell by column name; a name not in the header is a generator bug. */
  set(row: string[], column: string, value: string): void {
    const i = this.index.get(column);
    if (i === undefined) throw new Error(`generator bug: no column ${column}`);
    row[i] = value;
  }
}

/** The key columns of every student file. */
export const KEY_COLUMNS = ['学校コード', '学年', '組', '出席番号'] as const;
/** The optional pseudonym column (written in zenkoku.csv and fukushima.csv). */
export const ID_COLUMN = '児童生徒ID';
