/** Test helper: synthetic cities with known (planted) structure for the influencer model. */
import type { InfluencerRow } from '../../../pipeline/analyze/model/prepareWithinData.js';
import { createRandom } from '../../../pipeline/shared/random.js';

/** How a synthetic city is made; every effect is per SD. */
export interface PlantOptions {
  seed: number;
  schools?: number;
  /** Students per school×grade; varies ±40% around this. */
  classSize?: number;
  /** Within-school effect of A on y. Default 0.3. */
  effectA?: number;
  /** Effect of the school's level on y (and on B's school mean). Default 1. */
  schoolEffect?: number;
  /** Number of extra pure-noise factors. Default 0. */
  noiseFactors?: number;
}

/**
 * A city of grades 4–6 whose factors are [A, B, C, noise…]: A drives y within schools; B differs
 * between schools in step with the school's level (so it goes with y across schools) but has no
 * link with y within a school; C is a near-copy of A (r ≈ 0.95) with no effect of its own.
 */
export function plantCity(options: PlantOptions): InfluencerRow[] {
  const {
    seed,
    schools = 60,
    classSize = 25,
    effectA = 0.3,
    schoolEffect = 1,
    noiseFactors = 0,
  } = options;
  const random = createRandom(seed);
  const rows: InfluencerRow[] = [];
  for (let s = 0; s < schools; s++) {
    const level = random.normal();
    const school = `S${String(s).padStart(3, '0')}`;
    for (const grade of [4, 5, 6]) {
      const size = Math.round(classSize * (0.6 + 0.8 * random.next()));
      for (let i = 0; i < size; i++) {
        const a = random.normal() + 0.3 * level;
        const b = level + 0.8 * random.normal();
        const c = 0.95 * a + Math.sqrt(1 - 0.95 ** 2) * random.normal();
        const noise = Array.from({ length: noiseFactors }, () => random.normal() + 0.5 * level);
        const y = 40 + 5 * grade + 10 * (effectA * a + schoolEffect * level + random.normal());
        rows.push({
          y,
          factors: [a, b, c, ...noise],
          cluster: school,
          group: `${school}/${grade}`,
          grade,
        });
      }
    }
  }
  return rows;
}
