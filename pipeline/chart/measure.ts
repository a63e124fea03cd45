/**
 * Text width without a canvas. Vega measures text with a canvas when one is installed and
 * otherwise guesses 0.8 em per character, which is too wide for Latin and far too narrow for
 * Japanese (a kanji or kana is a full em). This measurer counts East Asian wide and fullwidth
 * characters as 1 em and gives printable ASCII proportional widths, so axes, legends and titles
 * leave the right room for Japanese labels.
 */

// Advance widths of the printable ASCII characters U+0020–U+007E in hundredths of an em, the
// larger of "Noto Sans CJK JP" and "DejaVu Sans" as measured by Chromium's canvas at 100 px.
// DejaVu stands in for Meiryo's wide Verdana-like Latin; taking the larger keeps labels from
// being clipped whichever font of the stack the reader's machine picks.
const ASCII_REGULAR = [
  32, 40, 47, 84, 64, 95, 78, 28, 39, 39, 50, 84, 32, 36, 32, 39, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 53, 66, 56, 86, 75, 79,
  63, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 39, 39, 84, 56, 61, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
const ASCII_BOLD = [
  35, 46, 57, 84, 70, 100, 87, 32, 46, 46, 52, 84, 38, 42, 38, 39, 70, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 40, 40, 84, 84, 84, 58, 101, 77, 76, 73, 83, 68, 68, 82, 84, 37, 57, 77, 64, 100, 84, 85,
  73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 39, 46, 84, 57, 63, 67, 72, 59, 72, 68, 44, 72,
  71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];

// Code point ranges drawn a full em wide in Japanese fonts: the East Asian Wide and Fullwidth
// blocks, plus the "ambiguous" symbols (arrows, maths, box drawing, shapes such as ○●△※,
// circled numbers) that Japanese fonts also draw full width. Sorted, inclusive.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2010, 0x2010], // hyphen (ambiguous)
  [0x2013, 0x2016], // dashes, double vertical line
  [0x2018, 0x2019], // single quotes
  [0x201c, 0x201d], // double quotes
  [0x2020, 0x2022], // daggers, bullet
  [0x2025, 0x2027], // two-dot and three-dot leaders
  [0x2030, 0x2030], // per mille
  [0x2032, 0x2033], // primes
  [0x203b, 0x203b], // reference mark ※
  [0x2100, 0x21ff], // letterlike symbols, number forms (Ⅰ), arrows
  [0x2200, 0x22ff], // mathematical operators
  [0x2460, 0x24ff], // enclosed alphanumerics ①
  [0x2500, 0x27bf], // box drawing, blocks, geometric shapes, miscellaneous symbols, dingbats
  [0x2e80, 0x303e], // CJK radicals, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // hiragana, katakana, bopomofo, kanbun, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII variants （）１Ａ
  [0xffe0, 0xffe6], // fullwidth signs ￥
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental pictographs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

// Halfwidth katakana and halfwidth forms: half an em, like the fonts draw them.
const HALF_START = 0xff61;
const HALF_END = 0xffdc;

// Latin-1, Greek, Cyrillic and other narrow scripts the table does not list: a generous average.
const OTHER_NARROW_EM = 0.65;

/** Whether a code point is drawn a full em wide in a Japanese font. */
export function isWideCodePoint(codePoint: number): boolean {
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = WIDE_RANGES[mid]!;
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The advance width of one character in em, regular or bold. Control characters are 0. */
export function charWidthEm(codePoint: number, bold = false): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) {
    return (bold ? ASCII_BOLD : ASCII_REGULAR)[codePoint - 0x20]! / 100;
  }
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0; // combining marks
  if (codePoint >= HALF_START && codePoint <= HALF_END) return 0.5;
  if (isWideCodePoint(codePoint)) return 1;
  return OTHER_NARROW_EM;
}

/**
 * The width in pixels of one line of text at a font size in pixels. `bold` widens Latin
 * characters as a bold face does; CJK characters stay one em. Newlines are not interpreted:
 * measure each line of a multi-line label on its own.
 */
export function measureTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidthEm(char.codePointAt(0)!, bold);
  return ems * fontSize;
}

/** Whether a CSS font weight (`bold`, `600`, …) is drawn with a bold face. */
export function isBoldWeight(weight: string | number | null | undefined): boolean {
  if (weight == null) return false;
  if (weight === 'bold' || weight === 'bolder') return true;
  const numeric = Number(weight);
  return Number.isFinite(numeric) && numeric >= 600;
}
