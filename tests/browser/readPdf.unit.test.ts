/** The test helper that reads PDFs, on a small PDF written by hand in the shape Skia writes. */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPdf } from './readPdf.js';

/** A PDF from object bodies (numbered from 1), with a correct cross-reference table. */
function pdfOf(objects: (string | Buffer)[], root: number, info: number): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<</Size ${objects.length + 1}\n/Root ${root} 0 R\n/Info ${info} 0 R>>\n` +
    `startxref\n${length}\n%%EOF`;
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

/** A Flate stream object's body. */
const streamObject = (data: Buffer) =>
  Buffer.concat([
    Buffer.from(`<</Filter /FlateDecode\n/Length ${data.length}>> stream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);

const cmap = deflateSync(
  Buffer.from(
    '1 beginbfchar\n<0003> <5B66>\nendbfchar\n1 beginbfrange\n<0004> <0005> <6821>\nendbfrange\n',
  ),
);

const OBJECTS: (string | Buffer)[] = [
  /* 1 */ '<</Type /Catalog\n/Pages 2 0 R>>',
  /* 2 */ '<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>',
  /* 3 */ '<</Type /Pages\n/Count 2\n/Kids [5 0 R 6 0 R]\n/Parent 2 0 R>>',
  /* 4 */ '<</Type /Page\n/Parent 2 0 R\n/Annots 9 0 R>>',
  /* 5 */ '<</Type /Page\n/Parent 3 0 R\n/Annots [7 0 R 8 0 R]>>',
  /* 6 */ '<</Type /Page\n/Parent 3 0 R\n/Contents 15 0 R>>',
  /* 7 */ '<</Type /Annot\n/Subtype /Link\n/Rect [10 20 110 220]\n/A <</S /URI\n/URI (https://x.invalid/a\\(1\\))>>>>',
  /* 8 */ '<</Type /Annot\n/Subtype /Text\n/Rect [0 0 1 1]>>',
  /* 9 */ '[10 0 R]',
  /* 10 */ '<</Type /Annot\n/Subtype /Link\n/Rect [1 2 3 4]\n/A <</S /URI\n/URI (https://x.invalid/b)>>>>',
  /* 11 */ '<</Title <FEFF5B66682100200031>>>',
  /* 12 */ '<</Type /Font\n/Subtype /Type3\n/ToUnicode 13 0 R\n/FontDescriptor 14 0 R>>',
  /* 13 */ streamObject(cmap),
  /* 14 */ '<</Type /FontDescriptor\n/FontName /AAAAAA+NotoSansCJKjp-Regular>>',
  /* 15 */ streamObject(
    deflateSync(Buffer.from('BT\n/Span<</ActualText <FEFF7ACB> >> BDC\n<22> Tj\nEMC\nET')),
  ),
];

describe('readPdf', () => {
  const pdf = readPdf(pdfOf(OBJECTS, 1, 11));

  it('lists the pages in reading order through nested page trees', () => {
    expect(pdf.count).toBe(3);
    expect(pdf.pages).toHaveLength(3);
    expect(pdf.pages.map((p) => p.links.map((l) => l.uri))).toEqual([
      ['https://x.invalid/a(1)'],
      [],
      ['https://x.invalid/b'],
    ]);
    expect(pdf.pages[0]!.links[0]!.rect).toEqual([10, 20, 110, 220]);
  });

  it('reads the UTF-16 title, the font names, and the characters of the ToUnicode maps and of the pages’ ActualText', () => {
    expect(pdf.title).toBe('学校 1');
    expect(pdf.fonts).toEqual(['AAAAAA+NotoSansCJKjp-Regular']);
    expect([...pdf.characters].sort()).toEqual(['学', '校', '栢', '立'].sort());
  });

  it('refuses what is not a PDF of that shape', () => {
    expect(() => readPdf(Buffer.from('hello'))).toThrow(/not a PDF/);
    const noXref = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\nstartxref\n3\n%%EOF');
    expect(() => readPdf(noXref)).toThrow(/cross-reference/);
  });
});
