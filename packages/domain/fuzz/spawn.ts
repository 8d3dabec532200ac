// Starts the fuzzer's worker thread with a cap on its heap: a case that needs more than the cap
// stops the worker with ERR_WORKER_OUT_OF_MEMORY instead of taking the machine's memory.

import { Worker } from "node:worker_threads";

export const spawnWorker = (heapMb: number): Worker =>
  new Worker(new URL("./boot.mjs", import.meta.url), {
    workerData: { module: new URL("./worker.ts", import.meta.url).href },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
