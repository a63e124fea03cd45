/**
 * Turning a chart's input rows into what a compiled chart kind reads: category order and
 * wrapped labels as row fields, and the per-chart signals (legend groups and their n).
 */
import type { GroupName } from './palette.js';
import { GROUP_ORDER } from './palette.js';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, LABEL_WRAP_WIDTH } from './style.js';
import { wrapLabel } from './wrap.js';

/** Rows for named data sources and values for signals: everything one chart varies in. */
export interface PreparedChart {
  tables: Record<string, object[]>;
  signals: Record<string, unknown>;
}

/**
 * Each distinct category in first-seen order, with its position and its label wrapped to
 * {@link LABEL_WRAP_WIDTH} (or `wrapWidth`). Returns a lookup from category to both.
 */
export function orderCategories(
  categories: readonly string[],
  wrapWidth = LABEL_WRAP_WIDTH,
): Map<string, { order: number; label: string }> {
  const lookup = new Map<string, { order: number; label: string }>();
  for (const category of categories) {
    if (lookup.has(category)) continue;
    lookup.set(category, {
      order: lookup.size,
      label: wrapLabel(category, wrapWidth, LABEL_FONT_SIZE),
    });
  }
  return lookup;
}

/** The number of lines of the longest wrapped label. */
export function maxLineCount(labels: Iterable<{ label: string }>): number {
  let most = 1;
  for (const { label } of labels) most = Math.max(most, label.split('\n').length);
  return most;
}

/** Inner padding of banded category axes: the share of a step left empty between bands. */
export const BAND_PADDING = 0.2;

/**
 * Pixels per category along a banded axis: room for `lanes` marks of `perLane` pixels side by
 * side inside the band, and at least the height of the longest wrapped label plus a gap, so
 * neighbouring labels never touch.
 */
export function categoryStep(lines: number, lanes: number, perLane: number): number {
  const forLabel = lines * LABEL_LINE_HEIGHT + 10;
  const forLanes = Math.ceil((lanes * perLane) / (1 - BAND_PADDING));
  return Math.max(28, forLabel, forLanes);
}

/** The groups present in rows, in {@link GROUP_ORDER}. */
export function presentGroups(rows: readonly { group: GroupName }[]): GroupName[] {
  const present = new Set(rows.map((row) => row.group));
  return GROUP_ORDER.filter((group) => present.has(group));
}

/**
 * Legend text after each group's name: `（n=58）` when every figure of the group stands on the
 * same number of students, `（n=55〜58）` when they differ, nothing when no n is known
 * (published values). With a `unit` the number counts something else: `（5校）`, `（5〜7校）`.
 */
export function legendSuffixes(
  rows: readonly { group: GroupName; n?: number | null }[],
  unit?: string,
): Partial<Record<GroupName, string>> {
  const ranges = new Map<GroupName, [number, number]>();
  for (const { group, n } of rows) {
    if (n == null || !Number.isFinite(n)) continue;
    const range = ranges.get(group);
    if (range === undefined) ranges.set(group, [n, n]);
    else ranges.set(group, [Math.min(range[0], n), Math.max(range[1], n)]);
  }
  const suffixes: Partial<Record<GroupName, string>> = {};
  for (const [group, [low, high]] of ranges) {
    const count = low === high ? `${low}` : `${low}〜${high}`;
    suffixes[group] = unit === undefined ? `（n=${count}）` : `（${count}${unit}）`;
  }
  return suffixes;
}

/** The two legend signals for rows with groups and n (counted in `unit`, if given). */
export function legendSignals(
  rows: readonly { group: GroupName; n?: number | null }[],
  unit?: string,
): Record<string, unknown> {
  return { legendGroups: presentGroups(rows), legendSuffix: legendSuffixes(rows, unit) };
}

/** A finite number or `null`, for optional interval ends. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return value != null && Number.isFinite(value) ? value : null;
}
