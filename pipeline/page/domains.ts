/**
 * The subject page's 領域別 and 観点別 blocks: the mean correct rate of each domain and each
 * viewpoint of the subject, against the city.
 */
import { domainAnchor } from './anchors.js';
import { buildComparisonBlock } from './comparison.js';
import type { DrawOptions } from './items.js';
import type { Scope } from './scope.js';
import { figuresWhere } from './scope.js';
import type { BlockView } from './view.js';
import { DOMAIN_HEADINGS, RATE_VALUE_TITLE } from './words/sections.js';

/** One block for the domains and one for the viewpoints of the scope's subject, where present. */
export function buildDomainBlocks(
  scope: Scope,
  prefix: string,
  options: DrawOptions = { chart: true },
): BlockView[] {
  return (['domain', 'viewpoint'] as const).flatMap((family) => {
    const rows = figuresWhere(scope, (info) => info.family === family);
    if (rows.length === 0) return [];
    return [
      buildComparisonBlock(scope, rows, {
        heading: DOMAIN_HEADINGS[family],
        anchor: domainAnchor(prefix, family),
        valueTitle: RATE_VALUE_TITLE,
        domain: [0, 100],
        chartLabelOf: ({ info }) => info.label,
        chart: options.chart,
      }),
    ];
  });
}
