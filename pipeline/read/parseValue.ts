/**
 * Parsers for the value forms of the data contract. Each takes a normalised cell and returns the
 * value, or `null` when the cell does not have the form; the caller decides whether that rejects
 * the row or marks the value missing.
 */
import type { SchoolType } from '../shared/types.js';

const INTEGER = /^\d+$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// Dashes an operator may type between a level's number and letter: ASCII hyphen (NFKC turns the
// full-width one into it), Unicode hyphens and dashes, the minus sign and the katakana long vowel.
const LEVEL_LABEL = /^(\d{1,2})\s*[-\u2010-\u2015\u2212\u30FC]\s*([ABCabc])$/;
const LETTER_STEP: Record<string, number> = { C: 1, B: 2, A: 3 };

/** A whole number written in digits (`007` reads as 7); `null` for anything else. */
export function parseInteger(cell: string): number | null {
  return INTEGER.test(cell) ? Number(cell) : null;
}

/** A decimal number such as `512.3`, `-1` or `.5`; `null` for anything else, including `1e3`. */
export function parseDecimal(cell: string): number | null {
  return DECIMAL.test(cell) ? Number(cell) : null;
}

/** 学年: a whole number, optionally written `6年` or `6年生` as some exports do. */
export function parseGrade(cell: string): number | null {
  return parseInteger(cell.replace(/年生?$/, ''));
}

/** 校種: exactly `小` or `中`. */
export function parseSchoolType(cell: string): SchoolType | null {
  return cell === '小' || cell === '中' ? cell : null;
}

/**
 * A level label `N-X` (N 1–12, X A/B/C) as a step of the 36-step scale:
 * (N − 1) × 3 + (C → 1, B → 2, A → 3). `null` when the label is not of that form.
 */
export function parseLevelStep(cell: string): number | null {
  const match = LEVEL_LABEL.exec(cell);
  if (!match) return null;
  const level = Number(match[1]);
  if (level < 1 || level > 12) return null;
  return (level - 1) * 3 + (LETTER_STEP[match[2]!.toUpperCase()] ?? 0);
}

/** `1` → true, `0` or blank → false; `null` for anything else. */
export function parseFlag(cell: string): boolean | null {
  if (cell === '1') return true;
  if (cell === '0' || cell === '') return false;
  return null;
}

/**
 * A canonical form of a 設問番号, 質問番号 or 項目番号 for matching a column to its master: digits
 * lose leading zeros (`01` and `1` match) and letters are upper-cased (`q01` matches `Q01`).
 */
export function canonicalItemNo(itemNo: string): string {
  return itemNo.toUpperCase().replace(/\d+/g, (digits) => String(Number(digits)));
}
