/**
 * Deciding how to decode a file from its byte profile: UTF-8 (with or without BOM) or Shift_JIS
 * (CP932), detected or forced by the configuration. Anything else is a fatal error that names
 * what the file looks like, so that the operator knows how to save it again.
 */
import type { FileSpec } from '../shared/config.js';
import { KarteError } from '../shared/issues.js';
import type { ByteProfile } from './profileBytes.js';

/** How a file was decoded, as reported in the manifest. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

// Inserted into both the Japanese and the English message, so it carries both words.
const UNKNOWN = 'unknown / 不明';

const startsWith = (head: Buffer, ...bytes: number[]): boolean =>
  bytes.every((byte, i) => head[i] === byte);

// Markup that opens a web page or an XML file, compared in lower case after a BOM and spaces: a
// web system's login or error page saved in place of its export, or Excel's "Web page" and
// "XML Spreadsheet 2003" forms. No CSV of the contract starts with a `<` header.
const MARKUP: [prefix: string, kind: string][] = [
  ['<!doctype html', 'HTML'],
  ['<html', 'HTML'],
  ['<?xml', 'XML'],
];

/** The kind of non-CSV file the bytes look like, or `null` when they may be CSV text. */
function notCsvKind(profile: ByteProfile): string | null {
  const { head } = profile;
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04) || startsWith(head, 0x50, 0x4b, 0x05, 0x06)) {
    return '.xlsx / ZIP';
  }
  if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return '.xls';
  if (startsWith(head, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'PDF';
  const start = head
    .subarray(startsWith(head, 0xef, 0xbb, 0xbf) ? 3 : 0, 64)
    .toString('latin1')
    .trimStart()
    .toLowerCase();
  return MARKUP.find(([prefix]) => start.startsWith(prefix))?.[1] ?? null;
}

/** The wide Unicode encoding the bytes look like: a byte-order mark or ASCII with NUL halves. */
function wideEncoding(profile: ByteProfile): string | null {
  const { head } = profile;
  if (startsWith(head, 0xff, 0xfe, 0, 0)) return 'UTF-32LE';
  if (startsWith(head, 0, 0, 0xfe, 0xff)) return 'UTF-32BE';
  if (startsWith(head, 0xff, 0xfe)) return 'UTF-16LE';
  if (startsWith(head, 0xfe, 0xff)) return 'UTF-16BE';
  if (profile.nul === 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(head.length / 2);
  // ASCII text in UTF-16 has a NUL in every other byte; Japanese text in it has few NULs, but a
  // CSV's commas, digits and line ends still give a clear majority on one side.
  if (odd >= pairs / 4 && even <= pairs / 20) return 'UTF-16LE';
  if (even >= pairs / 4 && odd <= pairs / 20) return 'UTF-16BE';
  return null;
}

/** Names the encoding of bytes that are not valid UTF-8, for an error message. */
function describeEncoding(profile: ByteProfile): string {
  if (profile.iso2022jp) return 'ISO-2022-JP';
  if (profile.utf8Bom) return `UTF-8 BOM + ${UNKNOWN}`;
  // Valid in both means every high byte pairs up within 0xA1–0xFE: typical of EUC-JP, and rare in
  // Shift_JIS text, which uses 0x81–0x9F lead bytes for kana and common kanji.
  // LIMITATION: a Shift_JIS file whose only non-ASCII text is half-width katakana in pairs (so no
  // Japanese header either) is refused as EUC-JP; setting its encoding to shift_jis reads it.
  if (profile.eucJp) return 'EUC-JP';
  if (profile.shiftJis) return 'Shift_JIS';
  return UNKNOWN;
}

/**
 * The encoding to decode a file with. `setting` is the configuration's `encoding`: `auto`
 * detects; `utf-8` or `shift_jis` forces that encoding but still refuses bytes invalid in it.
 * Throws KarteError E_FILE_NOT_CSV, E_ENCODING_UNKNOWN or E_ENCODING_MISMATCH.
 */
export function chooseEncoding(
  profile: ByteProfile,
  setting: FileSpec['encoding'],
  file: string,
): TextEncoding {
  const notCsv = notCsvKind(profile);
  if (notCsv) throw new KarteError({ code: 'E_FILE_NOT_CSV', file, detail: notCsv });
  const wide = wideEncoding(profile);
  if (wide) throw new KarteError({ code: 'E_ENCODING_UNKNOWN', file, detail: wide });
  if (profile.nul > 0) throw new KarteError({ code: 'E_FILE_NOT_CSV', file, detail: '0x00' });
  if (profile.control > 0 && profile.control * 100 > profile.bytes) {
    throw new KarteError({ code: 'E_FILE_NOT_CSV', file, detail: '0x01–0x1F' });
  }
  if (profile.iso2022jp) {
    throw new KarteError({ code: 'E_ENCODING_UNKNOWN', file, detail: 'ISO-2022-JP' });
  }
  const utf8: TextEncoding = profile.utf8Bom ? 'utf-8-bom' : 'utf-8';
  if (setting === 'utf-8') {
    if (profile.utf8) return utf8;
    throw mismatch(file, 'UTF-8', describeEncoding(profile));
  }
  if (setting === 'shift_jis') {
    if (profile.shiftJis) return 'shift_jis';
    throw mismatch(file, 'Shift_JIS', profile.utf8 ? 'UTF-8' : describeEncoding(profile));
  }
  if (profile.utf8) return utf8;
  const looksLike = describeEncoding(profile);
  if (looksLike === 'Shift_JIS') return 'shift_jis';
  throw new KarteError({ code: 'E_ENCODING_UNKNOWN', file, detail: looksLike });
}

function mismatch(file: string, expected: string, detail: string): KarteError {
  return new KarteError({ code: 'E_ENCODING_MISMATCH', file, expected, detail });
}
