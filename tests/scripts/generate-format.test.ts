import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, type GeneratedFile } from '../../scripts/generate/files.js';
import { quoteCell } from '../../scripts/generate/csv-writer.js';
import { SAMPLE_DIR, readTable, readText } from './generate-read.js';

// These tests read the committed sample; generate.test.ts proves it equals a fresh generation.
const raw = (file: GeneratedFile): Buffer => readFileSync(join(SAMPLE_DIR, FILES[file].name));
const range = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
const KEYS = ['学校コード', '学年', '組', '出席番号'];
const SCALES = [
  '自制心',
  '自己効力感',
  '勤勉性',
  'やり抜く力',
  '柔軟的方略',
  'プランニング方略',
  '作業方略',
  '人に頼る方略',
  '認知的方略',
];

describe('encodings and line ends', () => {
  it('writes schools.csv and zenkoku.csv as CP932, with characters only CP932 has', () => {
    for (const file of ['schools', 'zenkoku'] as const) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw(file)), file).toThrow();
    }
    const schools = readText(SAMPLE_DIR, 'schools');
    expect(schools).toMatch(/髙/);
    expect(schools).toMatch(/﨑/);
    expect(schools).not.toMatch(/[\uFFFD?]/);
    // 髙 and 﨑 lie in the IBM extension rows (lead bytes 0xFA–0xFC), outside JIS X 0208.
    expect(
      [...raw('schools')].some((b, i, all) => b >= 0xfa && b <= 0xfc && (all[i + 1] ?? 0) >= 0x40),
    ).toBe(true);
  });

  it('puts a BOM exactly where intended and uses the intended line ends', () => {
    for (const [file, { dialect }] of Object.entries(FILES) as [
      GeneratedFile,
      (typeof FILES)[GeneratedFile],
    ][]) {
      const bytes = raw(file);
      const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      expect(hasBom, file).toBe(dialect.bom);
      const text = bytes.toString('latin1');
      const crlf = text.split('\r\n').length - 1;
      const lf = text.split('\n').length - 1;
      if (dialect.eol === '\r\n') expect(crlf, file).toBe(lf);
      else expect(text.includes('\r'), file).toBe(false);
      expect(text.endsWith(dialect.eol), file).toBe(true);
    }
    const kinds = new Set(
      Object.values(FILES).map((f) => `${f.dialect.encoding}${f.dialect.bom}${f.dialect.eol}`),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it('quotes a cell only when it must, and the quoted question reads back whole', () => {
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('plain')).toBe('plain');
    const { rows } = readTable(SAMPLE_DIR, 'zenkokuQuestions');
    const game = rows.find((r) => r[1] === '11');
    expect(game?.[2]).toMatch(/コンピュータゲーム, 携帯式のゲーム, /);
    expect(game).toHaveLength(7);
  });
});

describe('headers follow the data contract', () => {
  const expected: Record<GeneratedFile, string[]> = {
    schools: ['学校コード', '学校名', '校種', '地区', '送付先メール'],
    zenkoku: [
      ...KEYS,
      '児童生徒ID',
      '性別',
      ...range('国語_', 15),
      ...range('算数_', 16),
      ...range('数学_', 16),
      '理科_IRT',
      '理科_IRTバンド',
      ...range('質問', 20),
    ],
    zenkokuItems: [
      '校種',
      '教科',
      '設問番号',
      '領域',
      '観点',
      '問題形式',
      '全国正答率',
      '福島県正答率',
    ],
    zenkokuQuestions: ['校種', '質問番号', '質問文', '分類', '選択肢', '肯定的回答', '要因分析'],
    fukushima: [
      ...KEYS,
      '児童生徒ID',
      ...['国語', '算数', '数学', '英語'].flatMap((s) => [
        `${s}_学力レベル`,
        `${s}_前年度学力レベル`,
        `${s}_正答率`,
      ]),
      ...SCALES,
    ],
    isus: [...KEYS, '実施回', ...range('Q', 24)],
    isusItems: ['項目番号', '項目内容', '尺度', '逆転'],
    benchmarks: ['調査', '校種', '学年', '教科', '指標', '全国', '福島県'],
  };
  for (const file of Object.keys(expected) as GeneratedFile[]) {
    it(`${FILES[file].name}`, () => {
      const { header, rows } = readTable(SAMPLE_DIR, file);
      expect(header).toEqual(expected[file]);
      for (const row of rows) expect(row).toHaveLength(header.length);
    });
  }
});
