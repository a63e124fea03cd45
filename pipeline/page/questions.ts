/**
 * The questionnaire blocks of a grade or class: for each category of the national test's
 * questionnaire, the share of positive answers to each of its questions against the city.
 */
import { buildComparisonBlock } from './comparison.js';
import type { Scope } from './scope.js';
import { figuresWhere } from './scope.js';
import type { BlockView } from './view.js';
import { ROW_HEADS } from './words/figures.js';
import { QUESTION_VALUE_TITLE, questionCategoryHeading } from './words/sections.js';

/** The id of a category's block: `questions-<n>` by the category's position. */
export function questionAnchor(position: number): string {
  return `questions-${position}`;
}

/** One block per question category, in the order the categories first appear. */
export function buildQuestionBlocks(scope: Scope): BlockView[] {
  const rows = figuresWhere(scope, (info) => info.family === 'question');
  const categories = [...new Set(rows.map(({ info }) => info.group ?? ''))];
  return categories.map((category, i) => {
    const heading = category ? questionCategoryHeading(category) : QUESTION_VALUE_TITLE;
    const label = (info: { metric: string; label: string }) => `${info.metric}\u3000${info.label}`;
    return buildComparisonBlock(
      scope,
      rows.filter(({ info }) => (info.group ?? '') === category),
      {
        heading,
        anchor: questionAnchor(i + 1),
        valueTitle: QUESTION_VALUE_TITLE,
        domain: [0, 100],
        chartLabelOf: ({ info }) => label(info),
        table: { rowHead: ROW_HEADS.question, labelOf: label },
      },
    );
  });
}
