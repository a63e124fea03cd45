/**
 * npm run bench: builds the bundled sample and a generated city-sized set (and, with --prefecture,
 * a prefecture-sized one) and reports, from this one run, each stage's time, its share of the
 * build, and the peak memory. Ratios (stage share, city/sample) are what to compare across
 * machines; seconds depend on the machine. Generated sets are cached in .bench/.
 *
 *   npm run bench                 sample + city
 *   npm run bench -- --prefecture also the prefecture-sized set (about 620 schools)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const sizes = ['sample', 'city', ...(process.argv.includes('--prefecture') ? ['prefecture'] : [])];

interface Measured {
  size: string;
  students: number;
  seconds: number;
  peakMb: number;
  timings: Record<string, number>;
}

function inputFor(size: string): string {
  if (size === 'sample') return join(root, 'data-samples', '2025');
  const dir = join(root, '.bench', size);
  if (!existsSync(join(dir, 'zenkoku.csv'))) {
    console.log(`generating the ${size} set in ${dir} …`);
    const gen = spawnSync(
      'npx',
      ['tsx', 'scripts/generate-city.ts', '--size', size, '--out', dir],
      { cwd: root, stdio: 'inherit' },
    );
    if (gen.status !== 0) process.exit(gen.status ?? 1);
  }
  return dir;
}

/** One build in a child process, so that its peak memory (max RSS) is its own. */
function measure(size: string): Measured {
  const out = mkdtempSync(join(tmpdir(), `karte-bench-${size}-`));
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'bench-build.ts'), inputFor(size), out],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(child.status ?? 1);
  }
  return {
    size,
    ...(JSON.parse(child.stdout.trim().split('\n').pop()!) as Omit<Measured, 'size'>),
  };
}

const results = sizes.map(measure);
const stages = ['read', 'join', 'analyze', 'pages', 'pack'];
console.log('\nkarte bench (one run; seconds are this machine’s, ratios travel)\n');
console.log(['set', 'students', 'build s', 'peak MB', ...stages.map((s) => `${s} %`)].join('\t'));
for (const r of results) {
  const total = Object.values(r.timings).reduce((a, b) => a + b, 0);
  console.log(
    [
      r.size,
      r.students,
      r.seconds.toFixed(1),
      r.peakMb.toFixed(0),
      ...stages.map((s) => ((100 * (r.timings[s] ?? 0)) / total).toFixed(1)),
    ].join('\t'),
  );
}
const sample = results.find((r) => r.size === 'sample')!;
for (const r of results.filter((r) => r !== sample)) {
  console.log(
    `${r.size}/sample: ${(r.seconds / sample.seconds).toFixed(1)}× the time for ${(r.students / sample.students).toFixed(1)}× the students`,
  );
}
for (const r of results)
  console.log(`${r.size}: analysis stage ${(r.timings['analyze']! / 1000).toFixed(2)} s`);
// Issue 3: a prefecture-sized set must stay well under 2 GB for the whole build.
const MEMORY_TARGET_MB = 2048;
for (const r of results)
  console.log(
    `${r.size}: peak memory ${r.peakMb.toFixed(0)} MB, ${((100 * r.peakMb) / MEMORY_TARGET_MB).toFixed(0)}% of the 2 GB a prefecture must stay well under`,
  );
