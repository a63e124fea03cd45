/**
 * A printed PDF's creation and modification dates set to the build date, so that the same build
 * gives the same bytes: Chromium stamps the time of printing, and nothing else in its PDF varies.
 */

// `D:YYYYMMDDHHmmSS` and the zone that follows it (`+00'00'`, `Z`), inside a PDF string.
const DATE = /\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g;

/**
 * A copy of `pdf` whose `/CreationDate` and `/ModDate` read `buildDate` (YYYY-MM-DD) at
 * midnight, the zone suffix kept. Each date keeps its length, so the cross-reference table's
 * byte offsets stay right. Bytes without these entries come back unchanged.
 */
export function pinPdfDates(pdf: Uint8Array, buildDate: string): Uint8Array {
  const stamp = `${buildDate.replace(/-/g, '')}000000`;
  if (!/^\d{14}$/.test(stamp)) throw new Error(`not a YYYY-MM-DD date: ${buildDate}`);
  const out = Buffer.from(pdf);
  // latin1 maps byte n to character n, so string indexes are byte offsets.
  const text = out.toString('latin1');
  for (const match of text.matchAll(DATE)) {
    const at = match.index + match[0].indexOf('(D:') + 3;
    out.write(stamp, at, 'latin1');
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
