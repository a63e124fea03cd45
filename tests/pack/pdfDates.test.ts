/** A printed PDF's dates pinned to the build date, with every byte offset unchanged. */
import { describe, expect, it } from 'vitest';
import { pinPdfDates } from '../../pipeline/pack/pdfDates.js';

const pdf = (created: string, modified: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj\n<</Title (x)\n/CreationDate (D:${created})\n/ModDate (D:${modified})>>\nendobj\n`,
  );
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('pinPdfDates', () => {
  it('sets both dates to midnight of the build date and keeps the zone and the length', () => {
    const before = pdf("20261203165413+00'00'", "20261203165414+00'00'");
    const after = pinPdfDates(before, '2025-10-15');
    expect(after.length).toBe(before.length);
    expect(text(after)).toContain("/CreationDate (D:20251015000000+00'00')");
    expect(text(after)).toContain("/ModDate (D:20251015000000+00'00')");
  });

  it('gives the same bytes for two prints at different times', () => {
    const a = pinPdfDates(pdf('20261203165413Z', '20261203165413Z'), '2025-10-15');
    const b = pinPdfDates(pdf('20270101000001Z', '20270101000002Z'), '2025-10-15');
    expect(text(a)).toBe(text(b));
  });

  it('leaves bytes without dates alone and refuses a bad build date', () => {
    const plain = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    expect(text(pinPdfDates(plain, '2025-10-15'))).toBe(text(plain));
    expect(() => pinPdfDates(plain, '15.10.2025')).toThrow(/YYYY-MM-DD/);
  });
});
