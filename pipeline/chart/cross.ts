/**
 * Cross analysis chart (クロス分析): one row per answer or band, labels on the left; each
 * group's mean outcome is a point with its 95% interval in its own lane, and the number of
 * students behind it is written beside the interval.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { CrossInput } from './data.js';
import type { PreparedChart } from './prepare.js';
import { buildProfileSpec } from './profile.js';
import {
  categoryStep,
  finiteOrNull,
  legendSignals,
  maxLineCount,
  orderCategories,
  presentGroups,
} from './prepare.js';
import { SIGNAL, TABLE } from './spec-parts.js';
import { INK_MUTED, LABEL_FONT_SIZE } from './style.js';

/** Pixels per group lane within a row: room for the n text beside the point. */
const LANE = 15;

/**
 * The vega-lite spec of every cross chart: the profile chart's rows, points and intervals,
 * with the n of each point written beside its interval. Data: rows of {@link CrossDatum} with
 * `order`, `label` and `end` (where the n text starts) added, in `table`. Signals: value axis
 * title and domain, legend groups, pixels per row.
 */
export function buildCrossSpec(): TopLevelSpec {
  const profile = buildProfileSpec() as TopLevelSpec & { layer: unknown[] };
  return {
    ...profile,
    layer: [
      ...profile.layer,
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'middle',
          dx: 6,
          fontSize: LABEL_FONT_SIZE - 1,
          color: INK_MUTED,
        },
        encoding: {
          x: { field: 'end', type: 'quantitative' },
          text: { field: 'nText' },
          color: { value: INK_MUTED },
        },
      },
    ],
  } as TopLevelSpec;
}

/** Rows and signals of one cross chart. Rows without a finite mean are left out. */
export function prepareCross(input: CrossInput): PreparedChart {
  const rows = input.rows.filter((row) => Number.isFinite(row.mean));
  const categories = orderCategories(rows.map((row) => row.category));
  const lanes = Math.max(1, presentGroups(rows).length);
  return {
    tables: {
      [TABLE]: rows.map((row) => {
        const upper = finiteOrNull(row.upper);
        return {
          group: row.group,
          mean: row.mean,
          lower: finiteOrNull(row.lower),
          upper,
          end: Math.max(row.mean, upper ?? row.mean),
          nText: `n=${row.n}`,
          ...categories.get(row.category)!,
        };
      }),
    },
    signals: {
      xTitle: input.valueTitle,
      valueDomain: input.domain ? [...input.domain] : null,
      [SIGNAL.categoryStep]: categoryStep(maxLineCount(categories.values()), lanes, LANE),
      // The n of each row is written beside it, so the legend names the groups only.
      ...legendSignals(rows.map((row) => ({ group: row.group }))),
    },
  };
}
