/**
 * `karte build` runs the build in a worker thread whose heap is bounded by the configuration's
 * `memoryMb`. Left to itself V8 lets the heap of a large build grow to several times what it
 * holds (a prefecture: 3 GB of memory for 0.5 GB of live data); bounded, it collects sooner and
 * the whole build stays under 2 GB. A build that truly needs more stops with a catalogued message
 * that says which setting to raise, instead of V8's crash report, and leaves no half-written
 * folder behind.
 */
import type { BuildOptions, BuildSummary } from './build.js';
import type { BuildReply } from './buildWorker.js';
import { discardStaging, editionDir } from './pack/outputFolder.js';
import { IssueLog, KarteError } from './shared/issues.js';
import { isOutOfMemory, startWorker } from './shared/workers.js';

/** {@link build}, in a worker thread of `options.config.memoryMb` MB heap. */
export async function buildInWorker(options: BuildOptions): Promise<BuildSummary> {
  const { onStage, ...rest } = options;
  const heapMb = options.config.memoryMb;
  const worker = startWorker(import.meta.url, 'buildWorker', heapMb, {
    workerData: { options: rest },
  });
  const reply = await new Promise<BuildReply | { kind: 'oom' } | { kind: 'lost'; detail: string }>(
    (resolve) => {
      worker.on('message', (message: BuildReply) => {
        if (message.kind === 'stage') onStage?.(message.stage, message.detail);
        else resolve(message);
      });
      worker.on('error', (error) =>
        resolve(isOutOfMemory(error) ? { kind: 'oom' } : { kind: 'lost', detail: error.message }),
      );
      worker.on('exit', (code) => resolve({ kind: 'lost', detail: `exit ${code}` }));
    },
  );
  await worker.terminate();
  switch (reply.kind) {
    case 'done': {
      const log = new IssueLog();
      for (const issue of reply.issues) log.add(issue);
      return { ...reply.summary, log };
    }
    case 'refused':
      throw new KarteError(reply.issue);
    case 'failed': {
      const error = new Error(reply.message);
      if (reply.stack) error.stack = reply.stack;
      throw error;
    }
    default: {
      // The worker was stopped before it could discard its half-written folder.
      const { output, year } = options.config;
      await discardStaging(editionDir(output, year, options.edition));
      if (reply.kind === 'oom')
        throw new KarteError({
          code: 'E_OUT_OF_MEMORY',
          value: String(heapMb),
          expected: String(heapMb * 2),
        });
      throw new Error(`the build's worker stopped (${reply.detail})`);
    }
  }
}
