// A DocumentReader for Node servers: each upload is read in a worker thread of its own with a
// deadline (LIMITS.readMillis) and a heap cap (LIMITS.readMemoryMb). Past either, the worker is
// stopped and the request refused with a LimitError (413) while the server goes on answering.
// At most one reading per core at a time; the rest wait their turn, up to a queue's length, and
// beyond it are refused at once with 503 server.busy and Retry-After.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { LimitError, LIMITS, PlanError, type Plan } from "@plan/domain";
import type { DocumentReader } from "@plan/store";
import type { ReadReply, ReadRequest } from "./parse-worker.js";

export interface WorkerReaderOptions {
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
  readonly concurrency?: number;
  /** How many uploads may wait for a reader; beyond, 503 server.busy with Retry-After (READ_QUEUE_DEFAULT by default). */
  readonly queue?: number;
}

/** Uploads that may wait for a free reader, unless told otherwise. */
export const READ_QUEUE_DEFAULT = 32;

// Built, this module is bundled into dist/node.js beside dist/parse-worker.js. Run from source (a
// bench or a script through tsx), the worker is still the built one: a thread cannot load .ts.
const WORKER = import.meta.url.endsWith(".ts") ? new URL("../../dist/parse-worker.js", import.meta.url) : new URL("./parse-worker.js", import.meta.url);

export const workerReader = (options: WorkerReaderOptions = {}): DocumentReader => {
  const timeoutMs = options.timeoutMs ?? LIMITS.readMillis;
  const memoryMb = options.memoryMb ?? LIMITS.readMemoryMb;
  let free = options.concurrency ?? Math.max(1, availableParallelism() - 1);
  const waiting: (() => void)[] = [];
  const queue = options.queue ?? READ_QUEUE_DEFAULT;
  const acquire = (): Promise<void> => {
    if (free === 0) {
      // A server that queued every upload would hold each one's bytes in memory, however many came.
      if (waiting.length >= queue) return Promise.reject(new PlanError("server.busy", `${queue} uploads are already waiting to be read: try again shortly`, { retryAfter: 1, queue }));
      return new Promise<void>((resolve) => waiting.push(resolve));
    }
    free--;
    return Promise.resolve();
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };

  const readOnce = (request: ReadRequest): Promise<Plan> =>
    new Promise<Plan>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 } });
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Answered only once the thread is gone, so that its slot is free when the next reading starts.
        void worker.terminate().then(outcome, outcome);
      };
      const name = request.options.name;
      const timer = setTimeout(() => settle(() => reject(new LimitError("readMillis", "reading the document did not finish in time", undefined, timeoutMs))), timeoutMs);
      worker.once("message", (reply: ReadReply) =>
        settle(() => {
          if (reply.ok) resolve(reply.plan);
          else if ("error" in reply) reject(new PlanError(reply.error.code, reply.error.message, reply.error.details));
          else reject(new Error(`reading ${name} failed: ${reply.bug}`));
        }),
      );
      worker.once("error", (error: Error & { code?: string }) =>
        settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new LimitError("readMemoryMb", "reading the document needed more memory than allowed", undefined, memoryMb) : error)),
      );
      worker.once("exit", (code) => settle(() => reject(new Error(`the reader of ${name} stopped (exit ${code}) without an answer`))));
    });

  return async (bytes, fileOptions) => {
    await acquire();
    try {
      return await readOnce({ bytes, options: fileOptions });
    } finally {
      release();
    }
  };
};
