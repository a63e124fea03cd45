/**
 * The city influencer models of a 校種 on the city page: per outcome, each factor's share of
 * the within-school R² with its bootstrap interval, its per-SD slope with its cluster-robust
 * interval, and its label; the model's n, schools and R²; and the factors left out.
 */
import type { CityModel } from '../analyze/influence/schema.js';
import type { CityResults } from '../analyze/board/schema.js';
import { cell, head } from './figureTable.js';
import type { BlockView, RowView } from './view.js';
import { MODEL_TABLE_HEADS, leftOutNote, modelTableCaption } from './words/city.js';
import { ROW_HEADS } from './words/figures.js';
import {
  formatInterval,
  formatShareInterval,
  formatSigned,
  formatVarianceShare,
} from './words/format.js';
import { INTERVAL_WORD, NONE } from './words/terms.js';

type CityType = CityResults['types'][number];

const SD = { unit: '', decimals: 2 } as const;

/** One table per model of the 校種, factors in the model's order. */
export function buildCityModelBlocks(type: CityType, note: string): BlockView[] {
  const measures = new Map(type.measures.map((m) => [m.id, m]));
  const factorLabel = (id: string) => type.factors.find((f) => f.id === id)?.label ?? id;
  return type.models.map((model: CityModel, i) => {
    const outcome = measures.get(model.outcome)?.label ?? model.outcome;
    const rows: RowView[] = model.factors.map((f) => ({
      label: factorLabel(f.factor),
      href: null,
      group: null,
      mark: null,
      cells: [
        cell(String(f.n), 'num'),
        cell(f.share === null ? NONE : formatVarianceShare(f.share), 'num own'),
        cell(f.shareCi ? formatShareInterval(f.shareCi) : NONE, 'num'),
        cell(f.slope === null ? NONE : formatSigned(f.slope, SD.decimals), 'num'),
        cell(f.slopeCi ? formatInterval(f.slopeCi, SD) : NONE, 'num'),
        cell(f.association),
      ],
    }));
    const left = model.left
      .filter((l) => l.reason === 'over-limit')
      .map((l) => factorLabel(l.factor));
    return {
      anchor: `model-${type.schoolType === '小' ? 'e' : 'j'}${i + 1}`,
      heading: outcome,
      lead: i === 0 ? note : null,
      chart: null,
      message: null,
      table: {
        caption: modelTableCaption(
          outcome,
          model.n,
          model.schools,
          model.r2 === null ? NONE : formatVarianceShare(model.r2),
          model.r2Ci ? formatShareInterval(model.r2Ci) : NONE,
        ),
        rowHead: ROW_HEADS.factor,
        head: [
          head('n'),
          head(MODEL_TABLE_HEADS.share),
          head(MODEL_TABLE_HEADS.shareCi),
          head(MODEL_TABLE_HEADS.slope),
          head(INTERVAL_WORD),
          head(MODEL_TABLE_HEADS.label),
        ],
        bodies: [{ heading: null, rows }],
        notes: left.length ? [leftOutNote(left)] : [],
        span: 7,
      },
      details: null,
      statements: null,
    };
  });
}
