/**
 * The tables under a class's plane: who is in each part of the plane cut at the city's medians
 * (the printout's stand-in for the plane), and each student's two values (folded, for screens).
 */
import type { MeasureInfo } from '../analyze/resultsSchema.js';
import type { ScatterDatum } from '../chart/data.js';
import { cell, head } from './figureTable.js';
import { formatNumber } from './words/format.js';
import type { RowView, TableView } from './view.js';
import { ROW_HEADS } from './words/figures.js';
import {
  QUADRANT_HEADS,
  pointsCaption,
  quadrantCaption,
  scoreQuadrantLabels,
  seatList,
} from './words/planes.js';
import { SEAT_WORD } from './words/terms.js';

/** A part of a plane: its name, optionally what it means, and who is in it. */
export interface PlanePart {
  label: string;
  what: string | null;
  inside: (d: ScatterDatum) => boolean;
}

/** The students of `rows` in each part, as a table of counts and seat numbers. */
export function buildPartTable(
  rows: readonly ScatterDatum[],
  parts: readonly PlanePart[],
  caption: string,
  rowHead: string,
): TableView {
  const described = parts.some((p) => p.what !== null);
  const body: RowView[] = parts.map(({ label, what, inside }) => {
    const seats = rows
      .filter(inside)
      .map((d) => d.seat)
      .sort((a, b) => a - b);
    return {
      label,
      href: null,
      group: null,
      mark: null,
      cells: [
        ...(described ? [cell(what ?? '')] : []),
        cell(String(seats.length), 'num'),
        cell(seatList(seats)),
      ],
    };
  });
  const heads = [
    ...(described ? [head(QUADRANT_HEADS.what)] : []),
    head(QUADRANT_HEADS.count),
    head(QUADRANT_HEADS.seats),
  ];
  return {
    caption,
    rowHead,
    head: heads,
    bodies: [{ heading: null, rows: body }],
    notes: [],
    span: heads.length + 1,
  };
}

/**
 * Who is in each quadrant of a score plane's cross-hairs. A student exactly on a median counts
 * as at or above it (以上).
 */
export function buildQuadrantTable(
  rows: readonly ScatterDatum[],
  medians: { x: number; y: number },
  scale: MeasureInfo,
  score: MeasureInfo,
): TableView {
  const words = scoreQuadrantLabels(scale.label, score.label);
  const parts: PlanePart[] = [
    { label: words.bothHigh, what: null, inside: (d) => d.x >= medians.x && d.y >= medians.y },
    { label: words.scoreHigh, what: null, inside: (d) => d.x < medians.x && d.y >= medians.y },
    { label: words.scaleHigh, what: null, inside: (d) => d.x >= medians.x && d.y < medians.y },
    { label: words.bothLow, what: null, inside: (d) => d.x < medians.x && d.y < medians.y },
  ];
  const caption = quadrantCaption(
    scale.label,
    formatNumber(medians.x, scale.decimals),
    score.label,
    formatNumber(medians.y, score.decimals),
  );
  return buildPartTable(rows, parts, caption, ROW_HEADS.quadrant);
}

/** Each student's two values, by seat. */
export function buildPointTable(
  rows: readonly ScatterDatum[],
  x: Pick<MeasureInfo, 'label' | 'decimals'>,
  y: Pick<MeasureInfo, 'label' | 'decimals'>,
): TableView {
  const sorted = [...rows].sort((a, b) => a.seat - b.seat);
  return {
    caption: pointsCaption(x.label, y.label),
    rowHead: SEAT_WORD,
    head: [head(x.label), head(y.label)],
    bodies: [
      {
        heading: null,
        rows: sorted.map((d) => ({
          label: String(d.seat),
          href: null,
          group: null,
          mark: null,
          cells: [
            cell(formatNumber(d.x, x.decimals), 'num'),
            cell(formatNumber(d.y, y.decimals), 'num'),
          ],
        })),
      },
    ],
    notes: [],
    span: 3,
  };
}
