/**
 * The planted structure of the bundled sample (data-samples/2025, made by
 * scripts/generate/students/model.ts), found by the whole analyze stage from the CSV files:
 * やり抜く力 and 自己効力感 truly raise scores within a school, やり抜く力 also raises 伸び;
 * 人に頼る方略 only differs between schools, in step with their level.
 *
 * The sample has 7 小 and 5 中 schools, so only the strongest planted links can be clear; the
 * weaker ones (I-SUS やる気, national questions 10/06/03/13: about 2,200 students a grade and
 * 34 or more schools are needed, as in the city-sized set) are not asserted here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeEditionInParallel,
  type EditionAnalysis,
} from '../../pipeline/analyze/analyzeEdition.js';
import type { CityModel } from '../../pipeline/analyze/influence/schema.js';
import { correlation } from '../../pipeline/analyze/model/index.js';
import { joinStudents, type JoinResult } from '../../pipeline/join/joinStudents.js';
import { readInputs } from '../../pipeline/read/readInputs.js';
import { IssueLog } from '../../pipeline/shared/issues.js';
import { loadConfig } from '../../pipeline/shared/loadConfig.js';
import { META } from './plantedEdition.js';

let analysis: EditionAnalysis;
let joined: JoinResult;
const models = () => analysis.city.types.flatMap((t) => t.models);
const model = (type: '小' | '中', outcome: string): CityModel =>
  analysis.city.types
    .find((t) => t.schoolType === type)!
    .models.find((m) => m.outcome === outcome)!;
const clearOf = (m: CityModel) => m.factors.filter((f) => f.clear).map((f) => f.factor);

const GRIT = 'fukushima.scale.やり抜く力';
const EFFICACY = 'fukushima.scale.自己効力感';
const HELP = 'fukushima.scale.人に頼る方略';

beforeAll(async () => {
  const config = loadConfig(undefined, {});
  const { data, files } = await readInputs(config, config.editions.final, new IssueLog());
  joined = joinStudents(data, config.editions.final, config);
  analysis = await analyzeEditionInParallel(data, joined, config, META, { files, workers: 'auto' });
}, 300_000);

describe('planted structure of data-samples/2025, through the analyze stage', () => {
  it('finds exactly the planted drivers in the 小 level models', () => {
    for (const outcome of ['fukushima.国語.step', 'fukushima.算数.step']) {
      const m = model('小', outcome);
      expect(clearOf(m)).toEqual([EFFICACY, GRIT]);
      const byShare = [...m.factors].sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
      expect(
        byShare
          .slice(0, 2)
          .map((f) => f.factor)
          .sort(),
      ).toEqual([EFFICACY, GRIT].sort());
      for (const id of [EFFICACY, GRIT]) {
        const f = m.factors.find((x) => x.factor === id)!;
        expect(f.shareCi![0]).toBeGreaterThan(0);
        expect(f.slopeCi![0]).toBeGreaterThan(0);
      }
    }
  });

  it('finds やり抜く力 behind 伸び in the 小 growth models and the 中 英語 level', () => {
    expect(clearOf(model('小', 'fukushima.国語.growth'))).toEqual([GRIT]);
    expect(clearOf(model('小', 'fukushima.算数.growth'))).toEqual([GRIT]);
    expect(clearOf(model('中', 'fukushima.英語.step'))).toContain(GRIT);
  });

  it('never flags 人に頼る方略, although it goes with the level across the city', () => {
    const students = joined.students.filter((s) => s.schoolType === '小');
    const pooled = correlation(
      students.map((s) => s.fukushima?.scales['人に頼る方略'] ?? null),
      students.map((s) => s.fukushima?.subjects['国語']?.step ?? null),
    );
    expect(pooled.r).toBeGreaterThan(0.15);
    expect(pooled.p).toBeLessThan(1e-6);
    const help = models().flatMap((m) => m.factors.filter((f) => f.factor === HELP));
    // every model but the three of 中3 (no ふくしま scales in 中3)
    expect(help).toHaveLength(13);
    for (const f of help) {
      expect(f.clear).toBe(false);
      expect(f.association).not.toBe('関連が明確');
    }
  });

  it('fits every model of the sample with 1,000 school resamples and no NaN', () => {
    expect(models()).toHaveLength(16);
    for (const m of models()) {
      expect(m.resamples).toBe(1000);
      expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity/);
    }
  });
});
