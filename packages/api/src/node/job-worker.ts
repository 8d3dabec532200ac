// The worker thread behind worker-jobs.ts: runs one of the store's JOBS (reading a plan, reading
// and checking progress sheets, rendering the 通报) by the rules every front end applies, and posts
// back its result, or the typed error, or (for a bug) the message. Runs under the heap cap its
// parent sets.

import { parentPort, workerData } from "node:worker_threads";
import { PlanError } from "@plan/domain";
import { JOBS, type JobName } from "@plan/store/jobs";

export interface JobRequest {
  readonly job: JobName;
  readonly input: unknown;
}

export type JobReply =
  | { readonly ok: true; readonly output: unknown }
  | { readonly ok: false; readonly error: { code: PlanError["code"]; message: string; details: Record<string, unknown> } }
  | { readonly ok: false; readonly bug: string };

const { job, input } = workerData as JobRequest;
let reply: JobReply;
try {
  reply = { ok: true, output: await (JOBS[job] as (input: unknown) => unknown)(input) };
} catch (error) {
  reply =
    error instanceof PlanError
      ? { ok: false, error: { code: error.code, message: error.message, details: { ...error.details } } }
      : { ok: false, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(reply);
