/**
 * Fits the city models of an edition: each from the cache when its task was fitted before, the
 * rest in worker threads (or here), and stores what was fitted. The models are the same however
 * they were obtained: a task's model depends only on the task.
 */
import { availableParallelism } from 'node:os';
import { runCityTask, type TaskSource } from './cityTask.js';
import { openModelCache, taskKey } from './modelCache.js';
import { fitInWorkers } from './modelPool.js';
import type { CityModel } from './schema.js';

/** How to run the city models. */
export interface ModelRunOptions {
  /** Worker threads; 0 fits in this thread; `auto` one per core. Default 0. */
  workers?: number | 'auto';
  /** Folder of the model cache; null (the default) for none. */
  cacheDir?: string | null;
}

/** The models in task order, and how many were fitted now or read from the cache. */
export interface ModelRun {
  models: CityModel[];
  fitted: number;
  cached: number;
}

/** Fits (or recalls) every task's model. */
export async function runCityModels(
  tasks: readonly TaskSource[],
  options: ModelRunOptions = {},
): Promise<ModelRun> {
  const { workers = 0, cacheDir = null } = options;
  const cache = cacheDir === null ? null : openModelCache(cacheDir);
  const keys = cache ? tasks.map((t) => taskKey(t.build())) : [];
  const models: (CityModel | null)[] = tasks.map((_, i) => cache?.get(keys[i]!) ?? null);
  const missing = models.flatMap((m, i) => (m === null ? [i] : []));
  const threads = workers === 'auto' ? availableParallelism() : workers;
  const fresh =
    threads > 0 && missing.length > 1
      ? await fitInWorkers(
          missing.map((i) => tasks[i]!),
          threads,
        )
      : missing.map((i) => runCityTask(tasks[i]!.build()));
  missing.forEach((i, k) => {
    models[i] = fresh[k]!;
    cache?.set(keys[i]!, fresh[k]!);
  });
  return {
    models: models.map((m) => m!),
    fitted: missing.length,
    cached: tasks.length - missing.length,
  };
}

/** The same without threads or cache, for callers that must stay synchronous. */
export function runCityModelsHere(tasks: readonly TaskSource[]): CityModel[] {
  return tasks.map((t) => runCityTask(t.build()));
}
