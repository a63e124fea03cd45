/**
 * Reading one value of a kept row: a blank is missing without comment; a value that cannot be read
 * or is out of range becomes missing with a warning naming the column and the value.
 */
import type { Column } from './header.js';
import { parseDecimal, parseInteger } from './parseValue.js';
import { cellOf, type RowInput } from './rowProblem.js';

/** A plausible range for a numeric column; `label` is how the range reads in a warning. */
export interface NumberRange {
  min: number;
  max: number;
  integer: boolean;
  label: string;
}

/** The ranges of the data contract. */
export const RANGES = {
  /** IRT scaled score: about 200–800; anything outside 0–1000 is not a score. */
  irt: { min: 0, max: 1000, integer: false, label: '0–1000' },
  irtBand: { min: 1, max: 5, integer: true, label: '1–5' },
  rate: { min: 0, max: 100, integer: false, label: '0–100' },
  scale: { min: 1, max: 4, integer: false, label: '1.00–4.00' },
  isusAnswer: { min: 1, max: 4, integer: true, label: '1–4' },
  levelStep: { min: 1, max: 36, integer: false, label: '1–36' },
  growth: { min: -35, max: 35, integer: false, label: '-35–35' },
} satisfies Record<string, NumberRange>;

/**
 * The number in a column, or `null`: blank is missing; text that is not a number (or not a whole
 * number, for an integer range) warns W_VALUE_INVALID; a number outside the range warns
 * W_VALUE_OUT_OF_RANGE.
 */
export function readNumber(
  input: RowInput,
  column: Column | undefined,
  range: NumberRange,
): number | null {
  const cell = cellOf(input, column);
  if (cell === '' || !column) return null;
  const value = range.integer ? parseInteger(cell) : parseDecimal(cell);
  if (value === null) {
    input.warn({
      code: 'W_VALUE_INVALID',
      column: column.header,
      value: cell,
      expected: range.label,
    });
    return null;
  }
  if (value < range.min || value > range.max) {
    input.warn({
      code: 'W_VALUE_OUT_OF_RANGE',
      column: column.header,
      value: cell,
      expected: range.label,
    });
    return null;
  }
  return value;
}

/**
 * The value of a column restricted to listed codes, or `null`: blank is missing; anything else
 * warns W_VALUE_INVALID with the allowed codes.
 */
export function readCode<T>(
  input: RowInput,
  column: Column | undefined,
  codes: ReadonlyMap<string, T>,
  label: string,
): T | null {
  const cell = cellOf(input, column);
  if (cell === '' || !column) return null;
  const value = codes.get(cell);
  if (value !== undefined) return value;
  input.warn({ code: 'W_VALUE_INVALID', column: column.header, value: cell, expected: label });
  return null;
}
