import { describe, expect, it } from 'vitest';
import { prepareComparison } from '../../pipeline/chart/comparison.js';
import { prepareCross } from '../../pipeline/chart/cross.js';
import { prepareDistribution } from '../../pipeline/chart/distribution.js';
import {
  categoryStep,
  legendSuffixes,
  orderCategories,
  presentGroups,
} from '../../pipeline/chart/prepare.js';
import { prepareProfile } from '../../pipeline/chart/profile.js';
import { prepareScatter } from '../../pipeline/chart/scatter.js';
import { comparisonInput, crossInput, distributionInput, profileInput } from './fixtures.js';

describe('orderCategories', () => {
  it('numbers categories in first-seen order and wraps long labels', () => {
    const lookup = orderCategories(['算数', '国語', '算数', 'プランニング方略'], 80);
    expect([...lookup.keys()]).toEqual(['算数', '国語', 'プランニング方略']);
    expect(lookup.get('国語')).toEqual({ order: 1, label: '国語' });
    expect(lookup.get('プランニング方略')!.label).toBe('プランニング\n方略');
  });
});

describe('legendSuffixes', () => {
  it('gives one n, a range of n, or nothing for published values', () => {
    expect(
      legendSuffixes([
        { group: '本校', n: 58 },
        { group: '本校', n: 58 },
        { group: '市全体', n: 1990 },
        { group: '市全体', n: 2004 },
        { group: '全国', n: null },
      ]),
    ).toEqual({ 本校: '（n=58）', 市全体: '（n=1990〜2004）' });
  });

  it('counts in a unit when given one', () => {
    expect(
      legendSuffixes(
        [
          { group: '市全体', n: 5 },
          { group: '市全体', n: 7 },
        ],
        '校',
      ),
    ).toEqual({ 市全体: '（5〜7校）' });
  });
});

describe('presentGroups', () => {
  it('lists groups present in palette order', () => {
    expect(presentGroups([{ group: '全国' }, { group: '本校' }, { group: '本学級' }])).toEqual([
      '本学級',
      '本校',
      '全国',
    ]);
  });
});

describe('categoryStep', () => {
  it('grows with wrapped lines and with lanes', () => {
    expect(categoryStep(1, 1, 14)).toBe(28);
    expect(categoryStep(3, 1, 14)).toBe(3 * 15 + 10);
    expect(categoryStep(1, 5, 14)).toBe(Math.ceil((5 * 14) / 0.8));
  });
});

describe('prepareDistribution', () => {
  it('adds bin order and label, and sums counts into each group’s n', () => {
    const prepared = prepareDistribution(distributionInput);
    const rows = prepared.tables.table as { label: string; order: number }[];
    expect(rows[0]).toMatchObject({ label: '0〜2', order: 0 });
    expect(rows.at(-1)).toMatchObject({ label: '12〜14', order: 4 });
    expect(prepared.signals.legendGroups).toEqual(['本学級', '本校', '市全体']);
    expect(prepared.signals.legendSuffix).toEqual({
      本学級: '（n=26）',
      本校: '（n=58）',
      市全体: '（n=2000）',
    });
    expect(prepared.signals.xTitle).toBe('正答数（問）');
  });

  it('counts in the unit given, e.g. schools rather than students', () => {
    const prepared = prepareDistribution({ ...distributionInput, countUnit: '校' });
    expect(prepared.signals.legendSuffix).toEqual({
      本学級: '（26校）',
      本校: '（58校）',
      市全体: '（2000校）',
    });
  });

  it('drops rows whose share is not a number', () => {
    const prepared = prepareDistribution({
      ...distributionInput,
      rows: [{ bin: '0', group: '本校', share: Number.NaN, count: 0 }],
    });
    expect(prepared.tables.table).toEqual([]);
  });
});

describe('prepareComparison', () => {
  it('keeps interval ends, wraps the long item label and sizes rows for it', () => {
    const prepared = prepareComparison(comparisonInput);
    const rows = prepared.tables.table as { label: string; lower: number | null }[];
    expect(rows.find((r) => r.label.includes('情報の扱い方'))!.label.split('\n').length).toBe(3);
    expect(rows.filter((r) => r.lower !== null)).toHaveLength(4);
    expect(prepared.signals.y_step).toBe(3 * 15 + 10);
    expect(prepared.signals.valueDomain).toEqual([0, 100]);
    expect(prepared.signals.legendGroups).toEqual(['本校', '市全体', '福島県', '全国']);
  });

  it('sends null for a missing domain so the axis follows the data', () => {
    expect(prepareComparison({ ...comparisonInput, domain: null }).signals.valueDomain).toBeNull();
  });
});

describe('prepareProfile', () => {
  it('gives every group a lane', () => {
    const prepared = prepareProfile(profileInput);
    expect(prepared.signals.y_step).toBe(Math.ceil((3 * 12) / 0.8));
    expect(prepared.tables.table).toHaveLength(12);
  });
});

describe('prepareCross', () => {
  it('writes n beside the interval end and leaves n out of the legend', () => {
    const prepared = prepareCross(crossInput);
    expect(prepared.tables.table?.[0]).toMatchObject({ nText: 'n=20', end: 76 });
    expect(prepared.signals.legendSuffix).toEqual({});
  });
});

describe('prepareScatter', () => {
  it('joins students at the same spot into one labelled point', () => {
    const prepared = prepareScatter({
      title: 't',
      xTitle: 'x',
      yTitle: 'y',
      medians: { x: 2, y: 50 },
      rows: [
        { seat: 17, x: 2.5, y: 48 },
        { seat: 3, x: 2.5, y: 48 },
        { seat: 5, x: 3, y: 60 },
        { seat: 9, x: Number.NaN, y: 60 },
      ],
    });
    expect(prepared.tables.table).toEqual([
      { x: 2.5, y: 48, seats: '3・17' },
      { x: 3, y: 60, seats: '5' },
    ]);
    expect(prepared.tables.medians).toEqual([{ x: 2, y: 50 }]);
    expect(prepared.tables.quadrants).toEqual([]);
    expect(prepared.signals.yReverse).toBe(false);
  });

  it('passes quadrant names by corner and an upside-down y axis', () => {
    const prepared = prepareScatter({
      title: 't',
      xTitle: '承認',
      yTitle: '被侵害',
      medians: { x: 3, y: 2 },
      yReverse: true,
      quadrants: { topLeft: 'a', topRight: 'b', bottomLeft: 'c', bottomRight: 'd' },
      rows: [],
    });
    expect(prepared.tables.quadrants).toEqual([
      { corner: 'topLeft', text: 'a' },
      { corner: 'topRight', text: 'b' },
      { corner: 'bottomLeft', text: 'c' },
      { corner: 'bottomRight', text: 'd' },
    ]);
    expect(prepared.signals.yReverse).toBe(true);
  });

  it('draws no cross-hairs without medians', () => {
    const prepared = prepareScatter({
      title: 't',
      xTitle: 'x',
      yTitle: 'y',
      medians: null,
      rows: [],
    });
    expect(prepared.tables.medians).toEqual([]);
  });
});
