/**
 * The worker thread a build runs in (see buildInWorker.ts): runs {@link build} with the options it
 * is given and posts back each stage as it starts, then the summary, or the problem that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { build, type BuildOptions, type BuildSummary } from './build.js';
import { isKarteError, type Issue, type KarteError } from './shared/issues.js';

/** What the worker posts to the thread that started it. */
export type BuildReply =
  | { kind: 'stage'; stage: Parameters<NonNullable<BuildOptions['onStage']>>[0]; detail?: string }
  | { kind: 'done'; summary: Omit<BuildSummary, 'log'>; issues: Issue[] }
  | { kind: 'refused'; issue: KarteError['issue'] }
  | { kind: 'failed'; message: string; stack?: string };

const port = parentPort!;
const options = (workerData as { options: Omit<BuildOptions, 'onStage'> }).options;
const post = (reply: BuildReply) => port.postMessage(reply);

try {
  const { log, ...summary } = await build({
    ...options,
    onStage: (stage, detail) => post({ kind: 'stage', stage, detail }),
  });
  post({ kind: 'done', summary, issues: log.issues });
} catch (error) {
  if (isKarteError(error)) post({ kind: 'refused', issue: error.issue });
  else if (error instanceof Error)
    post({ kind: 'failed', message: error.message, stack: error.stack });
  else post({ kind: 'failed', message: String(error) });
}
