/**
 * The groups as the pages colour them: each chart group's CSS key and colour, taken from the
 * chart palette so that a table's swatch matches the chart above it.
 */
import type { GroupName } from '../chart/palette.js';
import { GROUP_COLORS, GROUP_ORDER } from '../chart/palette.js';
import type { GroupKey } from './view.js';

/** CSS key of each group: `--group-<key>` holds its colour, `.g-<key>` draws its swatch. */
export const GROUP_KEYS: Readonly<Record<GroupName, GroupKey>> = {
  本学級: 'class',
  本校: 'school',
  市全体: 'city',
  福島県: 'prefecture',
  全国: 'nation',
};

/** Every group's key and colour, in legend order, for the page's CSS variables. */
export function groupColors(): { key: GroupKey; color: string }[] {
  return GROUP_ORDER.map((group) => ({ key: GROUP_KEYS[group], color: GROUP_COLORS[group] }));
}
