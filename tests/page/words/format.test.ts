import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDiff,
  formatFiscalYear,
  formatInterval,
  formatLevel,
  formatNumber,
  formatValue,
} from '../../../pipeline/page/words/format.js';

const percent = { unit: '%', decimals: 1 } as const;

describe('formatNumber', () => {
  it('rounds half away from zero at the given places', () => {
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(-2.5, 0)).toBe('−3');
    expect(formatNumber(62.25, 1)).toBe('62.3');
    expect(formatNumber(487.5, 0)).toBe('488');
  });

  it('writes a typographic minus, and no sign on a value that rounds to zero', () => {
    expect(formatNumber(-0.35, 2)).toBe('−0.35');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(0, 2)).toBe('0.00');
  });
});

describe('figures, intervals and differences', () => {
  it('adds the measure’s unit to a figure', () => {
    expect(formatValue(58.333, percent)).toBe('58.3%');
    expect(formatValue(512.4, { unit: '点', decimals: 0 })).toBe('512点');
    expect(formatValue(2.6166, { unit: '', decimals: 2 })).toBe('2.62');
  });

  it('writes an interval as lo〜hi', () => {
    expect(formatInterval([18.4559, 39.8774], percent)).toBe('18.5〜39.9');
    expect(formatInterval([-0.333, 2.333], { unit: '段階', decimals: 2 })).toBe('−0.33〜2.33');
  });

  it('signs a difference and writes percent differences in points', () => {
    expect(formatDiff(2.24, percent)).toBe('+2.2ポイント');
    expect(formatDiff(-20.83, percent)).toBe('−20.8ポイント');
    expect(formatDiff(0.01, percent)).toBe('0.0ポイント');
    expect(formatDiff(-12, { unit: '点', decimals: 0 })).toBe('−12点');
    expect(formatDiff(0.35, { unit: '', decimals: 2 })).toBe('+0.35');
  });
});

describe('dates, years and levels', () => {
  it('writes the build date and the Reiwa fiscal year', () => {
    expect(formatDate('2025-10-01')).toBe('2025年10月1日');
    expect(formatFiscalYear(2025)).toBe('令和7年度');
    expect(formatFiscalYear(2019)).toBe('令和元年度');
  });

  it('names the level of a step of the 36-step scale', () => {
    expect(formatLevel(1)).toBe('1-C');
    expect(formatLevel(12)).toBe('4-A');
    expect(formatLevel(15.6)).toBe('6-C');
    expect(formatLevel(36)).toBe('12-A');
    expect(formatLevel(40)).toBe('12-A');
  });
});
