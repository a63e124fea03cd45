/**
 * How numbers, intervals, differences and dates are written in the pages. Every number a page
 * prints goes through here, so that a figure reads the same in every table.
 */
import type { MeasureInfo } from '../../analyze/resultsSchema.js';

/** What formatting needs to know about a measure. */
export type NumberStyle = Pick<MeasureInfo, 'unit' | 'decimals'>;

/** The typographic minus: screen readers say "minus", and it is as wide as the plus. */
const MINUS = '−';

/**
 * A number rounded half away from zero to `decimals` places (`toFixed` alone rounds 1.005 to
 * 1.00), written with a typographic minus; a value that rounds to zero is written unsigned.
 */
export function formatNumber(value: number, decimals: number): string {
  const magnitude = Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`);
  const text = magnitude.toFixed(decimals);
  return value < 0 && magnitude !== 0 ? `${MINUS}${text}` : text;
}

/** A figure with its unit, e.g. `62.3%`, `512点`, `15.6段階`. */
export function formatValue(value: number, style: NumberStyle): string {
  return `${formatNumber(value, style.decimals)}${style.unit}`;
}

/** A 95% interval as `lo〜hi`, without unit (the figure beside it carries the unit). */
export function formatInterval(ci: readonly [number, number], style: NumberStyle): string {
  return `${formatNumber(ci[0], style.decimals)}〜${formatNumber(ci[1], style.decimals)}`;
}

/**
 * A difference with its sign, e.g. `+2.2ポイント`, `−12点`: a difference of two percentages is
 * in points (ポイント), not percent.
 */
export function formatDiff(diff: number, style: NumberStyle): string {
  const unit = style.unit === '%' ? 'ポイント' : style.unit;
  return `${formatSigned(diff, style.decimals)}${unit}`;
}

/** A number with its sign and no unit, e.g. `+0.25`, `−0.41`; one that rounds to zero unsigned. */
export function formatSigned(value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return /^[0.]+$/.test(text) || text.startsWith(MINUS) ? text : `+${text}`;
}

/** A share of variance (0–1) in percent with one decimal, e.g. 0.0456 → `4.6%`. */
export function formatVarianceShare(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

/** A share in percent with one decimal, for distribution tables. */
export function formatShare(share: number): string {
  return formatNumber(share, 1);
}

/** An interval of shares of variance, e.g. `0.8%〜4.1%`. */
export function formatShareInterval(ci: readonly [number, number]): string {
  return `${formatVarianceShare(ci[0])}〜${formatVarianceShare(ci[1])}`;
}

/** `2025-10-01` → `2025年10月1日`; any other text is returned as it is. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The fiscal year in the Reiwa era: 2025 → `令和7年度` (令和元年度 is 2019). */
export function formatFiscalYear(year: number): string {
  const reiwa = year - 2018;
  return `令和${reiwa === 1 ? '元' : reiwa}年度`;
}

/** The level a mean step stands for, under the mean: `6-A相当`. */
export function formatLevelEquivalent(step: number): string {
  return `${formatLevel(step)}相当`;
}

/**
 * The level label a step of the 36-step scale stands for, e.g. 16 → `6-C`
 * (DATA-CONTRACT.md: step = (N − 1) × 3 + (C 1, B 2, A 3)). A mean is rounded to its nearest
 * step first; values outside 1–36 are clamped.
 */
export function formatLevel(step: number): string {
  const whole = Math.min(36, Math.max(1, Math.round(step)));
  const level = Math.floor((whole - 1) / 3) + 1;
  const letter = ['C', 'B', 'A'][(whole - 1) % 3]!;
  return `${level}-${letter}`;
}
