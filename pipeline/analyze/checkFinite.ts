/**
 * The last check before results leave the analyze stage: JSON.stringify silently turns NaN and
 * Infinity into null, so a number that is not finite would reach a page as "no data" without a
 * trace. Every statistic here is null where it cannot be computed; a non-finite number is a bug.
 */
import { KarteError } from '../shared/issues.js';

/** The JSON path of the first number in `value` that is NaN or ±Infinity, or null. */
export function findNonFinite(value: unknown, path = '$'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNonFinite(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findNonFinite(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Throws an internal error naming the file and path of a non-finite number. */
export function assertFinite(value: unknown, file: string): void {
  const path = findNonFinite(value);
  if (path !== null) {
    throw new KarteError({ code: 'E_INTERNAL', detail: `${file}: ${path} is not a finite number` });
  }
}
