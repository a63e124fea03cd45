/** One timed build for scripts/bench.ts: prints a JSON line with timings and peak memory. */
import { resourceUsage } from 'node:process';
import { build } from '../pipeline/build.js';
import { loadConfig } from '../pipeline/shared/loadConfig.js';

const [input, output] = process.argv.slice(2);
const config = loadConfig(undefined, { input, output, buildDate: '2025-10-15' });
const start = performance.now();
const summary = await build({ config, edition: 'final', lang: 'en' });
const seconds = (performance.now() - start) / 1000;
console.log(
  JSON.stringify({
    students: summary.students,
    seconds,
    peakMb: resourceUsage().maxRSS / 1024,
    timings: summary.timings,
  }),
);
