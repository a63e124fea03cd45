import { describe, expect, it } from 'vitest';
import {
  charWidthEm,
  isBoldWeight,
  isWideCodePoint,
  measureTextWidth,
} from '../../pipeline/chart/measure.js';
import { measureTextItem } from '../../pipeline/chart/text-metrics.js';

const cp = (char: string): number => char.codePointAt(0)!;

describe('measureTextWidth', () => {
  it('counts kanji, kana and full-width forms as one em', () => {
    expect(measureTextWidth('国語', 12)).toBe(24);
    expect(measureTextWidth('プランニング方略', 10)).toBe(80);
    expect(measureTextWidth('ひらがな', 10)).toBe(40);
    expect(measureTextWidth('（１）、。「」・ー', 10)).toBe(90);
  });

  it('gives Latin, digits and punctuation proportional widths below one em', () => {
    expect(measureTextWidth('i', 100)).toBeLessThan(measureTextWidth('m', 100) / 2);
    expect(measureTextWidth('0123456789', 10)).toBeCloseTo(64);
    expect(measureTextWidth('n=58', 10)).toBeCloseTo(6.3 + 8.4 + 6.4 + 6.4);
    for (let code = 0x20; code < 0x7f; code++) {
      const em = charWidthEm(code);
      expect(em).toBeGreaterThan(0.2);
      expect(em).toBeLessThanOrEqual(1);
    }
  });

  it('is much wider than vega’s 0.8 em guess for Japanese and narrower for digits', () => {
    expect(measureTextWidth('話すこと・聞くこと', 12)).toBeGreaterThan(0.8 * 9 * 12);
    expect(measureTextWidth('2025', 12)).toBeLessThan(0.8 * 4 * 12);
  });

  it('widens Latin in bold but not CJK', () => {
    expect(measureTextWidth('Score', 12, true)).toBeGreaterThan(measureTextWidth('Score', 12));
    expect(measureTextWidth('正答率', 12, true)).toBe(measureTextWidth('正答率', 12));
  });

  it('draws half-width katakana half an em and ignores control characters', () => {
    expect(measureTextWidth('ｱｲｳ', 10)).toBe(15);
    expect(measureTextWidth('\u0007', 10)).toBe(0);
  });

  it('counts characters beyond the basic plane once, not per UTF-16 unit', () => {
    expect(measureTextWidth('𠮷', 10)).toBe(10);
  });
});

describe('isWideCodePoint', () => {
  it.each([
    ['一', true],
    ['龥', true],
    ['あ', true],
    ['ヶ', true],
    ['①', true],
    ['※', true],
    ['Ａ', true],
    ['A', false],
    ['é', false],
    ['ｱ', false],
  ])('%s → %s', (char, wide) => {
    expect(isWideCodePoint(cp(char))).toBe(wide);
  });
});

describe('isBoldWeight', () => {
  it('reads names and numbers', () => {
    expect(isBoldWeight('bold')).toBe(true);
    expect(isBoldWeight(700)).toBe(true);
    expect(isBoldWeight('600')).toBe(true);
    expect(isBoldWeight('normal')).toBe(false);
    expect(isBoldWeight(400)).toBe(false);
    expect(isBoldWeight(undefined)).toBe(false);
  });
});

describe('measureTextItem (vega’s textMetrics.width)', () => {
  it('uses the item’s font size, vega’s default 11 when it has none', () => {
    expect(measureTextItem({ fontSize: 12 }, '国語')).toBe(24);
    expect(measureTextItem({}, '国語')).toBe(22);
  });

  it('caps the width at the item’s limit, as vega truncates there', () => {
    expect(measureTextItem({ fontSize: 10, limit: 25 }, '国語国語')).toBe(25);
    expect(measureTextItem({ fontSize: 10, limit: 0 }, '国語国語')).toBe(40);
  });

  it('measures numbers and trims like vega', () => {
    expect(measureTextItem({ fontSize: 10 }, 100)).toBeCloseTo(19.2);
    expect(measureTextItem({ fontSize: 10 }, ' 国 ')).toBe(10);
    expect(measureTextItem({ fontSize: 10 }, null)).toBe(0);
  });
});
