/** Worker thread entry: fits the city tasks it is sent, one at a time, and posts each model back. */
import { parentPort } from 'node:worker_threads';
import { runCityTask, type CityTask } from './cityTask.js';

/** What the pool sends. */
export interface WorkerRequest {
  index: number;
  task: CityTask;
}

/** What the worker answers: the model, or the failure (the pool then refits in its own thread). */
export type WorkerReply =
  { index: number; model: ReturnType<typeof runCityTask> } | { index: number; error: string };

parentPort?.on('message', ({ index, task }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index, model: runCityTask(task) };
  } catch (error) {
    reply = { index, error: String(error) };
  }
  parentPort!.postMessage(reply);
});
