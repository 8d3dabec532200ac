// The worker thread behind worker-reader.ts: reads one document by the rules every front end
// applies (readPlanDocument) and posts back the Plan, or the typed error, or (for a bug) the
// message. Runs under the heap cap its parent sets.

import { parentPort, workerData } from "node:worker_threads";
import { type DocumentOptions, type Plan, PlanError, readPlanDocument } from "@plan/domain";

export interface ReadRequest {
  readonly bytes: Uint8Array;
  readonly options: DocumentOptions;
}

export type ReadReply =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly error: { code: PlanError["code"]; message: string; details: Record<string, unknown> } }
  | { readonly ok: false; readonly bug: string };

const { bytes, options } = workerData as ReadRequest;
let reply: ReadReply;
try {
  reply = { ok: true, plan: readPlanDocument(bytes, options) };
} catch (error) {
  reply =
    error instanceof PlanError
      ? { ok: false, error: { code: error.code, message: error.message, details: { ...error.details } } }
      : { ok: false, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(reply);
