import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '../../pipeline/shared/config.js';

describe('the analysis section of the configuration', () => {
  it('defaults to 1,000 resamples, seed 1, q = 0.10, the binary outcome, a cache and a thread per core', () => {
    expect(defaultConfig().analysis).toEqual({
      bootstrapResamples: 1000,
      seed: 1,
      fdrQ: 0.1,
      binaryOutcome: { enabled: true, below: {} },
      lowerIsBetter: ['isus.scale.被侵害'],
      workers: 'auto',
      cache: true,
    });
    expect(defaultConfig().analysis.factors).toBeUndefined();
  });

  it('accepts a factor list, per-grade levels and a worker count', () => {
    const parsed = configSchema.parse({
      analysis: {
        factors: ['fukushima.scale.やり抜く力', 'zenkoku.question.10'],
        binaryOutcome: { below: { 小4: '3-A', '中1:英語': '5-C' } },
        workers: 0,
      },
    });
    expect(parsed.analysis.factors).toHaveLength(2);
    expect(parsed.analysis.binaryOutcome.below).toEqual({ 小4: '3-A', '中1:英語': '5-C' });
  });

  it.each([
    [{ bootstrapResamples: 999 }, 'bootstrapResamples'],
    [{ fdrQ: 0 }, 'fdrQ'],
    [{ factors: Array.from({ length: 16 }, (_, i) => `isus.scale.${i}`) }, 'factors'],
    [{ binaryOutcome: { below: { 小4: '13-C' } } }, 'below'],
    [{ binaryOutcome: { below: { 高1: '4-C' } } }, 'below'],
    [{ bootstrap: 1000 }, 'bootstrap'],
  ])('rejects %j, naming the field', (analysis, field) => {
    const result = configSchema.safeParse({ analysis });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(field);
  });
});
