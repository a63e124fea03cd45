/**
 * The measures of a year as the masters define them: an item's own measures (its 正答率 and
 * 無解答率) carry the 設問マスタ's 領域, 観点 and 問題形式 into the results, a blank cell as
 * null; no other measure carries them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEdition } from '../../pipeline/analyze/analyzeEdition.js';
import { defineMeasures } from '../../pipeline/analyze/measures.js';
import { schoolResultsSchema } from '../../pipeline/analyze/resultsSchema.js';
import { joinStudents } from '../../pipeline/join/joinStudents.js';
import { defaultConfig } from '../../pipeline/shared/config.js';
import type { ZenkokuItem } from '../../pipeline/shared/types.js';
import { inputData, key, school, zenkokuRow } from '../helpers/inputData.js';
import { META } from './plantedEdition.js';

const config = { ...defaultConfig(), minGroupSize: 3 };

const item = (itemNo: string, domain: string, viewpoint: string, format: string): ZenkokuItem => ({
  schoolType: '小',
  subject: '国語',
  itemNo,
  domain,
  viewpoint,
  format,
  nationalRate: null,
  prefectureRate: null,
});

// 01 has every cell; 02 leaves 観点 blank, 03 leaves 領域 and 問題形式 blank.
const data = inputData({
  schools: [school('A', '小'), school('B', '小')],
  zenkoku: ['A', 'B'].flatMap((s) =>
    Array.from({ length: 4 }, (_, i) =>
      zenkokuRow(key(s, 6, '1', i + 1), { 国語: { '01': 1, '02': i % 2 === 0 ? 1 : 0, '03': 0 } }),
    ),
  ),
  zenkokuItems: [
    item('01', '話すこと・聞くこと', '思考・判断・表現', '記述式'),
    item('02', '書くこと', '', '選択式'),
    item('03', '', '知識・技能', ''),
  ],
});

describe('item measures', () => {
  const defs = defineMeasures(
    data,
    joinStudents(data, config.editions.final, config).students,
    config,
  ).get('小')!;

  it('carry the 設問マスタ’s 領域, 観点 and 問題形式 on the item’s 正答率 and 無解答率', () => {
    const full = { domain: '話すこと・聞くこと', viewpoint: '思考・判断・表現', format: '記述式' };
    expect(defs.get('zenkoku.国語.item.01')!.item).toEqual(full);
    expect(defs.get('zenkoku.国語.noAnswer.01')!.item).toEqual(full);
  });

  it('give a blank cell of the master as null, never as an empty label', () => {
    expect(defs.get('zenkoku.国語.item.02')!.item).toEqual({
      domain: '書くこと',
      viewpoint: null,
      format: '選択式',
    });
    expect(defs.get('zenkoku.国語.noAnswer.03')!.item).toEqual({
      domain: null,
      viewpoint: '知識・技能',
      format: null,
    });
  });

  it('are the only measures that carry them', () => {
    const carrying = [...defs.values()].filter((d) => 'item' in d).map((d) => d.id);
    expect(carrying.sort()).toEqual(
      ['01', '02', '03']
        .flatMap((no) => [`zenkoku.国語.item.${no}`, `zenkoku.国語.noAnswer.${no}`])
        .sort(),
    );
  });
});

describe('item measures in the results', () => {
  const analysis = analyzeEdition(
    data,
    joinStudents(data, config.editions.final, config),
    config,
    META,
  );
  const results = [...analysis.schools].find((s) => s.school.code === 'A')!;
  const info = (id: string) => results.measures.find((m) => m.id === id)!;

  it('publish the master’s words with each item measure, under the results schema', () => {
    expect(info('zenkoku.国語.item.02').item).toEqual({
      domain: '書くこと',
      viewpoint: null,
      format: '選択式',
    });
    expect(info('zenkoku.国語.noAnswer.01').item?.format).toBe('記述式');
    expect('item' in info('zenkoku.国語.rate')).toBe(false);
    expect('item' in info('zenkoku.国語.domain.書くこと')).toBe(false);
    const json = JSON.parse(JSON.stringify(results)) as unknown;
    expect(schoolResultsSchema.parse(json)).toEqual(json);
  });

  it('publish them to the board’s city results too', () => {
    const city = analysis.city.types.find((t) => t.schoolType === '小')!;
    const measure = city.measures.find((m) => m.id === 'zenkoku.国語.item.03');
    expect(measure?.item).toEqual({ domain: null, viewpoint: '知識・技能', format: null });
  });
});
