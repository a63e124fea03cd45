// Starts a worker thread from the TypeScript sources (development, tests, npm run bench): Node 20
// does not pass tsx's loader on to workers, so the worker registers it and then loads its entry.
// The installed (compiled) pipeline starts the compiled modules directly and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
