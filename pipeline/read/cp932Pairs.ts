/**
 * The double-byte characters CP932 defines, taken from the decoder itself so that detection and
 * decoding can never disagree: a pair is valid exactly when iconv-lite decodes it to one character.
 */
import iconv from 'iconv-lite';

// LIMITATION: a pair iconv-lite leaves undefined (some user-defined 外字 in rows 0xF0–0xF9) makes
// the whole file invalid Shift_JIS, so it is refused as an unknown encoding instead of being read
// with that one character lost; the operator has to replace the character and export again.
let table: Uint8Array | null = null;

/** 1 at `lead << 8 | trail` for every pair iconv-lite's `cp932` maps; built once, on first use. */
export function cp932Pairs(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  const pair = Buffer.alloc(2);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const text = iconv.decode(pair, 'cp932');
      if (text.length === 1 && text !== '\uFFFD') table[(lead << 8) | trail] = 1;
    }
  }
  return table;
}

/** Whether a byte starts a CP932 double-byte character. */
export function isCp932Lead(byte: number): boolean {
  return (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc);
}

/** Whether a byte is a CP932 character on its own: ASCII or half-width katakana. */
export function isCp932Single(byte: number): boolean {
  return byte < 0x80 || (byte >= 0xa1 && byte <= 0xdf);
}
