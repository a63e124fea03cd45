/**
 * Every case of the malformed-input corpus (issue 3), in the order of the data contract's table:
 * fatal problems, rejected rows, bad values, then awkward but valid files.
 */
import { AWKWARD_CASES } from './awkwardCases.js';
import type { CorpusCase } from './corpusCase.js';
import { FATAL_CASES } from './fatalCases.js';
import { REJECT_CASES } from './rejectCases.js';
import { VALUE_CASES } from './valueCases.js';

export type { CorpusCase } from './corpusCase.js';
export { isFatal } from './corpusCase.js';

export const CORPUS_CASES: CorpusCase[] = [
  ...FATAL_CASES,
  ...REJECT_CASES,
  ...VALUE_CASES,
  ...AWKWARD_CASES,
];
