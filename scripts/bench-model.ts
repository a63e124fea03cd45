/**
 * Timings of the influencer model library (not a test: run by hand on the target machine).
 *   npx tsx scripts/bench-model.ts
 * 1. Exact LMG shares for 15 factors from one correlation matrix.
 * 2. The whole city model on ~14,000 students, 15 factors, 1,000 school resamples.
 */
import { fitCityInfluencers } from '../pipeline/analyze/model/fitCityInfluencers.js';
import { lmgSharesOfFlat } from '../pipeline/analyze/model/lmgShares.js';
import type { InfluencerRow } from '../pipeline/analyze/model/prepareWithinData.js';
import { createRandom } from '../pipeline/shared/random.js';

const P = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/** A synthetic city: 70 schools × grades 4–6 × ~67 students, 15 correlated factors. */
function makeCity(seed: number): InfluencerRow[] {
  const random = createRandom(seed);
  const rows: InfluencerRow[] = [];
  for (let s = 0; s < 70; s++) {
    const level = random.normal();
    for (const grade of [4, 5, 6]) {
      for (let i = 0; i < 67; i++) {
        const common = random.normal();
        const factors = Array.from(
          { length: P },
          (_, j) => 0.5 * common + random.normal() + 0.2 * level * (j % 2),
        );
        const y = factors.reduce(
          (sum, f, j) => sum + f * (j < 4 ? 0.2 : 0),
          level + random.normal(),
        );
        rows.push({ y, factors, cluster: `S${s}`, group: `S${s}/${grade}`, grade });
      }
    }
  }
  return rows;
}

const d = P + 1;
const matrix = new Float64Array(d * d);
for (let a = 0; a < d; a++)
  for (let b = 0; b < d; b++) matrix[a * d + b] = a === b ? 1 : 0.3 * 0.8 ** Math.abs(a - b);
for (let i = 0; i < 20; i++) lmgSharesOfFlat(matrix, P);
const lmgTimes = Array.from({ length: 100 }, () => time(() => lmgSharesOfFlat(matrix, P)).ms);
console.log(
  `LMG, ${P} factors (2^${P} subsets): median ${median(lmgTimes).toFixed(2)} ms over 100 runs`,
);

const rows = makeCity(1);
const names = Array.from({ length: P }, (_, j) => `f${j + 1}`);
const fitOnly = time(() => fitCityInfluencers(rows, { factorNames: names, resamples: 0 }));
console.log(`city model without bootstrap, ${rows.length} rows: ${fitOnly.ms.toFixed(0)} ms`);
const full = time(() => fitCityInfluencers(rows, { factorNames: names, resamples: 1000, seed: 7 }));
console.log(
  `city model with 1000 school resamples, ${full.value.n} rows, ${full.value.clusters} schools: ${full.ms.toFixed(0)} ms`,
);
