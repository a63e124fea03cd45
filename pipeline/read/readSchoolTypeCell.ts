/** The 校種 cell of a master file: `小` or `中`, else the row is rejected. */
import type { SchoolType } from '../shared/types.js';
import type { Column } from './header.js';
import { parseSchoolType } from './parseValue.js';
import { accept, cellOf, reject, type RowInput, type RowOutcome } from './rowProblem.js';

/** `小` or `中`; blank rejects with R_REQUIRED_EMPTY, anything else with R_VALUE_INVALID. */
export function readSchoolTypeCell(input: RowInput, column: Column): RowOutcome<SchoolType> {
  const cell = cellOf(input, column);
  const type = parseSchoolType(cell);
  if (type) return accept(type);
  return reject({
    code: cell === '' ? 'R_REQUIRED_EMPTY' : 'R_VALUE_INVALID',
    column: column.header,
    value: cell,
    expected: '小, 中',
  });
}
