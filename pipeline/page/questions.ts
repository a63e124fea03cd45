/**
 * The questionnaire blocks of a grade or class: for each category of the national test's
 * questionnaire, the share of positive answers to each of its questions against the city.
 */
import { questionAnchor } from './anchors.js';
import { buildComparisonBlock } from './comparison.js';
import type { Scope } from './scope.js';
import { figuresWhere } from './scope.js';
import type { BlockView } from './view.js';
import { ROW_HEADS } from './words/figures.js';
import { QUESTION_VALUE_TITLE, questionCategoryHeading } from './words/sections.js';

/** The question categories of a scope, in the order they first appear in the results. */
export function questionCategories(scope: Scope): string[] {
  const rows = figuresWhere(scope, (info) => info.family === 'question');
  return [...new Set(rows.map(({ info }) => info.group ?? ''))];
}

/** One block per question category, in {@link questionCategories} order. */
export function buildQuestionBlocks(scope: Scope, prefix: string): BlockView[] {
  const rows = figuresWhere(scope, (info) => info.family === 'question');
  return questionCategories(scope).map((category, i) => {
    const heading = category ? questionCategoryHeading(category) : QUESTION_VALUE_TITLE;
    const label = (info: { metric: string; label: string }) => `${info.metric}\u3000${info.label}`;
    return buildComparisonBlock(
      scope,
      rows.filter(({ info }) => (info.group ?? '') === category),
      {
        heading,
        anchor: questionAnchor(prefix, i + 1),
        valueTitle: QUESTION_VALUE_TITLE,
        domain: [0, 100],
        chartLabelOf: ({ info }) => label(info),
        table: { rowHead: ROW_HEADS.question, labelOf: label },
      },
    );
  });
}
