/**
 * Bytes to text, chunk by chunk: the chosen decoder, then line ends made uniform so that the CSV
 * parser sees one newline (`\n`) whether the file used CRLF, LF, CR or a mix of them.
 */
import iconv from 'iconv-lite';
import type { TextEncoding } from './chooseEncoding.js';

/** A streaming decoder: `write` takes the next chunk, `end` flushes what is held back. */
export interface TextDecodeStream {
  write(chunk: Buffer): string;
  end(): string;
}

/**
 * A decoder for an encoding. UTF-8 is decoded strictly (the first pass has checked it) and a
 * leading BOM is dropped; Shift_JIS uses iconv-lite's `cp932`, which covers the NEC and IBM
 * extension characters (①, ㈱, 髙, 﨑) that Excel for Japanese Windows writes.
 */
export function createTextDecoder(encoding: TextEncoding): TextDecodeStream {
  if (encoding === 'shift_jis') {
    const decoder = iconv.getDecoder('cp932');
    return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    write: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

/**
 * A function that turns CRLF and lone CR into LF across chunk boundaries: a chunk ending in CR is
 * held back until the next chunk shows whether LF follows. Call with `final` on the last chunk.
 */
export function createLineEndNormalizer(): (text: string, final: boolean) => string {
  let heldCr = false;
  return (text, final) => {
    let joined = heldCr ? `\r${text}` : text;
    heldCr = !final && joined.endsWith('\r');
    if (heldCr) joined = joined.slice(0, -1);
    return joined.replace(/\r\n?/g, '\n');
  };
}
