/**
 * One timed build for scripts/bench.ts, as `karte build` runs it (in a worker of `memoryMb` heap):
 * prints a JSON line with timings and the peak memory of the whole process.
 */
import { resourceUsage } from 'node:process';
import { buildInWorker } from '../pipeline/buildInWorker.js';
import { loadConfig } from '../pipeline/shared/loadConfig.js';

const [input, output] = process.argv.slice(2);
const config = loadConfig(undefined, { input, output, buildDate: '2025-10-15' });
const start = performance.now();
const summary = await buildInWorker({ config, edition: 'final', lang: 'en' });
const seconds = (performance.now() - start) / 1000;
console.log(
  JSON.stringify({
    students: summary.students,
    seconds,
    peakMb: resourceUsage().maxRSS / 1024,
    timings: summary.timings,
  }),
);
