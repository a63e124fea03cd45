/**
 * The questionnaire block of a grade or class: the share of positive answers to each question
 * of the national test's questionnaire against the city — one chart of every question, and a
 * table with the questions under their categories.
 */
import { questionAnchor } from './anchors.js';
import { buildComparisonBlock } from './comparison.js';
import type { Scope } from './scope.js';
import { figuresWhere } from './scope.js';
import type { BlockView } from './view.js';
import { ROW_HEADS } from './words/figures.js';
import {
  QUESTION_HEADING,
  QUESTION_VALUE_TITLE,
  questionChartLabel,
  questionLabel,
} from './words/sections.js';

/**
 * The block of the scope's questions in results order, id `[<prefix>-]questions`; null when
 * the scope has none. `chart: false` gives the table alone (a class page, which links to it).
 */
export function buildQuestionBlock(
  scope: Scope,
  prefix: string,
  options: { chart: boolean } = { chart: true },
): BlockView | null {
  const rows = figuresWhere(scope, (info) => info.family === 'question');
  if (rows.length === 0) return null;
  return buildComparisonBlock(scope, rows, {
    heading: QUESTION_HEADING,
    anchor: questionAnchor(prefix),
    valueTitle: QUESTION_VALUE_TITLE,
    domain: [0, 100],
    chart: options.chart,
    chartLabelOf: ({ info }) => questionChartLabel(info.metric, info.label),
    table: {
      rowHead: ROW_HEADS.question,
      labelOf: (info) => questionLabel(info.metric, info.label),
      sectionOf: (info) => info.group,
    },
  });
}
