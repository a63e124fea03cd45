/**
 * The sections both pages share, built from a scope: the scores against the references, their
 * distributions and the scale profiles. Empty sections are left out.
 */
import { buildComparisonBlocks } from './comparison.js';
import { buildDistributionBlocks } from './distribution.js';
import { buildProfileBlocks } from './profile.js';
import type { Scope } from './scope.js';
import type { BlockView, SectionView } from './view.js';

/** A section, or nothing when it has no block. */
export function section(heading: string, lead: string | null, blocks: BlockView[]): SectionView[] {
  return blocks.length ? [{ heading, lead, blocks }] : [];
}

/** Scores, distributions and scale profiles of a scope. */
export function buildScopeSections(scope: Scope): SectionView[] {
  const lead =
    scope.own === '本校'
      ? '本校の平均（点と横線は95%信頼区間）を、市全体の値と比べています。' +
        '福島県・全国の値は、公表されている指標だけ示します。'
      : '本学級の平均（点と横線は95%信頼区間）を、本校・市全体の値と比べています。';
  return [
    ...section('教科の結果', lead, buildComparisonBlocks(scope)),
    ...section(
      '分布',
      `${scope.own}と市全体の児童生徒が、それぞれどの区分に何%いるかを示します。`,
      buildDistributionBlocks(scope),
    ),
    ...section(
      '質問紙の尺度（非認知能力・学習方略・I-SUS）',
      '各尺度は1〜4の平均で、高いほどその内容に当てはまることを示します。低い方が望ましい尺度もあります。',
      buildProfileBlocks(scope),
    ),
  ];
}
