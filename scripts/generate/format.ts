/**
 * Cell formatting for the generated CSV files: numbers as the real exports print them.
 */

/** A number with exactly `digits` decimals (`2.5` → `2.50`), or blank for null. */
export function fixed(value: number | null, digits: number): string {
  return value === null ? '' : value.toFixed(digits);
}

/** A whole number padded with zeros to two digits (`3` → `03`), as item and question numbers are. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `01`, `02`, … `count`. */
export function numbers2(count: number): string[] {
  return Array.from({ length: count }, (_, i) => pad2(i + 1));
}
