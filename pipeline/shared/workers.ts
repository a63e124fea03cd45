/**
 * Worker threads, started the same way wherever karte uses them (the build, the city models):
 * the installed pipeline starts the compiled module; in development, tests and `npm run bench`
 * the TypeScript source is started through tsx (see workerBoot.js).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the module `name` (without extension) that sits beside `from` (the caller's
 * `import.meta.url`) in a worker thread whose old-generation heap is at most `heapMb` MB.
 */
export function startWorker(
  from: string,
  name: string,
  heapMb: number,
  options: WorkerOptions = {},
): Worker {
  const resourceLimits = { ...options.resourceLimits, maxOldGenerationSizeMb: heapMb };
  if (!from.endsWith('.ts'))
    return new Worker(new URL(`./${name}.js`, from), { ...options, resourceLimits });
  const entry = new URL(`./${name}.ts`, from).href;
  return new Worker(new URL('./workerBoot.js', import.meta.url), {
    ...options,
    workerData: { ...(options.workerData as object | undefined), entry },
    resourceLimits,
  });
}

/** Whether a worker's `error` event says it ran out of its heap. */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
