/**
 * The data columns of zenkoku.csv, found by their form and matched to the masters:
 * `<教科>_<設問番号>` (an item of zenkoku_items.csv), `<教科>_IRT`, `<教科>_IRTバンド` and
 * `質問<番号>` (a question of zenkoku_questions.csv). An item or question column the master does
 * not list is ignored with a warning, since its 領域, 観点 and choices are unknown.
 */
import type { SchoolType, ZenkokuItem, ZenkokuQuestion } from '../shared/types.js';
import type { Column, Header } from './header.js';
import { canonicalItemNo } from './parseValue.js';
import type { Problem } from './rowProblem.js';

/** A `<教科>_IRT` or `<教科>_IRTバンド` column. */
export interface SubjectColumn extends Column {
  subject: string;
}
/** A `<教科>_<設問番号>` column the 設問マスタ lists. */
export interface ItemColumn extends SubjectColumn {
  /** 設問番号 as the master spells it. */
  itemNo: string;
}
/** A `質問<番号>` column the 質問紙マスタ lists. */
export interface QuestionColumn extends Column {
  /** 質問番号 as the master spells it. */
  questionNo: string;
  /** 校種 → the codes of the question's choices, for the 校種 the master lists it under. */
  choices: Map<SchoolType, Set<number>>;
}

/** The data columns of one zenkoku.csv header. */
export interface ZenkokuColumns {
  /** Item columns grouped by subject, subjects and items in file order. */
  subjects: { subject: string; items: ItemColumn[] }[];
  irt: SubjectColumn[];
  irtBand: SubjectColumn[];
  questions: QuestionColumn[];
}

/** Where the masters came from, to name them in a warning. */
export interface ZenkokuMasters {
  items: readonly ZenkokuItem[];
  questions: readonly ZenkokuQuestion[];
  itemsFile: string;
  questionsFile: string;
}

const IRT = /^(.+)_IRT$/i;
const IRT_BAND = /^(.+)_IRTバンド$/i;
const QUESTION = /^質問(.+)$/;
const ITEM_LIKE = /^(.+)_(\d[^_]*)$/;

/** Finds zenkoku.csv's data columns in the header, warning about item columns not in a master. */
export function bindZenkokuColumns(
  header: Header,
  masters: ZenkokuMasters,
  warnHeader: (problem: Problem) => void,
): ZenkokuColumns {
  const itemNos = new Map<string, string>();
  for (const item of masters.items) {
    const id = `${item.subject}\u0000${canonicalItemNo(item.itemNo)}`;
    if (!itemNos.has(id)) itemNos.set(id, item.itemNo);
  }
  const questions = new Map<
    string,
    { questionNo: string; choices: Map<SchoolType, Set<number>> }
  >();
  for (const question of masters.questions) {
    const id = canonicalItemNo(question.questionNo);
    const entry = questions.get(id) ?? { questionNo: question.questionNo, choices: new Map() };
    entry.choices.set(question.schoolType, new Set(question.choices.map((c) => c.code)));
    questions.set(id, entry);
  }
  const notInMaster = (detail: string) => (column: Column) =>
    warnHeader({ code: 'W_COLUMN_NOT_IN_MASTER', column: column.header, detail });

  const irt = header.columnsWhere((name) => IRT.test(name));
  const irtBand = header.columnsWhere((name) => IRT_BAND.test(name));
  const questionColumns = header.columnsWhere((name) => QUESTION.test(name));
  const itemColumns = header.columnsWhere((name) => ITEM_LIKE.test(name));

  const columns: ZenkokuColumns = {
    subjects: [],
    irt: irt.map((c) => ({ ...c, subject: IRT.exec(c.name)![1]! })),
    irtBand: irtBand.map((c) => ({ ...c, subject: IRT_BAND.exec(c.name)![1]! })),
    questions: [],
  };
  for (const column of questionColumns) {
    const entry = questions.get(canonicalItemNo(QUESTION.exec(column.name)![1]!));
    if (entry) columns.questions.push({ ...column, ...entry });
    else notInMaster(masters.questionsFile)(column);
  }
  for (const column of itemColumns) {
    const [, subject, number] = ITEM_LIKE.exec(column.name)!;
    const itemNo = itemNos.get(`${subject}\u0000${canonicalItemNo(number!)}`);
    if (itemNo === undefined) {
      notInMaster(masters.itemsFile)(column);
      continue;
    }
    let group = columns.subjects.find((g) => g.subject === subject);
    if (!group) columns.subjects.push((group = { subject: subject!, items: [] }));
    group.items.push({ ...column, subject: subject!, itemNo });
  }
  return columns;
}
