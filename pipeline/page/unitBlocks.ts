/**
 * A subject's score blocks, unit by unit: the comparison of the unit's measure against the
 * references, then its distribution where it has bins (正答数分布, IRT, levels, growth).
 */
import { unitDistributionAnchor } from './anchors.js';
import { buildComparisonBlocks } from './comparison.js';
import { buildDistributionBlock } from './distribution.js';
import type { Scope } from './scope.js';
import { figuresWhere, narrowScope } from './scope.js';
import type { BlockView } from './view.js';
import { SCORE_UNITS, unitOf } from './words/units.js';

/**
 * For each score unit present in `scope` (one subject's figures), its comparison block
 * (id `<survey>-<metric>`) and the distribution of each of its measures (id `…-dist`).
 */
export function buildUnitBlocks(scope: Scope): BlockView[] {
  return SCORE_UNITS.flatMap((unit) => {
    const own = narrowScope(scope, (info) => unitOf(info) === unit);
    if (own.figures.length === 0) return [];
    const blocks = buildComparisonBlocks(own, '');
    if (unit.binTitle) {
      for (const { info, figures } of figuresWhere(own, (i) => !!i.bins)) {
        const anchor = unitDistributionAnchor(unit.key);
        blocks.push(buildDistributionBlock(own, info, figures, unit.binTitle, anchor));
      }
    }
    return blocks;
  });
}
