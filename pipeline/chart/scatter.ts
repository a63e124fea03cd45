/**
 * Class plane (散布図): each student of a class a point at (scale, score), labelled with the
 * 出席番号, and the city's medians as dashed cross-hairs, so a teacher sees who is where.
 * Students at the same spot share one point and one label (`3・17`). A plane may name its four
 * quadrants (the I-SUS groups) outside its corners, and may turn its y axis upside down.
 */
import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ScatterCorner, ScatterInput } from './data.js';
import { GROUP_COLORS } from './palette.js';
import type { PreparedChart } from './prepare.js';
import { SIGNAL, TABLE, buildFrame, buildParams } from './spec-parts.js';
import { INK_MUTED, LABEL_FONT_SIZE } from './style.js';

/** Plot size of the class plane, in pixels. */
export const SCATTER_SIZE = { width: 440, height: 320 } as const;

/** Name of the data source holding the one row of city medians `{x, y}`. */
export const MEDIANS = 'medians';

/** Name of the data source holding the quadrant names `{corner, text}`, or nothing. */
export const QUADRANTS = 'quadrants';

/**
 * Where each corner's name is drawn, in pixels from the plot's top left: above the plot for
 * the top corners, below the x axis and its title for the bottom ones.
 */
const QUADRANT_SPOTS: Readonly<
  Record<ScatterCorner, { x: number; y: number; align: 'left' | 'right' }>
> = {
  topLeft: { x: 0, y: -8, align: 'left' },
  topRight: { x: SCATTER_SIZE.width, y: -8, align: 'right' },
  bottomLeft: { x: 0, y: SCATTER_SIZE.height + 40, align: 'left' },
  bottomRight: { x: SCATTER_SIZE.width, y: SCATTER_SIZE.height + 40, align: 'right' },
};

/** Name vega-lite gives the seat-label text mark (layer name + `_marks`). */
const SEAT_LABEL_MARKS = 'seat_labels_marks';

/** Where a label may sit around its point, in order of preference. */
const LABEL_ANCHORS = [
  'right',
  'left',
  'top',
  'bottom',
  'top-right',
  'top-left',
  'bottom-right',
  'bottom-left',
] as const;

/** Pixels between a point's centre and its label: past the point's radius. */
const LABEL_OFFSET = 5;

const POINT = { size: 44, color: GROUP_COLORS['本学級'] } as const;

/**
 * The vega-lite spec of every class plane. Data: `table` holds one row per spot
 * `{x, y, seats}`, `medians` holds `{x, y}` of the city or nothing. Signals: both axis titles
 * and domains. The seat labels are placed by {@link addSeatLabels} on the compiled spec.
 */
export function buildScatterSpec(): TopLevelSpec {
  const x = {
    field: 'x',
    type: 'quantitative',
    scale: { zero: false, nice: true, domainRaw: { signal: 'xDomain' } },
    axis: { title: { signal: SIGNAL.xTitle }, grid: true, tickCount: 6 },
  } as const;
  const y = {
    field: 'y',
    type: 'quantitative',
    scale: {
      zero: false,
      nice: true,
      domainRaw: { signal: 'yDomain' },
      reverse: { signal: 'yReverse' },
    },
    axis: { title: { signal: SIGNAL.yTitle }, grid: true, tickCount: 6 },
  } as const;
  const rule = {
    type: 'rule',
    color: GROUP_COLORS['市全体'],
    strokeWidth: 1.5,
    strokeDash: [6, 4],
  };
  return {
    ...buildFrame(),
    params: [
      ...buildParams(['xTitle', 'yTitle']),
      { name: 'xDomain', value: null },
      { name: 'yDomain', value: null },
      { name: 'yReverse', value: false },
    ],
    ...SCATTER_SIZE,
    layer: [
      { data: { name: MEDIANS }, mark: rule, encoding: { x } },
      { data: { name: MEDIANS }, mark: rule, encoding: { y } },
      { mark: { type: 'point', filled: true, opacity: 1, ...POINT }, encoding: { x, y } },
      {
        name: 'seat_labels',
        mark: { type: 'text', fontSize: LABEL_FONT_SIZE - 1, color: INK_MUTED },
        encoding: { x, y, text: { field: 'seats' } },
      },
      ...(Object.keys(QUADRANT_SPOTS) as ScatterCorner[]).map((corner) => {
        const spot = QUADRANT_SPOTS[corner];
        return {
          data: { name: QUADRANTS },
          transform: [{ filter: `datum.corner === '${corner}'` }],
          mark: {
            type: 'text',
            align: spot.align,
            baseline: spot.y < 0 ? 'bottom' : 'top',
            fontSize: LABEL_FONT_SIZE,
            fontWeight: 'bold',
            color: INK_MUTED,
          },
          encoding: { x: { value: spot.x }, y: { value: spot.y }, text: { field: 'text' } },
        };
      }),
    ],
  } as TopLevelSpec;
}

/**
 * Adds vega's label transform to the compiled seat-label mark: each label is moved to a spot
 * beside its point where it covers no other label and no point's centre. (vega-lite has no
 * label placement.) The labels do not take the points as reactive geometry: that path of the
 * transform draws the points on a canvas, which Node does not have.
 */
export function addSeatLabels(spec: VegaSpec): VegaSpec {
  const marks = (spec.marks ?? []).map((mark) =>
    mark.name === SEAT_LABEL_MARKS
      ? {
          ...mark,
          transform: [
            {
              type: 'label' as const,
              size: { signal: '[width, height]' },
              anchor: [...LABEL_ANCHORS],
              offset: LABEL_ANCHORS.map(() => LABEL_OFFSET),
              // LIMITATION: a label that fits nowhere beside its point is hidden (and dropped
              // from the SVG); in a crowded plane a few seat numbers can be missing.
            },
          ],
        }
      : mark,
  );
  if (!marks.some((mark) => mark.name === SEAT_LABEL_MARKS)) {
    throw new Error(`compiled class plane has no mark named ${SEAT_LABEL_MARKS}`);
  }
  return { ...spec, marks };
}

/** Rows and signals of one class plane. Students without both coordinates are left out. */
export function prepareScatter(input: ScatterInput): PreparedChart {
  const spots = new Map<string, { x: number; y: number; seats: number[] }>();
  for (const row of input.rows) {
    if (!Number.isFinite(row.x) || !Number.isFinite(row.y)) continue;
    const key = `${row.x}|${row.y}`;
    const spot = spots.get(key) ?? { x: row.x, y: row.y, seats: [] };
    spot.seats.push(row.seat);
    spots.set(key, spot);
  }
  const medians = input.medians;
  return {
    tables: {
      [TABLE]: [...spots.values()].map((spot) => ({
        x: spot.x,
        y: spot.y,
        seats: spot.seats.sort((a, b) => a - b).join('・'),
      })),
      [MEDIANS]:
        medians && Number.isFinite(medians.x) && Number.isFinite(medians.y) ? [{ ...medians }] : [],
      [QUADRANTS]: Object.entries(input.quadrants ?? {}).map(([corner, text]) => ({
        corner,
        text,
      })),
    },
    signals: {
      xTitle: input.xTitle,
      yTitle: input.yTitle,
      xDomain: input.xDomain ? [...input.xDomain] : null,
      yDomain: input.yDomain ? [...input.yDomain] : null,
      yReverse: input.yReverse ?? false,
    },
  };
}
