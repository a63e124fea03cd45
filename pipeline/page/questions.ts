/**
 * The questionnaire block of a grade: the share of positive answers to each question of the
 * national test's questionnaire, against the city, under the question's category.
 */
import { buildFigureTable } from './figureTable.js';
import type { Scope } from './scope.js';
import { figuresWhere } from './scope.js';
import type { BlockView } from './view.js';

/** The block, or null when the grade has no questionnaire figures. */
export function buildQuestionBlock(scope: Scope): BlockView | null {
  const rows = figuresWhere(scope, (info) => info.family === 'question');
  if (rows.length === 0) return null;
  return {
    heading: '肯定的な回答の割合',
    lead: '「当てはまる」「どちらかといえば当てはまる」など、肯定的な回答をした児童生徒の割合です。',
    chart: null,
    message: null,
    table: buildFigureTable(scope, rows, {
      caption: '質問ごとの肯定的な回答の割合',
      rowHead: '質問',
      sectionOf: (info) => info.group,
      labelOf: (info) => `${info.metric}\u3000${info.label}`,
    }),
    details: null,
  };
}
