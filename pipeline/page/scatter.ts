/**
 * The planes of a class (クロス分析): each student as a point of a scale (x) against a score (y),
 * with the city's medians as cross-hairs, so a teacher sees who is where. One plane per score
 * of family `score` measured as 正答率 or 学力レベル, all against the same scale: やり抜く力 of
 * ふくしま学調 when the class has it, else the first scale its students have.
 */
import type { ClassResults, MeasureInfo } from '../analyze/resultsSchema.js';
import type { ScatterDatum } from '../chart/data.js';
import { planeAnchor } from './anchors.js';
import type { Scope } from './scope.js';
import { figuresWhere } from './scope.js';
import { buildPointTable, buildQuadrantTable } from './scatterTables.js';
import type { BlockView } from './view.js';
import { PREFERRED_PLANE_SCALE } from './words/domain.js';
import { POINTS_SUMMARY } from './words/figures.js';
import { planeHeading, planeTitle } from './words/planes.js';
import { unitOf } from './words/units.js';

/** Scale scores run from 1 to 4. */
export const SCALE_DOMAIN = [1, 4] as const;

type Points = ClassResults['points'];

/** A student's finite value of measure `id`, or null. */
export const valueOf = (point: Points[number], id: string): number | null => {
  const value = point.values[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/**
 * The scale of the planes: {@link PREFERRED_PLANE_SCALE}, else the first scale present in
 * `points`.
 */
export function chooseScale(scope: Scope, points: Points): MeasureInfo | undefined {
  const present = (id: string) => points.some((p) => valueOf(p, id) !== null);
  const scales = [...scope.measures.values()].filter((m) => m.family === 'scale');
  return (
    scales.find((m) => m.id === PREFERRED_PLANE_SCALE && present(m.id)) ??
    scales.find((m) => present(m.id))
  );
}

/** One block per plotted score, in results order; none when no scale or no student has both. */
export function buildScatterBlocks(scope: Scope, points: Points): BlockView[] {
  const scale = chooseScale(scope, points);
  if (!scale) return [];
  const scaleCity = scope.figures.find((f) => f.measure === scale.id)?.city.median ?? null;
  const scores = figuresWhere(
    scope,
    (info) => info.family === 'score' && (info.metric === 'rate' || info.metric === 'step'),
  );
  const blocks: BlockView[] = [];
  for (const { info, figures } of scores) {
    const rows: ScatterDatum[] = [];
    for (const point of points) {
      const x = valueOf(point, scale.id);
      const y = valueOf(point, info.id);
      if (x !== null && y !== null) rows.push({ seat: point.seat, x, y });
    }
    if (rows.length === 0) continue;
    const unit = unitOf(info)!;
    const scoreCity = figures.city.median;
    const medians =
      scaleCity !== null && scoreCity !== null ? { x: scaleCity, y: scoreCity } : null;
    blocks.push({
      anchor: planeAnchor(blocks.length + 1),
      heading: planeHeading(info.label, scale.label),
      lead: null,
      chart: {
        kind: 'scatter',
        input: {
          title: planeTitle(info.label, scale.label),
          xTitle: scale.label,
          yTitle: unit.scatterTitle ?? info.label,
          medians,
          xDomain: SCALE_DOMAIN,
          yDomain: unit.scatterDomain,
          rows,
        },
        svg: '',
      },
      message: null,
      table: medians ? buildQuadrantTable(rows, medians, scale, info) : null,
      details: {
        summary: POINTS_SUMMARY,
        table: buildPointTable(rows, scale, info),
      },
      statements: null,
    });
  }
  return blocks;
}
