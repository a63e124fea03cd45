/**
 * The 強み・課題 of a grade or class: the sentences the analyze stage wrote from figures whose
 * intervals support them, as lists of strengths, issues and priorities, each sentence a link to
 * the chart it comes from. The page writes no sentence of its own but the empty-list notes.
 */
import type { SchoolResults } from '../analyze/resultsSchema.js';
import type { Statement } from '../analyze/statements/schema.js';
import type { GroupName } from '../chart/palette.js';
import { statementHref } from './locate.js';
import type { PlannedPage } from './plan.js';
import { section } from './sections.js';
import type { BlockView, SectionView } from './view.js';
import { NO_STATEMENTS, STATEMENT_HEADINGS, statementsSection } from './words/influence.js';

const KINDS: readonly Statement['kind'][] = ['strength', 'issue', 'priority'];

/**
 * The 強み・課題 section of `own` (本校's grade or 本学級), block ids `<anchor>-<kind>`: one
 * list per kind that has sentences, in the results' order; a note when there is none. `small`
 * replaces the note with why a small group has no sentences.
 */
export function buildStatementSection(
  results: SchoolResults,
  pages: readonly PlannedPage[],
  statements: readonly Statement[],
  own: GroupName,
  anchor: string,
  small: string | null,
): SectionView[] {
  const blocks: BlockView[] = KINDS.flatMap((kind) => {
    const list = statements.filter((s) => s.kind === kind);
    if (list.length === 0) return [];
    return [
      {
        ...emptyBlock(`${anchor}-${kind}`, STATEMENT_HEADINGS[kind]),
        statements: list.map((s) => ({
          href: statementHref(results, pages, s),
          text: s.text,
          current: false,
        })),
      },
    ];
  });
  if (blocks.length === 0) {
    blocks.push({ ...emptyBlock(anchor, ''), message: small ?? NO_STATEMENTS });
  }
  return section(statementsSection(own), blocks);
}

function emptyBlock(anchor: string, heading: string): BlockView {
  return {
    anchor,
    heading,
    lead: null,
    chart: null,
    message: null,
    table: null,
    details: null,
    statements: null,
  };
}
