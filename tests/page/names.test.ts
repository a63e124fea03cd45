import { describe, expect, it } from 'vitest';
import {
  analysisPageName,
  classPageName,
  scalesPageName,
  subjectPageName,
} from '../../pipeline/page/names.js';
import { classLabel, gradeClassLabel } from '../../pipeline/page/words/pages.js';

describe('names', () => {
  it('names class pages by grade and position only', () => {
    expect(classPageName(6, 1)).toBe('g6-c01.html');
    expect(classPageName(3, 12)).toBe('g3-c12.html');
  });

  it('names subject pages by the subject’s ASCII name, else by its position', () => {
    expect(subjectPageName(6, '国語', 1)).toBe('g6-kokugo.html');
    expect(subjectPageName(3, '数学', 2)).toBe('g3-sugaku.html');
    expect(subjectPageName(6, '外国語活動', 4)).toBe('g6-s04.html');
    expect(subjectPageName(6, '../x', 5)).toBe('g6-s05.html');
  });

  it('names the grade pages of the questionnaire and the analysis', () => {
    expect(scalesPageName(6)).toBe('g6-scales.html');
    expect(analysisPageName(2)).toBe('g2-analysis.html');
  });

  it('says 組 after a number or letter, and keeps a special class’s own name', () => {
    expect(classLabel('1')).toBe('1組');
    expect(classLabel('A')).toBe('A組');
    expect(classLabel('なかよし')).toBe('なかよし');
    expect(gradeClassLabel(6, '2')).toBe('6年2組');
    expect(gradeClassLabel(4, 'ひまわり')).toBe('4年 ひまわり');
  });
});
