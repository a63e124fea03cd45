/**
 * The distribution blocks of a scope: for each score measure with bins, the share of the
 * group's students in each bin against the city's, from the figures' counts, and a table of
 * the same numbers.
 */
import type { Figure, MeasureInfo } from '../analyze/resultsSchema.js';
import type { DistributionDatum } from '../chart/data.js';
import type { GroupName } from '../chart/palette.js';
import { cell } from './figureTable.js';
import { formatShare } from './format.js';
import { GROUP_KEYS } from './groups.js';
import type { Scope } from './scope.js';
import { figuresWhere, isVisible } from './scope.js';
import { SCORE_UNITS, unitOf } from './units.js';
import type { BlockView, RowView, TableView } from './view.js';
import { CAUTION_MARK, cautionNote, suppressedNote } from './words.js';

/**
 * The rows of one group: each bin's share (percent of the group's counted students) and count.
 * Empty when the figure is withheld or has no counts.
 */
export function distributionRows(
  group: GroupName,
  figure: Figure,
  bins: readonly string[],
): DistributionDatum[] {
  if (!isVisible(figure) || !figure.counts) return [];
  const total = figure.counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return [];
  return bins.map((bin, i) => {
    const count = figure.counts![i] ?? 0;
    return { bin, group, count, share: (100 * count) / total };
  });
}

/** One block per score measure that has bins, unit by unit, in results order within a unit. */
export function buildDistributionBlocks(scope: Scope): BlockView[] {
  const blocks: BlockView[] = [];
  const binned = figuresWhere(scope, (i) => !!unitOf(i)?.binTitle && !!i.bins);
  // Unit by unit (all 正答率, then IRT, levels, growth), as the comparison blocks run.
  const ordered = SCORE_UNITS.flatMap((unit) => binned.filter(({ info }) => unitOf(info) === unit));
  for (const { info, figures } of ordered) {
    const binTitle = unitOf(info)!.binTitle!;
    const own = distributionRows(scope.own, figures.group, info.bins!);
    const city = distributionRows('市全体', figures.city, info.bins!);
    const heading = `${info.label}の分布`;
    blocks.push({
      heading,
      lead: null,
      chart:
        own.length === 0
          ? null
          : {
              kind: 'distribution',
              input: {
                title: `${heading}：${scope.own}${city.length ? 'と市全体' : ''}の割合`,
                xTitle: binTitle,
                rows: [...own, ...city],
              },
              svg: '',
            },
      message: own.length === 0 ? suppressedNote(figures.group.reason) : null,
      table:
        own.length === 0
          ? null
          : buildDistributionTable(scope, info, binTitle, own, city, figures.group),
      details: null,
    });
  }
  return blocks;
}

function buildDistributionTable(
  scope: Scope,
  info: MeasureInfo,
  binTitle: string,
  own: readonly DistributionDatum[],
  city: readonly DistributionDatum[],
  ownFigure: Figure,
): TableView {
  const caution = ownFigure.status === 'caution';
  const row = (label: string, group: GroupName, values: readonly string[]): RowView => ({
    label,
    group: GROUP_KEYS[group],
    mark: caution && group === scope.own ? CAUTION_MARK : null,
    cells: values.map((v) => cell(v, 'num')),
  });
  const rows = [
    row(
      `${scope.own}（人）`,
      scope.own,
      own.map((d) => String(d.count)),
    ),
    row(
      `${scope.own}（%）`,
      scope.own,
      own.map((d) => formatShare(d.share)),
    ),
  ];
  if (city.length)
    rows.push(
      row(
        '市全体（%）',
        '市全体',
        city.map((d) => formatShare(d.share)),
      ),
    );
  const head = info.bins!.map((bin) => ({ text: bin, group: null }));
  return {
    caption: `${info.label}の分布の数値`,
    rowHead: binTitle,
    head,
    bodies: [{ heading: null, rows }],
    notes: caution ? [cautionNote(scope.minGroupSize)] : [],
    span: head.length + 1,
  };
}
