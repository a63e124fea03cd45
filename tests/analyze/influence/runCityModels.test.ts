import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeEdition,
  analyzeEditionInParallel,
} from '../../../pipeline/analyze/analyzeEdition.js';
import type { CityTask, TaskSource } from '../../../pipeline/analyze/influence/cityTask.js';
import { taskKey } from '../../../pipeline/analyze/influence/modelCache.js';
import { fitInWorkers } from '../../../pipeline/analyze/influence/modelPool.js';
import {
  runCityModels,
  runCityModelsHere,
} from '../../../pipeline/analyze/influence/runCityModels.js';
import { prepareEdition } from '../../../pipeline/analyze/prepareEdition.js';
import { joinStudents } from '../../../pipeline/join/joinStudents.js';
import { META, plantedConfig, plantedEdition } from '../plantedEdition.js';

const config = plantedConfig();
const data = plantedEdition({ seed: 5, schools: 8 });
const joined = joinStudents(data, config.editions.final, config);
const plan = prepareEdition(data, joined, config);
const here = runCityModelsHere(plan.tasks);

describe('running the city models', () => {
  it('gives the same models in two worker threads as in this thread', async () => {
    const run = await runCityModels(plan.tasks, { workers: 2 });
    expect(run).toMatchObject({ fitted: plan.tasks.length, cached: 0 });
    expect(run.models).toEqual(here);
  });

  it('fits here what workers run out of memory for, to the same models', async () => {
    // 1 MB of heap is too little for a worker even to start: every task comes back here.
    expect(await fitInWorkers(plan.tasks, 2, 1)).toEqual(here);
  });

  it('stores each model under the hash of its task and recalls it unchanged', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'karte-models-'));
    const first = await runCityModels(plan.tasks, { cacheDir });
    expect(first.fitted).toBe(plan.tasks.length);
    expect(readdirSync(cacheDir).sort()).toEqual(
      plan.tasks.map((t) => `${taskKey(t.build())}.json`).sort(),
    );
    const second = await runCityModels(plan.tasks, { cacheDir });
    expect(second).toMatchObject({ fitted: 0, cached: plan.tasks.length });
    expect(JSON.stringify(second.models)).toBe(JSON.stringify(here));
  });

  it('refits a model whose data or options changed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'karte-models-'));
    await runCityModels(plan.tasks, { cacheDir });
    const changed = (i: number, change: (t: CityTask) => CityTask): TaskSource => ({
      ...plan.tasks[i]!,
      build: () => change(plan.tasks[i]!.build()),
    });
    const edited = plan.tasks.map((t, i) =>
      i === 0
        ? changed(0, (task) => ({ ...task, seed: task.seed + 1 }))
        : i === 1
          ? changed(1, (task) => ({
              ...task,
              y: task.y.map((v, r) => (r === 0 && v !== null ? v + 1 : v)),
            }))
          : t,
    );
    const run = await runCityModels(edited, { cacheDir });
    expect(run).toMatchObject({ fitted: 2, cached: plan.tasks.length - 2 });
    expect(taskKey(edited[0]!.build())).not.toBe(taskKey(plan.tasks[0]!.build()));
  });

  it('makes the whole edition byte for byte the same, in parallel and cached or not', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'karte-models-'));
    const sync = analyzeEdition(data, joined, config, META);
    const parallel = await analyzeEditionInParallel(data, joined, config, META, {
      workers: 2,
      cacheDir,
    });
    const cached = await analyzeEditionInParallel(data, joined, config, META, { cacheDir });
    expect(cached.models).toEqual({ fitted: 0, cached: plan.tasks.length });
    const text = (a: typeof sync) => JSON.stringify([[...a.schools], a.city]);
    expect(text(parallel)).toBe(text(sync));
    expect(text(cached)).toBe(text(sync));
  });
});
