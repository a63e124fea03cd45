/**
 * The I-SUS plane of a class (4群): each student a point of 承認 (x) against 被侵害 (y, drawn
 * upside down so that the favourable corner is top right, as on the score planes), cut at the
 * city's medians into four groups — 満足群, 非承認群, 侵害行為認知群, 不満足群 — named on the plane
 * and counted, with seat numbers, in the table under it.
 */
import type { ClassResults } from '../analyze/resultsSchema.js';
import type { ScatterCorner, ScatterDatum } from '../chart/data.js';
import { ISUS_ANCHOR } from './anchors.js';
import { formatNumber } from './words/format.js';
import { SCALE_DOMAIN, valueOf } from './scatter.js';
import { buildPartTable, buildPointTable, type PlanePart } from './scatterTables.js';
import type { Scope } from './scope.js';
import type { BlockView } from './view.js';
import { ISUS_PLANE_SCALES } from './words/domain.js';
import { POINTS_SUMMARY, ROW_HEADS } from './words/figures.js';
import {
  ISUS_AXES,
  ISUS_BLOCK_HEADING,
  ISUS_GROUPS,
  ISUS_NO_MEDIANS,
  ISUS_TITLE,
  isusCaption,
} from './words/planes.js';

type Medians = { x: number; y: number };

/**
 * Whether a student is in a group. 承認 and 被侵害 count as high at or above the city's median,
 * so a student exactly on the 被侵害 median is counted with the students who report more of it.
 */
const MEMBERSHIP: Readonly<
  Record<(typeof ISUS_GROUPS)[number]['key'], (d: ScatterDatum, m: Medians) => boolean>
> = {
  satisfied: (d, m) => d.x >= m.x && d.y < m.y,
  unrecognized: (d, m) => d.x < m.x && d.y < m.y,
  infringed: (d, m) => d.x >= m.x && d.y >= m.y,
  dissatisfied: (d, m) => d.x < m.x && d.y >= m.y,
};

/** The I-SUS plane of a class; null where the results lack either scale or every student's pair. */
export function buildIsusPlaneBlock(
  scope: Scope,
  points: ClassResults['points'],
): BlockView | null {
  const xInfo = scope.measures.get(ISUS_PLANE_SCALES.x);
  const yInfo = scope.measures.get(ISUS_PLANE_SCALES.y);
  if (!xInfo || !yInfo) return null;
  const rows: ScatterDatum[] = [];
  for (const point of points) {
    const x = valueOf(point, xInfo.id);
    const y = valueOf(point, yInfo.id);
    if (x !== null && y !== null) rows.push({ seat: point.seat, x, y });
  }
  if (rows.length === 0) return null;
  const median = (id: string) => scope.figures.find((f) => f.measure === id)?.city.median ?? null;
  const mx = median(xInfo.id);
  const my = median(yInfo.id);
  const medians = mx !== null && my !== null ? { x: mx, y: my } : null;
  const parts: PlanePart[] = ISUS_GROUPS.map((group) => ({
    label: group.name,
    what: group.what,
    inside: (d) => medians !== null && MEMBERSHIP[group.key](d, medians),
  }));
  const quadrants = Object.fromEntries(ISUS_GROUPS.map((g) => [g.corner, g.name])) as Record<
    ScatterCorner,
    string
  >;
  return {
    anchor: ISUS_ANCHOR,
    heading: ISUS_BLOCK_HEADING,
    lead: null,
    chart: {
      kind: 'scatter',
      input: {
        title: ISUS_TITLE,
        xTitle: ISUS_AXES.x,
        yTitle: ISUS_AXES.y,
        medians,
        xDomain: SCALE_DOMAIN,
        yDomain: SCALE_DOMAIN,
        yReverse: true,
        quadrants: medians ? quadrants : null,
        rows,
      },
      svg: '',
    },
    message: medians ? null : ISUS_NO_MEDIANS,
    table: medians
      ? buildPartTable(
          rows,
          parts,
          isusCaption(
            formatNumber(medians.x, xInfo.decimals),
            formatNumber(medians.y, yInfo.decimals),
          ),
          ROW_HEADS.group,
        )
      : null,
    details: { summary: POINTS_SUMMARY, table: buildPointTable(rows, xInfo, yInfo) },
    statements: null,
  };
}
