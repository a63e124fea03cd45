/**
 * Test helper: reads what the browser tests need from a PDF as Chromium (Skia) writes it — a
 * classic cross-reference table, no object streams: the pages in order, each page's link
 * annotations (URI and rectangle), the document title, the fonts, and the characters the
 * fonts' ToUnicode maps can produce. Written by hand because no test may depend on poppler, and
 * these few lookups do not earn a PDF library; anything it does not understand throws.
 */
import { inflateSync } from 'node:zlib';

export interface PdfLink {
  uri: string;
  /** [x1, y1, x2, y2] in PDF points, origin at the bottom left of the page. */
  rect: [number, number, number, number];
}

export interface PdfDocument {
  /** The pages in reading order, with their link annotations. */
  pages: { links: PdfLink[] }[];
  /** `/Count` of the root page tree (to cross-check `pages.length`). */
  count: number;
  title: string | null;
  /** `/BaseFont` or `/FontName` of every font and font descriptor (Skia draws CFF fonts as Type 3). */
  fonts: string[];
  /** Every character the fonts' ToUnicode maps and the pages' /ActualText spans give. */
  characters: Set<string>;
}

/** Parses `bytes`; throws when they are not a PDF of the expected shape. */
export function readPdf(bytes: Uint8Array): PdfDocument {
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF');
  const offsets = readXref(text);
  const objectAt = (num: number): string => {
    const at = offsets.get(num);
    if (at === undefined) throw new Error(`object ${num} is not in the cross-reference table`);
    const head = `${num} 0 obj`;
    if (text.slice(at, at + head.length) !== head) throw new Error(`object ${num} not at ${at}`);
    const end = text.indexOf('endobj', at);
    return text.slice(at + head.length, end);
  };
  const dictOf = (num: number): string => objectAt(num).split(/\bstream\r?\n/)[0]!;

  const trailer = text.slice(text.lastIndexOf('trailer'));
  const root = dictOf(refOf(trailer, 'Root'));
  const pagesRoot = refOf(root, 'Pages');
  const count = Number(/\/Count (\d+)/.exec(dictOf(pagesRoot))?.[1]);

  const pages: PdfDocument['pages'] = [];
  const characters = new Set<string>();
  const walk = (num: number): void => {
    const dict = dictOf(num);
    if (/\/Type \/Pages\b/.test(dict)) {
      for (const kid of refsIn(arrayOf(dict, 'Kids', dictOf))) walk(kid);
    } else if (/\/Type \/Page\b/.test(dict)) {
      const annots = /\/Annots\b/.test(dict) ? refsIn(arrayOf(dict, 'Annots', dictOf)) : [];
      pages.push({ links: annots.map((a) => linkOf(dictOf(a))).filter((l) => l !== null) });
      // Glyphs a font maps to more than one character (立 shares its glyph with U+F9F7) are
      // left out of its ToUnicode map; Skia gives their text in the page as /ActualText.
      const contents = /\/Contents\b/.test(dict) ? refsIn(arrayOf(dict, 'Contents', dictOf)) : [];
      if (contents.length === 0 && /\/Contents (\d+) 0 R/.test(dict))
        contents.push(refOf(dict, 'Contents'));
      for (const stream of contents)
        for (const [, token] of streamOf(stream)
          .toString('latin1')
          .matchAll(/\/ActualText\s*(<[0-9A-Fa-f]*>|\((?:[^\\)]|\\.)*\))/g))
          for (const ch of pdfString(token) ?? '') characters.add(ch);
    } else throw new Error(`object ${num} in the page tree is neither /Page nor /Pages`);
  };
  walk(pagesRoot);

  const infoRef = /\/Info (\d+) 0 R/.exec(trailer);
  const title = infoRef
    ? pdfString(
        /\/Title\s*(<[0-9A-Fa-f]*>|\((?:[^\\)]|\\.)*\))/.exec(dictOf(Number(infoRef[1])))?.[1],
      )
    : null;

  const fonts: string[] = [];
  for (const num of offsets.keys()) {
    const dict = dictOf(num);
    const font = /\/(?:BaseFont|FontName) \/([^\s/<>[\]]+)/.exec(dict);
    if (font && /\/Type \/Font(?:Descriptor)?\b/.test(dict)) fonts.push(font[1]!);
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(dict);
    if (toUnicode)
      for (const ch of cmapCharacters(streamOf(Number(toUnicode[1])))) characters.add(ch);
  }
  return { pages, count, title, fonts, characters };

  function streamOf(num: number): Buffer {
    const at = offsets.get(num)!;
    const dict = dictOf(num);
    const lengthRef = /\/Length (\d+) 0 R/.exec(dict);
    const length = lengthRef
      ? Number(/^\s*(\d+)/.exec(objectAt(Number(lengthRef[1])))![1])
      : Number(/\/Length (\d+)/.exec(dict)![1]);
    const start =
      text.indexOf('stream', at + `${num} 0 obj`.length + dict.length) + 'stream'.length;
    const dataStart = text[start] === '\r' ? start + 2 : start + 1;
    const data = Buffer.from(bytes.subarray(dataStart, dataStart + length));
    return /\/Filter \/FlateDecode/.test(dict) ? inflateSync(data) : data;
  }
}

