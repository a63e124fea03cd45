/**
 * The tables under a class's plane: who is in each quadrant of the city's medians (the
 * printout's stand-in for the plane), and each student's two values (folded, for screens).
 */
import type { MeasureInfo } from '../analyze/resultsSchema.js';
import type { ScatterDatum } from '../chart/data.js';
import { cell } from './figureTable.js';
import { formatNumber } from './format.js';
import type { RowView, TableView } from './view.js';

/**
 * Who is in each quadrant of the cross-hairs: the printout's stand-in for the plane. A student
 * exactly on a median counts as at or above it (以上).
 */
export function buildQuadrantTable(
  rows: readonly ScatterDatum[],
  medians: { x: number; y: number },
  scale: MeasureInfo,
  score: MeasureInfo,
): TableView {
  const quadrants: { label: string; inside: (d: ScatterDatum) => boolean }[] = [
    {
      label: `${scale.label}・${score.label}とも中央値以上`,
      inside: (d) => d.x >= medians.x && d.y >= medians.y,
    },
    {
      label: `${scale.label}は中央値未満、${score.label}は以上`,
      inside: (d) => d.x < medians.x && d.y >= medians.y,
    },
    {
      label: `${scale.label}は中央値以上、${score.label}は未満`,
      inside: (d) => d.x >= medians.x && d.y < medians.y,
    },
    {
      label: `${scale.label}・${score.label}とも中央値未満`,
      inside: (d) => d.x < medians.x && d.y < medians.y,
    },
  ];
  const body: RowView[] = quadrants.map(({ label, inside }) => {
    const seats = rows
      .filter(inside)
      .map((d) => d.seat)
      .sort((a, b) => a - b);
    return {
      label,
      group: null,
      mark: null,
      cells: [cell(String(seats.length), 'num'), cell(seats.length ? seats.join('、') : 'なし')],
    };
  });
  return {
    caption: `市全体の中央値（${scale.label} ${formatNumber(medians.x, scale.decimals)}、${score.label} ${formatNumber(medians.y, score.decimals)}）で分けた4つの区分`,
    rowHead: '区分',
    head: [
      { text: '人数', group: null },
      { text: '出席番号', group: null },
    ],
    bodies: [{ heading: null, rows: body }],
    notes: [],
    span: 3,
  };
}

/** Each student's scale and score, by seat. */
export function buildPointTable(
  rows: readonly ScatterDatum[],
  scale: MeasureInfo,
  score: MeasureInfo,
): TableView {
  const sorted = [...rows].sort((a, b) => a.seat - b.seat);
  return {
    caption: `一人ひとりの${scale.label}と${score.label}`,
    rowHead: '出席番号',
    head: [
      { text: scale.label, group: null },
      { text: score.label, group: null },
    ],
    bodies: [
      {
        heading: null,
        rows: sorted.map((d) => ({
          label: String(d.seat),
          group: null,
          mark: null,
          cells: [
            cell(formatNumber(d.x, scale.decimals), 'num'),
            cell(formatNumber(d.y, score.decimals), 'num'),
          ],
        })),
      },
    ],
    notes: [],
    span: 3,
  };
}
