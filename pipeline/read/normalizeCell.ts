/**
 * Cell normalisation (DATA-CONTRACT.md, "Encoding and CSV dialect"): every cell and header is
 * read as Unicode NFKC, trimmed of ASCII and ideographic spaces, so that `１２` reads as `12`.
 */

const BOM = /\uFEFF/g;
const EDGE_SPACES = /^[ \t\n\r\f\v\u3000]+|[ \t\n\r\f\v\u3000]+$/g;
const PLAIN_ASCII = /^[\x21-\x7E]*$/;

/**
 * The normalised text of one cell. A byte-order mark anywhere in the cell is removed: it is left
 * by files joined after export, and it would otherwise make `\uFEFF学校コード` a different header.
 */
export function normalizeCell(raw: string): string {
  // Most cells are short ASCII codes with no edge spaces; NFKC leaves those unchanged.
  if (PLAIN_ASCII.test(raw)) return raw;
  return raw.replace(BOM, '').normalize('NFKC').replace(EDGE_SPACES, '');
}
