/**
 * A small pool of worker threads for the city models: they are independent and CPU-bound, so on
 * a machine with several cores they run side by side. Each result lands at its task's index,
 * so the output is the same whatever the number of workers or the order they finish in.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../shared/workers.js';
import { runCityTask, type TaskSource } from './cityTask.js';
import type { WorkerReply } from './modelWorker.js';
import type { CityModel } from './schema.js';

/**
 * The old-generation heap of a model worker, in MB. Left to itself V8 lets a worker's garbage
 * grow to half a gigabyte while the main thread summarises the city beside it; a bound makes
 * each worker collect early. A prefecture's largest model (50,000 students, 14 factors) lives
 * in under 256 MB. A worker that still runs out hands its task back to the main thread.
 */
export const WORKER_HEAP_MB = 512;

/**
 * Fits `tasks` on up to `workers` threads of `heapMb` MB heap each (default
 * {@link WORKER_HEAP_MB}), largest first. A worker that fails to start, crashes or runs out of
 * memory hands its task back; a task whose fit throws in a worker is refitted in this thread, so a
 * real error surfaces here with its own message. With no worker left, the rest are fitted here,
 * one after another.
 */
export async function fitInWorkers(
  tasks: readonly TaskSource[],
  workers: number,
  heapMb = WORKER_HEAP_MB,
): Promise<CityModel[]> {
  const results = new Array<CityModel | undefined>(tasks.length);
  const queue = tasks.map((_, i) => i).sort((a, b) => tasks[b]!.cost - tasks[a]!.cost);
  const lanes = Math.min(workers, tasks.length);
  await Promise.all(Array.from({ length: lanes }, () => runLane(tasks, queue, results, heapMb)));
  // Whatever a failed lane handed back is fitted here.
  // Array.from, not map: map skips the holes a failed lane leaves.
  return Array.from(results, (model, i) => model ?? runCityTask(tasks[i]!.build()));
}

/** One worker taking tasks from the shared queue until it is empty or the worker fails. */
async function runLane(
  tasks: readonly TaskSource[],
  queue: number[],
  results: (CityModel | undefined)[],
  heapMb: number,
): Promise<void> {
  let worker: Worker;
  try {
    worker = startWorker(import.meta.url, 'modelWorker', heapMb);
  } catch {
    return;
  }
  try {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const current = index;
      const reply = await new Promise<WorkerReply | null>((resolve) => {
        const done = (value: WorkerReply | null) => {
          worker.off('message', done);
          worker.off('error', fail);
          worker.off('exit', fail);
          resolve(value);
        };
        const fail = () => done(null);
        worker.on('message', done);
        worker.on('error', fail);
        worker.on('exit', fail);
        worker.postMessage({ index: current, task: tasks[current]!.build() });
      });
      if (reply === null) {
        queue.unshift(current);
        return;
      }
      results[current] = 'model' in reply ? reply.model : runCityTask(tasks[current]!.build());
    }
  } finally {
    await worker.terminate();
  }
}
