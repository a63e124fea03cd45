import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { createLineEndNormalizer, createTextDecoder } from '../../pipeline/read/decodeText.js';
import { normalizeCell } from '../../pipeline/read/normalizeCell.js';
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

const NO_MASTERS = { items: [], questions: [], itemsFile: 'items', questionsFile: 'questions' };
const zenkoku = zenkokuTable(SCHOOLS, NO_MASTERS);

describe('cell normalisation', () => {
  it('reads full-width digits and letters as ASCII and trims ASCII and ideographic spaces', () => {
    expect(normalizeCell('１２')).toBe('12');
    expect(normalizeCell('\u3000６年 ')).toBe('6年');
    expect(normalizeCell('Ｑ０１')).toBe('Q01');
    expect(normalizeCell(' \t1 組\u3000')).toBe('1 組');
    expect(normalizeCell('\uFEFF学校コード')).toBe('学校コード');
  });

  it('accepts keys written in full-width digits and padded with U+3000', async () => {
    const { rows, report, log } = await readOne(
      zenkoku,
      csv(
        '\u3000学校コード,学年,組,出席番号\u3000',
        '１１０１,６,\u3000１\u3000,０１２',
        '1101,6年,2,1',
      ),
    );
    expect(rows.map((r) => r.key)).toEqual([
      { school: '1101', grade: 6, class: '1', seat: 12 },
      { school: '1101', grade: 6, class: '2', seat: 1 },
    ]);
    expect(log.issues).toEqual([]);
    expectAccounted(report, log);
  });
});

describe('CSV dialect', () => {
  it('gives each row the physical line it starts on, after quoted line breaks and blank lines', async () => {
    const content = [
      '学校コード,学校名,校種', // 1
      '1101,"平\n第一, 小",小', // 2–3
      '', // 4
      ',名無し,小', // 5: rejected
      '1102,"a\r\nb\nc",中', // 6–8
      '\u3000', // 9: blank after normalisation
      ',,', // 10: blank
      '1103,"He said ""hi""",大', // 11: rejected
      '',
    ].join('\n');
    const { rows, report, log } = await readOne(schoolsTable, content);
    expect(issueList(log)).toEqual(['R_REQUIRED_EMPTY@5', 'R_VALUE_INVALID@11']);
    expect(rows.map((s) => s.name)).toEqual(['平\n第一, 小', 'a\nb\nc']);
    expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 2, rowsRejected: 2 });
    expectAccounted(report, log);
  });

  it('reads CRLF, LF and CR line ends mixed in one file', async () => {
    const content = '学校コード,学校名,校種\r\n1101,a,小\n1102,b,小\r1103,c,X\r\n1104,d,中';
    const { rows, log } = await readOne(schoolsTable, content);
    expect(rows.map((s) => s.code)).toEqual(['1101', '1102', '1104']);
    expect(issueList(log)).toEqual(['R_VALUE_INVALID@4']);
  });

  it('ignores a trailing empty column in the header, the rows, or both', async () => {
    for (const content of [
      csv('学校コード,学校名,校種,', '1101,a,小,', '1102,b,中,'),
      csv('学校コード,学校名,校種', '1101,a,小,', '1102,b,中,'),
      csv('学校コード,学校名,校種,', '1101,a,小', '1102,b,中'),
    ]) {
      const { rows, report, log } = await readOne(schoolsTable, content);
      expect(rows).toHaveLength(2);
      expect(log.issues).toEqual([]);
      expect(report.warnings).toBe(0);
    }
  });

  it('strips a byte-order mark in the middle of the file, as left by joined exports', async () => {
    const content = csv(
      '学校コード,学校名,校種',
      '1101,a,小',
      '\uFEFF1102,b,中',
      '1103,c\uFEFF,中',
    );
    const { rows, log } = await readOne(schoolsTable, content);
    expect(rows.map((s) => [s.code, s.name])).toEqual([
      ['1101', 'a'],
      ['1102', 'b'],
      ['1103', 'c'],
    ]);
    expect(log.issues).toEqual([]);
  });

  it('reads a short row (Excel drops trailing empty cells) with the missing cells blank', async () => {
    const content = csv('学校コード,学校名,校種,地区,送付先メール', '1101,a,小', '1102,b,中,平');
    const { rows, log } = await readOne(schoolsTable, content);
    expect(rows.map((s) => s.district)).toEqual([null, '平']);
    expect(log.issues).toEqual([]);
  });

  it('rejects a row with more values than the header has columns', async () => {
    const content = csv('学校コード,学校名,校種', '1101,平,第一,小', '1102,b,中,,');
    const { rows, report, log } = await readOne(schoolsTable, content);
    expect(rows.map((s) => s.code)).toEqual(['1102']);
    expect(log.issues).toEqual([
      expect.objectContaining({ code: 'R_FIELDS_EXTRA', line: 2, count: 4, expected: '3' }),
    ]);
    expectAccounted(report, log);
  });

  it('stops at a quote that is never closed, naming the line it opens on', async () => {
    const content = csv('学校コード,学校名,校種', '1101,a,小', '1102,"b,中', '1103,c,中');
    const error = await fatal(readOne(schoolsTable, content));
    expect(error.issue).toMatchObject({ code: 'E_CSV_QUOTE', line: 3 });
    expect(error.text('en')).toContain('line 3');
  });

  it('stops a row that runs on past 4 MB before it gathers the rest of a large file', async () => {
    const rest = '1104,d,中\n'.repeat(600_000); // about 6 MB after the open quote
    const content = csv('学校コード,学校名,校種', '1101,a,小', '1102,"b,中') + rest;
    const error = await fatal(readOne(schoolsTable, content));
    expect(error.issue).toMatchObject({ code: 'E_CSV_ROW_TOO_LONG', line: 3, detail: '4 MB' });
  });

  it('stops at a misplaced quote that would swallow the next line', async () => {
    const content = csv('学校コード,学校名,校種', '1101,"a"b,小', '1102,c,"中"');
    expect((await fatal(readOne(schoolsTable, content))).issue).toMatchObject({
      code: 'E_CSV_QUOTE',
      line: 2,
    });
  });
});

describe('streaming decoders', () => {
  it('decodes Shift_JIS split inside a character the same as whole', () => {
    const bytes = iconv.encode('①㈱髙﨑,いわき\n', 'cp932');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = createTextDecoder('shift_jis');
      const text =
        decoder.write(bytes.subarray(0, cut)) + decoder.write(bytes.subarray(cut)) + decoder.end();
      expect(text).toBe('①㈱髙﨑,いわき\n');
    }
  });

  it('drops a leading UTF-8 BOM and decodes a character split across chunks', () => {
    const bytes = Buffer.from('\uFEFFあ,い');
    const decoder = createTextDecoder('utf-8-bom');
    expect(
      decoder.write(bytes.subarray(0, 4)) + decoder.write(bytes.subarray(4)) + decoder.end(),
    ).toBe('あ,い');
  });

  it('turns CRLF split across chunks into one line break, and a final CR into one', () => {
    const normalize = createLineEndNormalizer();
    const text = normalize('a\r', false) + normalize('\nb\r', false) + normalize('\rc\r', true);
    expect(text).toBe('a\nb\n\nc\n');
  });
});
