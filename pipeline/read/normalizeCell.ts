/**
 * Cell normalisation (DATA-CONTRACT.md, "Encoding and CSV dialect"): every cell and header is
 * read as Unicode NFKC, trimmed of ASCII and ideographic spaces, so that `１２` reads as `12`.
 */

const BOM = /\uFEFF/g;
// Ctrl-Z, the end-of-file mark that old DOS tools append (and leave inside files they join).
const EOF_MARK = '\u001a';
const EDGE_SPACES = /^[ \t\n\r\f\v\u3000]+|[ \t\n\r\f\v\u3000]+$/g;
const PLAIN_ASCII = /^[\x21-\x7E]*$/;

/**
 * The normalised text of one cell. A byte-order mark or a Ctrl-Z anywhere in the cell is removed:
 * neither is text. A BOM is left by files joined after export, and would otherwise make
 * `\uFEFF学校コード` a different header; a Ctrl-Z ends files from old DOS tools, and would otherwise
 * spoil the last value or stand alone on a last line as a row of its own.
 */
export function normalizeCell(raw: string): string {
  // Most cells are short ASCII codes with no edge spaces; NFKC leaves those unchanged.
  if (PLAIN_ASCII.test(raw)) return raw;
  return raw.replace(BOM, '').replaceAll(EOF_MARK, '').normalize('NFKC').replace(EDGE_SPACES, '');
}
