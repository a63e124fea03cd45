/**
 * Test helper: a small city of 小 schools (grades 4–6) whose ふくしま 国語 level has planted
 * structure, as InputData for the whole analyze stage. Within a school, やり抜く力 raises the
 * level; 人に頼る方略 only differs between schools, in step with the schools' levels (so it goes
 * with the level across the city but not within a school); 自制心 is noise.
 */
import type { Config } from '../../pipeline/shared/config.js';
import { defaultConfig } from '../../pipeline/shared/config.js';
import { createRandom } from '../../pipeline/shared/random.js';
import type { FukushimaRow, InputData } from '../../pipeline/shared/types.js';
import { inputData, key, school } from '../helpers/inputData.js';

export interface PlantedOptions {
  seed?: number;
  schools?: number;
  /** Students per class; two classes per grade. */
  perClass?: number;
  /** Level steps per SD of やり抜く力 within a school. */
  effect?: number;
  /** Extra students: [school index, grade, class name, count]. */
  extra?: [number, number, string, number][];
  /** Rewrites each row after it is drawn (for degenerate cases). */
  edit?: (row: FukushimaRow, school: number) => FukushimaRow;
}

export const PLANTED_SCALES = { 非認知能力: ['やり抜く力', '自制心'], 学習方略: ['人に頼る方略'] };

/** The configuration the planted city is analysed with (minGroupSize 10, 1,000 resamples). */
export function plantedConfig(scales: Config['fukushima']['scales'] = PLANTED_SCALES): Config {
  const config = defaultConfig();
  return { ...config, fukushima: { scales }, analysis: { ...config.analysis, workers: 0 } };
}

const round = (v: number, step: number) => Math.round(v / step) * step;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The planted city's input. School codes P00, P01, …; classes 1 and 2. */
export function plantedEdition(options: PlantedOptions = {}): InputData {
  const { seed = 1, schools = 12, perClass = 20, effect = 1.5, extra = [], edit } = options;
  const random = createRandom(seed);
  const rows: FukushimaRow[] = [];
  const codes = Array.from({ length: schools }, (_, s) => `P${String(s).padStart(2, '0')}`);
  codes.forEach((code, s) => {
    const level = random.normal();
    const help = 0.8 * level + 0.6 * random.normal();
    const sizes: [number, string, number][] = [4, 5, 6].flatMap((g) => [
      [g, '1', perClass] as [number, string, number],
      [g, '2', perClass] as [number, string, number],
    ]);
    for (const [si, g, c, n] of extra) if (si === s) sizes.push([g, c, n]);
    for (const [grade, cls, n] of sizes) {
      for (let seat = 1; seat <= n; seat++) {
        const grit = random.normal();
        const theta = 1.2 * level + grit * (effect / 3) + random.normal();
        const step = clamp(Math.round(3 * grade - 1 + 3 * theta), 1, 36);
        const prev = clamp(step - Math.round(2 + grit + random.normal()), 1, 36);
        const row: FukushimaRow = {
          key: key(code, grade, cls, seat),
          line: 2,
          id: null,
          subjects: { 国語: { step, prevStep: grade === 4 ? null : prev, rate: null } },
          scales: {
            やり抜く力: clamp(round(2.6 + 0.6 * grit + 0.2 * random.normal(), 0.2), 1, 4),
            自制心: clamp(round(2.6 + 0.6 * random.normal(), 0.25), 1, 4),
            人に頼る方略: clamp(round(2.5 + 0.5 * help + 0.4 * random.normal(), 1 / 3), 1, 4),
          },
        };
        rows.push(edit ? edit(row, s) : row);
      }
    }
  });
  return inputData({ schools: codes.map((c) => school(c, '小')), fukushima: rows });
}

/** The meta every test passes. */
export const META = {
  tool: { name: 'karte' as const, version: 'test' },
  year: 2025,
  edition: 'final' as const,
  buildDate: '2025-10-01',
};
