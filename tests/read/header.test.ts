import { afterAll, describe, expect, it } from 'vitest';
import { Header } from '../../pipeline/read/header.js';
import { schoolsTable } from '../../pipeline/read/readSchools.js';
import { zenkokuTable } from '../../pipeline/read/readZenkoku.js';
import {
  csv,
  expectAccounted,
  fatal,
  issueList,
  readOne,
  removeInputDirs,
  SCHOOLS,
} from './readHelpers.js';

afterAll(removeInputDirs);

const zenkoku = zenkokuTable(SCHOOLS, {
  items: [],
  questions: [],
  itemsFile: 'items',
  questionsFile: 'questions',
});

describe('header matching', () => {
  it('maps a misnamed header through the aliases, normalised on both sides', async () => {
    const content = csv('学校番号,学年,組,出席番', '1101,6,1,1');
    const aliases = { 学校番号: '学校コード', 出席番: '出席番号' };
    const { rows, report, log } = await readOne(zenkoku, content, { aliases });
    expect(rows[0]?.key).toEqual({ school: '1101', grade: 6, class: '1', seat: 1 });
    expect(log.issues).toEqual([]);
    expectAccounted(report, log);
  });

  it('stops on a required column missing without an alias, naming it and the headers found', async () => {
    const content = csv('学校番号,学年,組,出席番号', '1101,6,1,1');
    const error = await fatal(readOne(zenkoku, content));
    expect(error.issue).toMatchObject({
      code: 'E_COLUMN_MISSING',
      column: '学校コード',
      found: '学校番号, 学年, 組, 出席番号',
    });
    expect(error.issue.file).toMatch(/input\.csv$/);
    expect(error.text('ja')).toContain('学校番号, 学年, 組, 出席番号');
  });

  it('names every missing required column at once', async () => {
    const error = await fatal(readOne(schoolsTable, csv('学校コード', '1101')));
    expect(error.issue.column).toBe('学校名, 校種');
  });

  it('stops when two columns end up with one name', async () => {
    const content = csv('学校コード,学校番号,学年,組,出席番号', '1101,1101,6,1,1');
    const error = await fatal(readOne(zenkoku, content, { aliases: { 学校番号: '学校コード' } }));
    expect(error.issue).toMatchObject({
      code: 'E_COLUMN_DUPLICATE',
      column: '学校コード',
      detail: '1, 2',
    });
  });

  it('warns once about each column outside the contract, including one without a header', async () => {
    const content = csv('学校コード,学校名,備考,校種,,電話', '1101,a,x,小,y,0246', '1102,b,,中,,');
    const { rows, report, log } = await readOne(schoolsTable, content);
    expect(rows).toHaveLength(2);
    expect(log.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['W_COLUMN_UNKNOWN', 1, '備考'],
      ['W_COLUMN_UNKNOWN', 1, '#5'],
      ['W_COLUMN_UNKNOWN', 1, '電話'],
    ]);
    expect(report.warnings).toBe(3);
    expectAccounted(report, log);
  });

  it('takes the first non-blank line as the header, with its own line number', async () => {
    const { log } = await readOne(
      schoolsTable,
      csv('', ',,', '学校コード,学校名,校種,備考', '1101,a,小,'),
    );
    expect(issueList(log)).toEqual(['W_COLUMN_UNKNOWN@3']);
  });

  it('drops only trailing empty header cells', () => {
    const header = new Header(['a', '', 'b', '', ''], {}, 'f.csv');
    expect(header.width).toBe(3);
    expect(header.unused().map((c) => c.header)).toEqual(['a', '#2', 'b']);
  });
});
