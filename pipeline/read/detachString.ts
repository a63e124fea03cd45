/**
 * Keeping a cell without keeping its chunk. Cells are substrings of a decoded chunk of about a
 * megabyte, and V8 may represent a substring of 13 or more characters as a view into its parent
 * (a "sliced string"); a row that kept such a view would keep the whole chunk alive, and a file's
 * worth of chunks with it. Every string a reader stores past the row is passed through here.
 */

/**
 * A copy of `text` that does not share memory with the string it came from. Concatenation makes a
 * new string that V8 flattens on first use, so the copy holds only its own characters.
 */
export function detachString(text: string): string {
  // Short strings are copied by V8 anyway; only long ones can be views.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
