/**
 * The ids of the blocks of the pages, in one place: the builders give their blocks these ids
 * and the 強み・課題 lists link to them. An id is ASCII; `prefix` keeps ids apart where one
 * page shows the same kind of block more than once (per grade on the home page, per subject on
 * a class page); an empty prefix gives the bare id.
 */

const join = (prefix: string, id: string) => (prefix ? `${prefix}-${id}` : id);

/** A score unit's comparison block, e.g. `zenkoku-rate`, `grade-6-fukushima-step`. */
export function unitAnchor(prefix: string, unitKey: string): string {
  return join(prefix, unitKey.replace('.', '-'));
}

/** The distribution block under a unit's comparison on a subject page. */
export function unitDistributionAnchor(unitKey: string): string {
  return `${unitAnchor('', unitKey)}-dist`;
}

/** The n-th distribution block (from 1) of a class page's overview. */
export function distributionAnchor(prefix: string, position: number): string {
  return join(prefix, `dist-${position}`);
}

/** The profile block of the n-th scale group (from 1). */
export function profileAnchor(prefix: string, position: number): string {
  return join(prefix, `scales-${position}`);
}

/** The questionnaire block. */
export function questionAnchor(prefix: string): string {
  return join(prefix, 'questions');
}

/** A subject's 設問別, 無解答率, 領域別 and 観点別 blocks. */
export const itemsAnchor = (prefix: string) => join(prefix, 'items');
export const noAnswerAnchor = (prefix: string) => join(prefix, 'no-answer');
export const domainAnchor = (prefix: string, family: 'domain' | 'viewpoint') =>
  join(prefix, family === 'domain' ? 'domains' : 'viewpoints');

/** The n-th plane of scores against a scale on a class page. */
export const planeAnchor = (position: number) => `plane-${position}`;

/** The I-SUS plane on a class page. */
export const ISUS_ANCHOR = 'isus-groups';

/** The 強み・課題 of a grade (on the home page) or of a class. */
export const statementsAnchor = (prefix: string) => join(prefix, 'statements');

/** The priority grid of a grade (analysis page) or a class. */
export const PRIORITIES_ANCHOR = 'priorities';

/** An outcome's influencer panel, by its position (from 1). */
export const panelAnchor = (position: number) => `panel-${position}`;

/** An outcome's cross analysis on a grade's analysis page, by its position (from 1). */
export const crossAnchor = (position: number) => `cross-${position}`;
