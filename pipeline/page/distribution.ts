/**
 * The distribution blocks of a scope: for each score measure with bins, the share of the
 * group's students in each bin against the city's, from the figures' counts, and a table of
 * the same numbers.
 */
import type { Figure, MeasureFigures, MeasureInfo } from '../analyze/resultsSchema.js';
import type { DistributionDatum } from '../chart/data.js';
import type { GroupName } from '../chart/palette.js';
import { distributionAnchor } from './anchors.js';
import { cell, head } from './figureTable.js';
import { formatShare } from './words/format.js';
import { GROUP_KEYS } from './groups.js';
import type { Scope } from './scope.js';
import { figuresWhere, isVisible } from './scope.js';
import type { BlockView, RowView, TableView } from './view.js';
import {
  distributionHeading,
  distributionRowLabel,
  distributionTitle,
  numbersCaption,
} from './words/figures.js';
import { cautionNote, suppressedNote } from './words/notes.js';
import { CAUTION_MARK } from './words/terms.js';
import { SCORE_UNITS, unitOf } from './words/units.js';

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

/**
 * The distribution block of one measure: the group's shares per bin against the city's, or a
 * message saying why the group's are withheld. `binTitle` names the bins under the chart.
 */
export function buildDistributionBlock(
  scope: Scope,
  info: MeasureInfo,
  figures: MeasureFigures,
  binTitle: string,
  anchor: string | null,
): BlockView {
  const own = distributionRows(scope.own, figures.group, info.bins!);
  const city = distributionRows('市全体', figures.city, info.bins!);
  const heading = distributionHeading(info.label);
  return {
    anchor,
    heading,
    lead: null,
    chart:
      own.length === 0
        ? null
        : {
            kind: 'distribution',
            input: {
              title: distributionTitle(heading, scope.own, city.length > 0),
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
    statements: null,
  };
}

/**
 * One block per score measure that has bins, unit by unit (all 正答率, then IRT, levels,
 * growth), in results order within a unit; ids `<prefix>-dist-<n>` by position.
 */
export function buildDistributionBlocks(scope: Scope, prefix: string): BlockView[] {
  const binned = figuresWhere(scope, (i) => !!unitOf(i)?.binTitle && !!i.bins);
  const ordered = SCORE_UNITS.flatMap((unit) => binned.filter(({ info }) => unitOf(info) === unit));
  return ordered.map(({ info, figures }, i) =>
    buildDistributionBlock(
      scope,
      info,
      figures,
      unitOf(info)!.binTitle!,
      distributionAnchor(prefix, i + 1),
    ),
  );
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
    href: null,
    group: GROUP_KEYS[group],
    mark: caution && group === scope.own ? CAUTION_MARK : null,
    cells: values.map((v) => cell(v, 'num')),
  });
  const rows = [
    row(
      distributionRowLabel(scope.own, 'count'),
      scope.own,
      own.map((d) => String(d.count)),
    ),
    row(
      distributionRowLabel(scope.own, 'share'),
      scope.own,
      own.map((d) => formatShare(d.share)),
    ),
  ];
  if (city.length)
    rows.push(
      row(
        distributionRowLabel('市全体', 'share'),
        '市全体',
        city.map((d) => formatShare(d.share)),
      ),
    );
  const heads = info.bins!.map((bin) => head(bin));
  return {
    caption: numbersCaption(distributionHeading(info.label)),
    rowHead: binTitle,
    head: heads,
    bodies: [{ heading: null, rows }],
    notes: caution ? [cautionNote(scope.minGroupSize)] : [],
    span: heads.length + 1,
  };
}
