// The worker thread behind worker-reader.ts: reads one file and posts back the Plan, or the typed
// error, or (for a bug) the message. Runs under the heap cap its parent sets.

import { parentPort, workerData } from "node:worker_threads";
import { parsePlanFile, PlanError, type FileOptions } from "@plan/domain";

export interface ReadRequest {
  readonly bytes: Uint8Array;
  readonly options: Pick<FileOptions, "name" | "title" | "strict">;
}

export type ReadReply =
  | { readonly ok: true; readonly plan: ReturnType<typeof parsePlanFile> }
  | { readonly ok: false; readonly error: { code: PlanError["code"]; message: string; details: Record<string, unknown> } }
  | { readonly ok: false; readonly bug: string };

const { bytes, options } = workerData as ReadRequest;
let reply: ReadReply;
try {
  reply = { ok: true, plan: parsePlanFile(bytes, options) };
} catch (error) {
  reply =
    error instanceof PlanError
      ? { ok: false, error: { code: error.code, message: error.message, details: { ...error.details } } }
      : { ok: false, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(reply);
