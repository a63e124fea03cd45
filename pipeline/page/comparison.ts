/**
 * The comparison blocks of a scope: one per score unit (正答率 of every subject together, IRT,
 * levels, growth, share who grew), each a chart of the group's means with their intervals
 * against the reference groups, followed by the unit's table.
 */
import type { ComparisonDatum } from '../chart/data.js';
import { buildFigureTable } from './figureTable.js';
import type { Scope } from './scope.js';
import { figuresWhere, isVisible } from './scope.js';
import { SCORE_UNITS, unitOf } from './units.js';
import type { BlockView } from './view.js';
import { suppressedNote } from './words.js';

/** One block per score unit present in the scope, in {@link SCORE_UNITS} order. */
export function buildComparisonBlocks(scope: Scope): BlockView[] {
  const blocks: BlockView[] = [];
  for (const unit of SCORE_UNITS) {
    const rows = figuresWhere(scope, (info) => unitOf(info) === unit);
    if (rows.length === 0) continue;
    const data: ComparisonDatum[] = [];
    for (const { info, figures } of rows) {
      const own = figures.group;
      if (!isVisible(own)) continue;
      const label = info.subject ?? info.label;
      data.push({
        label,
        group: scope.own,
        value: own.mean!,
        lower: own.ci?.[0] ?? null,
        upper: own.ci?.[1] ?? null,
        n: own.n,
      });
      for (const column of scope.references) {
        const value = column.valueOf(figures);
        if (value?.kind === 'published') {
          data.push({ label, group: column.group, value: value.value, n: null });
        } else if (value && isVisible(value.figure)) {
          const figure = value.figure;
          data.push({
            label,
            group: column.group,
            value: figure.mean!,
            lower: figure.ci?.[0] ?? null,
            upper: figure.ci?.[1] ?? null,
            n: figure.n,
          });
        }
      }
    }
    const groups = [...new Set(data.map((d) => d.group))];
    blocks.push({
      heading: unit.heading,
      lead: null,
      chart:
        data.length === 0
          ? null
          : {
              kind: 'comparison',
              input: {
                title: `${unit.heading}：${groups.join('・')}の比較`,
                valueTitle: unit.valueTitle,
                domain: unit.domain,
                rows: data,
              },
              svg: '',
            },
      message: data.length === 0 ? suppressedNote(rows[0]!.figures.group.reason) : null,
      table: buildFigureTable(scope, rows, { caption: `${unit.heading}の数値` }),
      details: null,
    });
  }
  return blocks;
}
