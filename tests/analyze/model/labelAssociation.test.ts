import { describe, expect, it } from 'vitest';
import { labelAssociation } from '../../../pipeline/analyze/model/labelAssociation.js';

describe('labelAssociation', () => {
  it('calls an interval that excludes 0 clear, unless BH did not keep it', () => {
    expect(labelAssociation(0.3, [0.1, 0.5])).toBe('関連が明確');
    expect(labelAssociation(-0.3, [-0.5, -0.1], true)).toBe('関連が明確');
    expect(labelAssociation(0.3, [0.1, 0.5], false)).toBe('関連の可能性');
  });

  it('calls possible an estimate whose 80% interval excludes 0', () => {
    // se = 0.1: the 95% interval is ±0.196 and the 80% one ±0.128.
    expect(labelAssociation(0.15, [0.15 - 0.196, 0.15 + 0.196])).toBe('関連の可能性');
    expect(labelAssociation(-0.15, [-0.15 - 0.196, -0.15 + 0.196])).toBe('関連の可能性');
    expect(labelAssociation(0.12, [0.12 - 0.196, 0.12 + 0.196])).toBe('不明確');
  });

  it('calls unclear a centred interval and a missing estimate', () => {
    expect(labelAssociation(0, [-0.2, 0.2])).toBe('不明確');
    expect(labelAssociation(null, null)).toBe('不明確');
    expect(labelAssociation(0.4, null)).toBe('不明確');
  });
});
