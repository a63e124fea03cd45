import { describe, expect, it } from 'vitest';
import { measureTextWidth } from '../../pipeline/chart/measure.js';
import { wrapLabel, wrapText } from '../../pipeline/chart/wrap.js';

const LONG =
  '情報の扱い方に関する事項（１）ア 原因と結果など情報と情報との関係について理解すること';

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('話すこと・聞くこと', 200, 12)).toEqual(['話すこと・聞くこと']);
  });

  it('breaks a long label into lines no wider than the limit, losing no character', () => {
    const lines = wrapText(LONG, 120, 12);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(measureTextWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/ /g, '')).toBe(LONG.replace(/ /g, ''));
  });

  it('breaks between words, not inside them', () => {
    expect(wrapText('プランニング方略', 80, 12)).toEqual(['プランニング', '方略']);
  });

  it('starts no line with closing punctuation and ends none with an opening bracket', () => {
    const lines = wrapText('どちらかといえば、当てはまる（肯定的な回答）', 100, 12);
    for (const line of lines) {
      expect('、。）」・').not.toContain(line[0]);
      expect('（「').not.toContain(line.at(-1));
    }
  });

  it('cuts a word wider than a whole line by characters', () => {
    const lines = wrapText('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureTextWidth(line, 12)).toBeLessThanOrEqual(60);
  });

  it('keeps existing newlines and returns one empty line for empty text', () => {
    expect(wrapText('国語\n算数', 200, 12)).toEqual(['国語', '算数']);
    expect(wrapText('', 200, 12)).toEqual(['']);
  });
});

describe('wrapLabel', () => {
  it('joins the lines with newlines for the axis label expression', () => {
    expect(wrapLabel('プランニング方略', 80, 12)).toBe('プランニング\n方略');
  });
});
