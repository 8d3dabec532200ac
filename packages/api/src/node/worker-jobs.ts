// A JobRunner for Node servers: each job (reading an upload, reading progress sheets, rendering the
// 通报) runs in a worker thread of its own with a deadline (LIMITS.readMillis) and a heap cap
// (LIMITS.readMemoryMb). Past either, the thread is stopped and the request refused with a typed
// error naming the limit (input.too-large for a reading, output.too-large for a rendering) while
// the server goes on answering. Readings and renderings each run at most one job per core but one
// at a time; the rest wait their turn, up to a queue's length, and beyond it are refused at once
// with 503 server.busy and Retry-After.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { LimitError, LIMITS, type LimitName, PlanError } from "@plan/domain";
import type { JobName, JobRunner } from "@plan/store";
import type { JobReply, JobRequest } from "./job-worker.js";

export interface WorkerJobsOptions {
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
  readonly concurrency?: number;
  /** How many jobs may wait for a thread; beyond, 503 server.busy with Retry-After (JOB_QUEUE_DEFAULT by default). */
  readonly queue?: number;
}

/** Jobs (uploads and progress sheets to read, 通报 to render) that may wait for a free thread, unless told otherwise. */
export const JOB_QUEUE_DEFAULT = 32;

/**
 * What a refusal says each job was doing, whether its input or its output was too much, and its
 * pool: readings (what units and the office send) and renderings (what any key may ask for) have
 * threads and queues of their own, so that a run of Word 通报 asked for by a viewer cannot keep an
 * upload waiting, nor have it turned away.
 */
const JOB_TERMS: Record<JobName, { readonly doing: string; readonly tooLarge: "input" | "output"; readonly pool: "reading" | "rendering" }> = {
  readPlan: { doing: "reading the document", tooLarge: "input", pool: "reading" },
  readSheets: { doing: "reading the sheets", tooLarge: "input", pool: "reading" },
  renderBulletin: { doing: "rendering the 通报", tooLarge: "output", pool: "rendering" },
};

/** Threads at most `size` at a time; up to `queue` more wait, beyond which server.busy. */
const threadPool = (size: number, queue: number) => {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    acquire: (): Promise<void> => {
      if (free === 0) {
        // A server that queued every job would hold each one's bytes in memory, however many came.
        if (waiting.length >= queue) return Promise.reject(new PlanError("server.busy", `${queue} requests are already waiting for a worker thread: try again shortly`, { retryAfter: 1, queue }));
        return new Promise<void>((resolve) => waiting.push(resolve));
      }
      free--;
      return Promise.resolve();
    },
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
};

const overLimit = (job: JobName, limit: LimitName, found: string, max: number): PlanError => {
  const { doing, tooLarge } = JOB_TERMS[job];
  const error = new LimitError(limit, `${doing} ${found}`, undefined, max);
  // A 通报 too large to render is no fault of the request that asked for it: its own code says so.
  return tooLarge === "input" ? error : new PlanError("output.too-large", error.message, error.details);
};

// Built, this module is bundled into dist/node.js beside dist/job-worker.js. Run from source (a
// bench or a script through tsx), the worker is still the built one: a thread cannot load .ts.
const WORKER = import.meta.url.endsWith(".ts") ? new URL("../../dist/job-worker.js", import.meta.url) : new URL("./job-worker.js", import.meta.url);

export const workerJobs = (options: WorkerJobsOptions = {}): JobRunner => {
  const timeoutMs = options.timeoutMs ?? LIMITS.readMillis;
  const memoryMb = options.memoryMb ?? LIMITS.readMemoryMb;
  const size = options.concurrency ?? Math.max(1, availableParallelism() - 1);
  const queue = options.queue ?? JOB_QUEUE_DEFAULT;
  const pools = { reading: threadPool(size, queue), rendering: threadPool(size, queue) };

  const runOnce = (request: JobRequest): Promise<unknown> =>
    new Promise<unknown>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 } });
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Answered only once the thread is gone, so that its slot is free when the next job starts.
        void worker.terminate().then(outcome, outcome);
      };
      // The deadline runs from when the thread is up: starting it is the deployment's cost, not the
      // request's.
      worker.once("online", () => {
        timer = setTimeout(() => settle(() => reject(overLimit(request.job, "readMillis", "did not finish in time", timeoutMs))), timeoutMs);
      });
      worker.once("message", (reply: JobReply) =>
        settle(() => {
          if (reply.ok) resolve(reply.output);
          else if ("error" in reply) reject(new PlanError(reply.error.code, reply.error.message, reply.error.details));
          else {
            // A bug: its stack is for the operator's log, not for the client's answer.
            console.error(`plan: ${JOB_TERMS[request.job].doing} failed in a worker thread: ${reply.bug}`);
            reject(new Error(`${JOB_TERMS[request.job].doing} failed (a bug in plan, logged by the server)`));
          }
        }),
      );
      worker.once("error", (error: Error & { code?: string }) =>
        settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? overLimit(request.job, "readMemoryMb", "needed more memory than allowed", memoryMb) : error)),
      );
      worker.once("exit", (code) => settle(() => reject(new Error(`the thread ${JOB_TERMS[request.job].doing} stopped (exit ${code}) without an answer`))));
    });

  return (async (job: JobName, input: unknown) => {
    const pool = pools[JOB_TERMS[job].pool];
    await pool.acquire();
    try {
      return await runOnce({ job, input });
    } finally {
      pool.release();
    }
  }) as JobRunner;
};
