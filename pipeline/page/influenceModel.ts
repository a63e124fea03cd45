/**
 * The school's multivariable model of an influencer panel: each factor's slope with the other
 * factors held equal, its interval, its share of the school's R² and its label — or why the
 * model was not fitted (too few students with every factor).
 */
import type { SchoolPanel } from '../analyze/influence/schema.js';
import type { SchoolResults } from '../analyze/resultsSchema.js';
import { factorLabel } from './factors.js';
import { cell, head } from './figureTable.js';
import type { BlockView, RowView } from './view.js';
import { ROW_HEADS } from './words/figures.js';
import { formatInterval, formatSigned, formatVarianceShare } from './words/format.js';
import {
  MODEL_HEADS,
  PANEL_BLOCKS,
  PANEL_HEADS,
  modelCaption,
  modelNotFitted,
} from './words/influence.js';
import { INTERVAL_WORD, NONE } from './words/terms.js';

const SD = { unit: '', decimals: 2 } as const;

/** The model's block; null when the panel has no model (suppressed). */
export function buildModelBlock(
  results: SchoolResults,
  panel: SchoolPanel,
  outcome: string,
): BlockView | null {
  const model = panel.model;
  if (!model) return null;
  const base: BlockView = {
    anchor: null,
    heading: PANEL_BLOCKS.model,
    lead: null,
    chart: null,
    message: null,
    table: null,
    details: null,
    statements: null,
  };
  if (model.status !== 'fitted') return { ...base, message: modelNotFitted(model.n, model.needed) };
  const rows: RowView[] = model.factors.map((f) => ({
    label: factorLabel(results, f.factor),
    href: null,
    group: null,
    mark: null,
    cells: [
      cell(f.slope === null ? NONE : formatSigned(f.slope, SD.decimals), 'num own'),
      cell(f.ci ? formatInterval(f.ci, SD) : NONE, 'num'),
      cell(f.share === null ? NONE : formatVarianceShare(f.share), 'num'),
      cell(f.association),
    ],
  }));
  return {
    ...base,
    table: {
      caption: modelCaption(outcome, model.r2 === null ? NONE : formatVarianceShare(model.r2)),
      rowHead: ROW_HEADS.factor,
      head: [
        head(MODEL_HEADS.slope),
        head(INTERVAL_WORD),
        head(MODEL_HEADS.share),
        head(PANEL_HEADS.label),
      ],
      bodies: [{ heading: null, rows }],
      notes: [],
      span: 5,
    },
  };
}
