/**
 * The scale profile blocks of a scope: for each scale group (非認知能力, 学習方略, I-SUS) the
 * mean of every scale for the group and its reference groups, as a profile chart and a table.
 */
import type { ProfileDatum } from '../chart/data.js';
import { profileAnchor } from './anchors.js';
import { buildFigureTable } from './figureTable.js';
import type { Scope } from './scope.js';
import { figuresWhere, isVisible } from './scope.js';
import type { BlockView } from './view.js';
import {
  ROW_HEADS,
  SCALE_GROUP_DEFAULT,
  SCALE_VALUE_TITLE,
  profileCaption,
  profileTitle,
} from './words/figures.js';
import { suppressedNote } from './words/notes.js';

/** Scale scores run from 1 to 4. */
const SCALE_DOMAIN = [1, 4] as const;

/** The scale groups of a scope, in the order they first appear in the results. */
export function scaleGroups(scope: Scope): string[] {
  const scales = figuresWhere(scope, (info) => info.family === 'scale');
  return [...new Set(scales.map(({ info }) => info.group ?? SCALE_GROUP_DEFAULT))];
}

/** One block per scale group, in {@link scaleGroups} order. */
export function buildProfileBlocks(scope: Scope, prefix: string): BlockView[] {
  const scales = figuresWhere(scope, (info) => info.family === 'scale');
  return scaleGroups(scope).map((group, i) => {
    const rows = scales.filter(({ info }) => (info.group ?? SCALE_GROUP_DEFAULT) === group);
    const data: ProfileDatum[] = [];
    for (const { info, figures } of rows) {
      if (!isVisible(figures.group)) continue;
      const own = figures.group;
      const scale = info.label;
      data.push({
        scale,
        group: scope.own,
        mean: own.mean!,
        lower: own.ci?.[0] ?? null,
        upper: own.ci?.[1] ?? null,
        n: own.n,
      });
      for (const column of scope.references) {
        const value = column.valueOf(figures);
        if (value?.kind !== 'figure' || !isVisible(value.figure)) continue;
        const f = value.figure;
        data.push({
          scale,
          group: column.group,
          mean: f.mean!,
          lower: f.ci?.[0] ?? null,
          upper: f.ci?.[1] ?? null,
          n: f.n,
        });
      }
    }
    const names = [...new Set(data.map((d) => d.group))];
    return {
      anchor: profileAnchor(prefix, i + 1),
      heading: group,
      lead: null,
      chart:
        data.length === 0
          ? null
          : {
              kind: 'profile',
              input: {
                title: profileTitle(group, names),
                valueTitle: SCALE_VALUE_TITLE,
                domain: SCALE_DOMAIN,
                rows: data,
              },
              svg: '',
            },
      message: data.length === 0 ? suppressedNote(rows[0]!.figures.group.reason) : null,
      table: buildFigureTable(scope, rows, {
        caption: profileCaption(group),
        rowHead: ROW_HEADS.scale,
      }),
      details: null,
      statements: null,
    } satisfies BlockView;
  });
}
