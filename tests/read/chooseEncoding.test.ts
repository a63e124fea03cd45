import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ByteProfiler } from '../../pipeline/read/profileBytes.js';
import { isusItemsTable } from '../../pipeline/read/readIsusItems.js';
import { schoolsTable } from '../../pipeline/read/readSchools.js';
import { csv, fatal, readOne, removeInputDirs } from './readHelpers.js';

afterAll(removeInputDirs);

const SCHOOLS_CSV = csv('学校コード,学校名,校種', '1101,㈱①髙﨑小学校,小', '2101,ｲﾜｷ中学校,中');

describe('encoding detection', () => {
  it('reads plain UTF-8', async () => {
    const { rows, report } = await readOne(schoolsTable, SCHOOLS_CSV);
    expect(report.encoding).toBe('utf-8');
    expect(rows.map((s) => s.name)).toEqual(['(株)1髙﨑小学校', 'イワキ中学校']);
  });

  it('reads UTF-8 with a BOM and drops the BOM from the first header', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SCHOOLS_CSV)]);
    const { rows, report } = await readOne(schoolsTable, bytes);
    expect(report.encoding).toBe('utf-8-bom');
    expect(rows[0]?.code).toBe('1101');
  });

  it('reads Shift_JIS (CP932) with NEC and IBM extension characters', async () => {
    const bytes = iconv.encode(SCHOOLS_CSV, 'cp932');
    expect(bytes.includes(Buffer.from([0x87, 0x40]))).toBe(true); // ① is an NEC special
    const { rows, report } = await readOne(schoolsTable, bytes);
    expect(report.encoding).toBe('shift_jis');
    // NFKC turns ㈱ into (株), ① into 1 and half-width katakana into full-width; 髙 and 﨑 stay.
    expect(rows.map((s) => s.name)).toEqual(['(株)1髙﨑小学校', 'イワキ中学校']);
  });

  it('hashes and counts the bytes of the file as read', async () => {
    const bytes = iconv.encode(SCHOOLS_CSV, 'cp932');
    const { report } = await readOne(schoolsTable, bytes);
    const { createHash } = await import('node:crypto');
    expect(report.bytes).toBe(bytes.length);
    expect(report.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('lets the configuration force Shift_JIS where detection would say EUC-JP', async () => {
    // Contract headers are Japanese, which no Shift_JIS file can also be valid EUC-JP with; but
    // with ASCII headers (mapped by aliases) and half-width katakana in pairs, the bytes fit both.
    const aliases = { no: '項目番号', text: '項目内容', scale: '尺度', rev: '逆転' };
    const bytes = iconv.encode(csv('no,text,scale,rev', 'Q01,ｱｲ,ｶｷ,0'), 'cp932');
    const auto = await fatal(readOne(isusItemsTable, bytes, { aliases }));
    expect(auto.issue).toMatchObject({ code: 'E_ENCODING_UNKNOWN', detail: 'EUC-JP' });
    const forced = await readOne(isusItemsTable, bytes, { aliases, encoding: 'shift_jis' });
    expect(forced.report.encoding).toBe('shift_jis');
    expect(forced.rows[0]).toMatchObject({ text: 'アイ', scale: 'カキ' });
  });

  it('refuses a forced encoding the bytes are not valid in', async () => {
    const sjis = iconv.encode(SCHOOLS_CSV, 'cp932');
    const error = await fatal(readOne(schoolsTable, sjis, { encoding: 'utf-8' }));
    expect(error.issue).toMatchObject({
      code: 'E_ENCODING_MISMATCH',
      expected: 'UTF-8',
      detail: 'Shift_JIS',
    });
    const forcedUtf8 = await readOne(schoolsTable, SCHOOLS_CSV, { encoding: 'utf-8' });
    expect(forcedUtf8.report.encoding).toBe('utf-8');
  });

  it.each([
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SCHOOLS_CSV, 'utf16le')]),
      'UTF-16LE',
    ],
    ['UTF-16LE without BOM', Buffer.from(SCHOOLS_CSV, 'utf16le'), 'UTF-16LE'],
    ['UTF-16BE without BOM', Buffer.from(SCHOOLS_CSV, 'utf16le').swap16(), 'UTF-16BE'],
    ['EUC-JP', iconv.encode(SCHOOLS_CSV.replace(/ｲﾜｷ/, 'いわき'), 'eucjp'), 'EUC-JP'],
    ['ISO-2022-JP', Buffer.from('学校コード\n\x1b$B3X\x1b(B\n', 'latin1'), 'ISO-2022-JP'],
  ])(
    'refuses %s as an unknown encoding, naming it and the file',
    async (_name, bytes, looksLike) => {
      const error = await fatal(readOne(schoolsTable, bytes));
      expect(error.issue).toMatchObject({ code: 'E_ENCODING_UNKNOWN', detail: looksLike });
      expect(error.issue.file).toMatch(/input\.csv$/);
      expect(error.text('ja')).toContain(looksLike);
    },
  );

  it('refuses a workbook saved as .csv and other binary files as not CSV', async () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<w/>'),
    });
    expect((await fatal(readOne(schoolsTable, xlsx))).issue).toMatchObject({
      code: 'E_FILE_NOT_CSV',
      detail: '.xlsx / ZIP',
    });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await fatal(readOne(schoolsTable, xls))).issue.detail).toBe('.xls');
    const nul = Buffer.from('学校コード,学校名,校種\n1101,a\u0000b,小\n');
    expect((await fatal(readOne(schoolsTable, nul))).issue).toMatchObject({
      code: 'E_FILE_NOT_CSV',
      detail: '0x00',
    });
  });

  it('refuses a UTF-8 file with Shift_JIS bytes appended as a mix, not as either', async () => {
    const mixed = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(csv('学校コード,学校名,校種')),
      iconv.encode(csv('1101,平小,小'), 'cp932'),
    ]);
    const error = await fatal(readOne(schoolsTable, mixed));
    expect(error.issue.code).toBe('E_ENCODING_UNKNOWN');
    expect(error.issue.detail).toContain('UTF-8 BOM');
  });
});

