import { describe, expect, it } from 'vitest';
import { classLabel, classPageName, gradeClassLabel } from '../../pipeline/page/names.js';

describe('names', () => {
  it('names class pages by grade and position only', () => {
    expect(classPageName(6, 1)).toBe('g6-c01.html');
    expect(classPageName(3, 12)).toBe('g3-c12.html');
  });

  it('says 組 after a number or letter, and keeps a special class’s own name', () => {
    expect(classLabel('1')).toBe('1組');
    expect(classLabel('A')).toBe('A組');
    expect(classLabel('なかよし')).toBe('なかよし');
    expect(gradeClassLabel(6, '2')).toBe('6年2組');
    expect(gradeClassLabel(4, 'ひまわり')).toBe('4年 ひまわり');
  });
});
