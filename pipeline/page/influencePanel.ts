/**
 * A school's influencer panel for one outcome (インフルエンサー分析): per factor, the school's
 * per-SD slope with its interval and label (関連が明確 / 関連の可能性 / 不明確), the slope pulled
 * toward the city's where the school's interval is wide (marked), and the city's slope, share of
 * R² with its interval and label; the school's multivariable model (influenceModel.ts); and the
 * reminder that a link is not a cause.
 */
import type { SchoolFactor, SchoolPanel } from '../analyze/influence/schema.js';
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { ComparisonDatum } from '../chart/data.js';
import { panelAnchor } from './anchors.js';
import { buildModelBlock } from './influenceModel.js';
import { byCityShare, cityFactorOf, cityModelOf, factorLabel, outcomeLabel } from './factors.js';
import { cell, head, withheldCell } from './figureTable.js';
import { GROUP_KEYS } from './groups.js';
import type { BlockView, CellView, RowView, SectionView, TableView } from './view.js';
import { ROW_HEADS, comparisonTitle } from './words/figures.js';
import {
  formatInterval,
  formatShareInterval,
  formatSigned,
  formatVarianceShare,
} from './words/format.js';
import {
  PANEL_BLOCKS,
  PANEL_HEADS,
  PANEL_LEAD,
  PULLED_MARK,
  PULLED_NOTE,
  SHARE_NOTE,
  SLOPE_TITLE,
  panelCaption,
  panelHeading,
  slopesTitle,
} from './words/influence.js';
import { cautionNote, suppressedNote } from './words/notes.js';
import { CAUTION_MARK, NONE } from './words/terms.js';

const SD = { unit: '', decimals: 2 } as const;

const shown = (f: SchoolFactor) => f.status !== 'suppressed' && f.slope !== null;

/** The section of the panel at `position` (from 1) in the results. */
export function buildPanelSection(
  results: SchoolResults,
  panel: SchoolPanel,
  position: number,
): SectionView {
  const outcome = outcomeLabel(results, panel.outcome);
  const heading = panelHeading(outcome, panel.grades);
  const base: BlockView = {
    anchor: panelAnchor(position),
    heading: PANEL_BLOCKS.slopes,
    lead: results.influence.note,
    chart: null,
    message: null,
    table: null,
    details: null,
    statements: null,
  };
  if (panel.status === 'suppressed') {
    return { heading, lead: null, blocks: [{ ...base, message: suppressedNote(panel.reason) }] };
  }
  const order = byCityShare(
    results,
    panel.outcome,
    panel.factors.map((f) => f.factor),
  );
  const factors = order.map((id) => panel.factors.find((f) => f.factor === id)!);
  const blocks: BlockView[] = [
    {
      ...base,
      chart: buildSlopeChart(results, panel, factors, outcome),
      table: buildPanelTable(results, panel, factors, outcome),
    },
  ];
  const model = buildModelBlock(results, panel, outcome);
  if (model) blocks.push(model);
  return { heading, lead: PANEL_LEAD, blocks };
}

function buildSlopeChart(
  results: SchoolResults,
  panel: SchoolPanel,
  factors: readonly SchoolFactor[],
  outcome: string,
): BlockView['chart'] {
  const data: ComparisonDatum[] = [];
  for (const f of factors.filter(shown)) {
    const label = factorLabel(results, f.factor);
    data.push({
      label,
      group: '本校',
      value: f.slope!,
      lower: f.slopeCi?.[0] ?? null,
      upper: f.slopeCi?.[1] ?? null,
      n: f.n,
    });
    if (f.citySlope !== null) {
      data.push({
        label,
        group: '市全体',
        value: f.citySlope,
        lower: f.citySlopeCi?.[0] ?? null,
        upper: f.citySlopeCi?.[1] ?? null,
        n: cityModelOf(results, panel.outcome)?.n ?? null,
      });
    }
  }
  if (data.length === 0) return null;
  return {
    kind: 'comparison',
    input: {
      title: comparisonTitle(slopesTitle(outcome), ['本校', '市全体']),
      valueTitle: SLOPE_TITLE,
      domain: null,
      rows: data,
    },
    svg: '',
  };
}

function buildPanelTable(
  results: SchoolResults,
  panel: SchoolPanel,
  factors: readonly SchoolFactor[],
  outcome: string,
): TableView {
  let pulled = false;
  let caution = false;
  const rows: RowView[] = factors.map((f) => {
    const city = cityFactorOf(results, panel.outcome, f.factor);
    const cityCells: CellView[] = [
      cell(f.citySlope === null ? NONE : formatSigned(f.citySlope, SD.decimals), 'num'),
      city?.share != null
        ? cell(
            formatVarianceShare(city.share),
            'num',
            city.shareCi ? formatShareInterval(city.shareCi) : null,
          )
        : cell(NONE),
      cell(city?.association ?? NONE),
    ];
    const row: RowView = {
      label: factorLabel(results, f.factor),
      href: null,
      group: null,
      mark: null,
      cells: [],
    };
    if (!shown(f)) {
      row.cells = [withheldCell(f, 4), ...cityCells];
      return row;
    }
    if (f.status === 'caution') {
      row.mark = CAUTION_MARK;
      caution = true;
    }
    const pull = f.wide && f.pulled ? f.pulled : null;
    pulled ||= pull !== null;
    row.cells = [
      cell(String(f.n), 'num'),
      cell(
        formatSigned(f.slope!, SD.decimals),
        'num own',
        f.slopeCi ? formatInterval(f.slopeCi, SD) : NONE,
      ),
      cell(f.association),
      pull
        ? cell(
            `${formatSigned(pull.slope, SD.decimals)}${PULLED_MARK}`,
            'num',
            formatInterval(pull.ci, SD),
          )
        : cell(NONE),
      ...cityCells,
    ];
    return row;
  });
  const notes = [
    ...(pulled ? [PULLED_NOTE] : []),
    SHARE_NOTE,
    ...(caution ? [cautionNote(results.minGroupSize)] : []),
  ];
  return {
    caption: panelCaption(outcome),
    rowHead: ROW_HEADS.factor,
    head: [
      head(PANEL_HEADS.n),
      head(PANEL_HEADS.slope, GROUP_KEYS['本校'], PANEL_HEADS.interval),
      head(PANEL_HEADS.label),
      head(PANEL_HEADS.pulled),
      head(PANEL_HEADS.citySlope, GROUP_KEYS['市全体']),
      head(PANEL_HEADS.share),
      head(PANEL_HEADS.cityLabel),
    ],
    bodies: [{ heading: null, rows }],
    notes,
    span: 8,
  };
}
