/**
 * The first pass over a file: what its bytes look like, gathered chunk by chunk so that a large
 * file is never held whole. The profile answers which encodings the whole file is valid in and
 * whether it looks like text at all; chooseEncoding.ts decides from it.
 */
import { createReadStream } from 'node:fs';
import { cp932Pairs, isCp932Lead, isCp932Single } from './cp932Pairs.js';
import { readFailure } from './readFailure.js';

/** What the bytes of one file look like. */
export interface ByteProfile {
  bytes: number;
  /** The first bytes, for magic numbers, byte-order marks and the UTF-16 NUL pattern. */
  head: Buffer;
  utf8: boolean;
  utf8Bom: boolean;
  /** Valid CP932: every double-byte pair is one the decoder maps. */
  shiftJis: boolean;
  /** Valid EUC-JP byte structure (used only to name the encoding in an error). */
  eucJp: boolean;
  /** Contains an ISO-2022-JP escape sequence (ESC `$` or ESC `(`). */
  iso2022jp: boolean;
  nul: number;
  /** Control bytes that never occur in CSV text (not tab, line ends, form feed, SUB or ESC). */
  control: number;
}

const HEAD_BYTES = 4096;

/** Feeds chunks of a file and returns its profile. */
export class ByteProfiler {
  private bytes = 0;
  private headChunks: Buffer[] = [];
  private headLength = 0;
  private utf8 = true;
  private readonly utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private shiftJis = true;
  private sjisLead = -1;
  private eucJp = true;
  private eucNeed = 0;
  private eucKana = false;
  private afterEsc = false;
  private iso2022jp = false;
  private nul = 0;
  private control = 0;

  /** Takes the next chunk of the file. */
  feed(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.headChunks.push(Buffer.from(part));
      this.headLength += part.length;
    }
    this.scanBytes(chunk);
    if (this.utf8) {
      try {
        this.utf8Decoder.decode(chunk, { stream: true });
      } catch {
        this.utf8 = false;
      }
    }
  }

  /** The profile of everything fed so far, as a complete file. */
  finish(): ByteProfile {
    if (this.utf8) {
      try {
        this.utf8Decoder.decode();
      } catch {
        this.utf8 = false;
      }
    }
    const head = Buffer.concat(this.headChunks);
    return {
      bytes: this.bytes,
      head,
      utf8: this.utf8,
      utf8Bom: head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf,
      shiftJis: this.shiftJis && this.sjisLead < 0,
      eucJp: this.eucJp && this.eucNeed === 0,
      iso2022jp: this.iso2022jp,
      nul: this.nul,
      control: this.control,
    };
  }

  private scanBytes(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      // Printable ASCII between characters needs no state machine: the common case, kept fast.
      if (byte >= 0x20 && byte < 0x80 && this.sjisLead < 0 && this.eucNeed === 0) {
        if (this.afterEsc && (byte === 0x24 || byte === 0x28)) this.iso2022jp = true;
        this.afterEsc = false;
        continue;
      }
      if (byte < 0x20) this.countControl(byte);
      if (this.afterEsc && (byte === 0x24 || byte === 0x28)) this.iso2022jp = true;
      this.afterEsc = byte === 0x1b;
      if (this.shiftJis) this.stepShiftJis(byte);
      if (this.eucJp) this.stepEucJp(byte);
    }
  }

  private countControl(byte: number): void {
    if (byte === 0) this.nul++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x1a) || byte > 0x1b) this.control++;
  }

  private stepShiftJis(byte: number): void {
    if (this.sjisLead >= 0) {
      if (!cp932Pairs()[(this.sjisLead << 8) | byte]) this.shiftJis = false;
      this.sjisLead = -1;
    } else if (isCp932Lead(byte)) this.sjisLead = byte;
    else if (!isCp932Single(byte)) this.shiftJis = false;
  }

  // EUC-JP: ASCII; 0x8E + one kana byte; 0x8F + two bytes (JIS X 0212); or two bytes 0xA1–0xFE.
  private stepEucJp(byte: number): void {
    if (this.eucNeed > 0) {
      const ok = this.eucKana ? byte >= 0xa1 && byte <= 0xdf : byte >= 0xa1 && byte <= 0xfe;
      if (!ok) this.eucJp = false;
      this.eucNeed--;
      this.eucKana = false;
    } else if (byte < 0x80) return;
    else if (byte === 0x8e) [this.eucNeed, this.eucKana] = [1, true];
    else if (byte === 0x8f) this.eucNeed = 2;
    else if (byte >= 0xa1 && byte <= 0xfe) this.eucNeed = 1;
    else this.eucJp = false;
  }
}

/** Profiles a whole file, streaming it. Throws KarteError E_FILE_UNREADABLE on a read error. */
export async function profileFile(path: string, file: string): Promise<ByteProfile> {
  const profiler = new ByteProfiler();
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      profiler.feed(chunk as Buffer);
    }
  } catch (error) {
    throw readFailure(error, file);
  }
  return profiler.finish();
}