function readXref(text: string): Map<number, number> {
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  if (!Number.isFinite(start) || !text.startsWith('xref', start))
    throw new Error('no classic cross-reference table (object streams are not supported)');
  const offsets = new Map<number, number>();
  const lines = text
    .slice(start + 4, text.indexOf('trailer', start))
    .trim()
    .split(/\r?\n/);
  let num = 0;
  for (const line of lines) {
    const section = /^(\d+) (\d+)$/.exec(line.trim());
    if (section) {
      num = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
    if (!entry) throw new Error(`bad cross-reference line: ${line}`);
    if (entry[3] === 'n') offsets.set(num, Number(entry[1]));
    num += 1;
  }
  return offsets;
}

function refOf(dict: string, key: string): number {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  if (!match) throw new Error(`no /${key} reference`);
  return Number(match[1]);
}

/** An array value, inline (`/Kids [1 0 R]`) or as a reference to an array object. */
function arrayOf(dict: string, key: string, dictOf: (num: number) => string): string {
  const inline = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(dict);
  if (inline) return inline[1]!;
  const ref = refOf(dict, key);
  return /\[([^\]]*)\]/.exec(dictOf(ref))?.[1] ?? '';
}

const refsIn = (array: string): number[] =>
  [...array.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

function linkOf(dict: string): PdfLink | null {
  if (!/\/Subtype \/Link\b/.test(dict)) return null;
  const uri = pdfString(/\/URI\s*(\((?:[^\\)]|\\.)*\)|<[0-9A-Fa-f]*>)/.exec(dict)?.[1]);
  const rect = /\/Rect \[([^\]]*)\]/.exec(dict)?.[1]?.trim().split(/\s+/).map(Number);
  if (uri === null || !rect || rect.length !== 4) return null;
  return { uri, rect: rect as PdfLink['rect'] };
}

/** A PDF string token (`(literal)` or `<hex>`), UTF-16BE when it starts with a BOM. */
function pdfString(token: string | undefined): string | null {
  if (token === undefined) return null;
  let raw: Buffer;
  if (token.startsWith('<')) raw = Buffer.from(token.slice(1, -1), 'hex');
  else
    raw = Buffer.from(
      token
        .slice(1, -1)
        .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
          /^[0-7]/.test(e)
            ? String.fromCharCode(parseInt(e, 8))
            : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
        ),
      'latin1',
    );
  if (raw[0] === 0xfe && raw[1] === 0xff) return raw.subarray(2).swap16().toString('utf16le');
  return raw.toString('latin1');
}

/** The characters on the Unicode side of a ToUnicode CMap (bfchar and bfrange). */
function cmapCharacters(cmap: Buffer): string[] {
  const text = cmap.toString('latin1');
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  const out: string[] = [];
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, , to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      out.push(utf16(to!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, to] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = utf16(to!).codePointAt(0)!;
      for (let i = 0; i <= parseInt(hi!, 16) - parseInt(lo!, 16); i++)
        out.push(String.fromCodePoint(first + i));
    }
  return out;
}
