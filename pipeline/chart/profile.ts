/**
 * Scale profile (尺度プロフィール): one row per scale in the order of the rows, labels on the
 * left; each group's mean is a point with its 95% interval, groups in lanes within the row, so
 * 本学級/本校 read against 市全体 scale by scale.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ProfileInput } from './data.js';
import type { PreparedChart } from './prepare.js';
import {
  categoryStep,
  finiteOrNull,
  legendSignals,
  maxLineCount,
  orderCategories,
  presentGroups,
} from './prepare.js';
import {
  SIGNAL,
  TABLE,
  buildCategoryY,
  buildFrame,
  buildGroupColor,
  buildGroupLane,
  buildParams,
  buildValueX,
} from './spec-parts.js';
import { HORIZONTAL_PLOT_WIDTH } from './style.js';

/** Pixels per group lane within a row. */
const LANE = 12;

/**
 * The vega-lite spec of every profile chart. Data: rows of {@link ProfileDatum} with `order`
 * and `label` added, in `table`. Signals: value axis title and domain, legend groups and n,
 * pixels per row.
 */
export function buildProfileSpec(): TopLevelSpec {
  return {
    ...buildFrame(),
    params: buildParams(['xTitle', 'legendGroups', 'legendSuffix', 'valueDomain']),
    width: HORIZONTAL_PLOT_WIDTH,
    height: { step: 30, for: 'position' },
    encoding: {
      y: buildCategoryY(),
      yOffset: buildGroupLane(),
      x: buildValueX('mean'),
      color: buildGroupColor(),
    },
    layer: [
      {
        transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: { x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } },
      },
      { mark: { type: 'point', filled: true, size: 56, opacity: 1 } },
    ],
  };
}

/** Rows and signals of one profile chart. Rows without a finite mean are left out. */
export function prepareProfile(input: ProfileInput): PreparedChart {
  const rows = input.rows.filter((row) => Number.isFinite(row.mean));
  const scales = orderCategories(rows.map((row) => row.scale));
  const lanes = Math.max(1, presentGroups(rows).length);
  return {
    tables: {
      [TABLE]: rows.map((row) => ({
        group: row.group,
        mean: row.mean,
        lower: finiteOrNull(row.lower),
        upper: finiteOrNull(row.upper),
        ...scales.get(row.scale)!,
      })),
    },
    signals: {
      xTitle: input.valueTitle,
      valueDomain: input.domain ? [...input.domain] : null,
      [SIGNAL.categoryStep]: categoryStep(maxLineCount(scales.values()), lanes, LANE),
      ...legendSignals(rows),
    },
  };
}