describe('empty files', () => {
  it.each([
    ['no bytes', ''],
    ['only a BOM', '\uFEFF'],
    ['only blank lines', '\n\r\n  \n\u3000\n,,,\n'],
  ])('refuses a file with %s as empty', async (_name, content) => {
    expect((await fatal(readOne(schoolsTable, content))).issue.code).toBe('E_FILE_EMPTY');
  });

  it('refuses a file with only a header (and blank lines) as header-only', async () => {
    const error = await fatal(readOne(schoolsTable, csv('学校コード,学校名,校種', '', ',,')));
    expect(error.issue.code).toBe('E_FILE_HEADER_ONLY');
  });
});

describe('ByteProfiler', () => {
  const profile = (chunks: Buffer[]) => {
    const profiler = new ByteProfiler();
    for (const chunk of chunks) profiler.feed(chunk);
    const { head: _head, ...rest } = profiler.finish();
    return rest;
  };
  const bytewise = (bytes: Buffer) => [...bytes].map((byte) => Buffer.from([byte]));

  it.each([
    ['UTF-8', Buffer.from(SCHOOLS_CSV)],
    ['Shift_JIS', iconv.encode(SCHOOLS_CSV, 'cp932')],
    ['EUC-JP', iconv.encode('学校,いわき\n', 'eucjp')],
  ])('gives the same %s profile whether a character is split across chunks or not', (_n, bytes) => {
    expect(profile(bytewise(bytes))).toEqual(profile([bytes]));
  });

  it('finds a Shift_JIS pair that CP932 does not define (lead 0x85) invalid', () => {
    expect(profile([Buffer.from([0x61, 0x85, 0x40])]).shiftJis).toBe(false);
    expect(profile([Buffer.from([0x61, 0x87, 0x40])]).shiftJis).toBe(true);
  });

  it('finds a truncated multibyte character at the end invalid', () => {
    const cut = Buffer.from('あ').subarray(0, 2);
    expect(profile([cut]).utf8).toBe(false);
    expect(profile([Buffer.from([0x82])]).shiftJis).toBe(false);
  });
});
