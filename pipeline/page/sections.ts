/**
 * Sections of blocks, and the sections every overview of a scope shares: the scores against
 * the references, their distributions and the scale profiles. Empty sections are left out.
 */
import { buildComparisonBlocks } from './comparison.js';
import { buildDistributionBlocks } from './distribution.js';
import { buildProfileBlocks } from './profile.js';
import type { Scope } from './scope.js';
import type { BlockView, SectionView } from './view.js';
import {
  SCALES_SECTION,
  distributionSection,
  scoresSection,
  type SectionWords,
} from './words/sections.js';

/** The blocks that exist, in order. */
export function blocks(...list: (BlockView | null)[]): BlockView[] {
  return list.filter((b): b is BlockView => b !== null);
}

/** A section, or nothing when it has no block. */
export function section(words: SectionWords, blocks: BlockView[]): SectionView[] {
  return blocks.length ? [{ heading: words.heading, lead: words.lead, blocks }] : [];
}

/** Scores, distributions and scale profiles of a scope (a class); block ids start with `prefix`. */
export function buildScopeSections(scope: Scope, prefix: string): SectionView[] {
  return [
    ...section(scoresSection(scope.own), buildComparisonBlocks(scope, prefix)),
    ...section(distributionSection(scope.own), buildDistributionBlocks(scope, prefix)),
    ...section(SCALES_SECTION, buildProfileBlocks(scope, prefix)),
  ];
}
