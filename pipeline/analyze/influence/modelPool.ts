/**
 * A small pool of worker threads for the city models: they are independent and CPU-bound, so on
 * a machine with several cores they run side by side. Each result lands at its task's index,
 * so the output is the same whatever the number of workers or the order they finish in.
 */
import { Worker } from 'node:worker_threads';
import { runCityTask, type CityTask } from './cityTask.js';
import type { WorkerReply } from './modelWorker.js';
import type { CityModel } from './schema.js';

/** Rough cost of a task: the 2ᵖ-subset decomposition per resample dominates. */
function cost(task: CityTask): number {
  return 2 ** task.factors.length * (task.resamples + 1) + task.y.length * task.factors.length;
}

/** Starts one worker, from the compiled entry or, in development, through tsx. */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return new Worker(new URL('./modelWorker.js', import.meta.url));
  const entry = new URL('./modelWorker.ts', import.meta.url).href;
  return new Worker(new URL('./workerBoot.js', import.meta.url), { workerData: { entry } });
}

/**
 * Fits `tasks` on up to `workers` threads, largest first. A worker that fails to start or
 * crashes hands its task back; a task whose fit throws in a worker is refitted in this thread,
 * so a real error surfaces here with its own message. With no worker left, the rest are fitted
 * here, one after another.
 */
export async function fitInWorkers(
  tasks: readonly CityTask[],
  workers: number,
): Promise<CityModel[]> {
  const results = new Array<CityModel | undefined>(tasks.length);
  const queue = tasks.map((_, i) => i).sort((a, b) => cost(tasks[b]!) - cost(tasks[a]!));
  const lanes = Math.min(workers, tasks.length);
  await Promise.all(Array.from({ length: lanes }, () => runLane(tasks, queue, results)));
  // Whatever a failed lane handed back is fitted here.
  return results.map((model, i) => model ?? runCityTask(tasks[i]!));
}

/** One worker taking tasks from the shared queue until it is empty or the worker fails. */
async function runLane(
  tasks: readonly CityTask[],
  queue: number[],
  results: (CityModel | undefined)[],
): Promise<void> {
  let worker: Worker;
  try {
    worker = startWorker();
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
        worker.postMessage({ index: current, task: tasks[current] });
      });
      if (reply === null) {
        queue.unshift(current);
        return;
      }
      results[current] = 'model' in reply ? reply.model : runCityTask(tasks[current]!);
    }
  } finally {
    await worker.terminate();
  }
}
