// The fuzzer's worker thread: makes cases from a seed (or takes the named bombs), reads each, and
// reports every start and outcome to the main thread, which watches the clock, restarts the
// worker when a case hangs or runs out of heap, and writes the report. Started by boot.mjs.

import { parentPort } from "node:worker_threads";
import fc from "fast-check";
import { hostileCase } from "./arbitraries.js";
import { NAMED_BOMBS } from "./hostile.js";
import { describeError, describeIssues, runCase, type FuzzCase } from "./outcome.js";

export type Request = { readonly type: "cases"; readonly seed: number; readonly from: number; readonly to: number; readonly heavy: boolean } | { readonly type: "bombs" };

export interface Started {
  readonly type: "start";
  readonly index: number;
  readonly family: string;
  readonly label: string;
  readonly name: string;
  readonly reader: string;
}

export interface Done {
  readonly type: "done";
  readonly index: number;
  readonly ms: number;
  readonly bytes: number;
  readonly kind: "read" | "typed" | "untyped" | "invalid";
  readonly code?: string;
  readonly limit?: string;
  /** The error, when it was not a PlanError; for a schema-invalid plan, the zod issues by path. */
  readonly error?: string;
  readonly heapUsed: number;
}

export type Message = Started | Done | { readonly type: "finished" };

// Cases are made in batches from one seed each, so that case i can be made again from (seed, i) alone.
export const BATCH = 500;
export const batchSeed = (seed: number, batch: number) => (seed + batch * 7919) | 0;

/** Case `index` of the run with `seed`: the same case in any thread. */
export const caseAt = (() => {
  let cached: { key: string; cases: FuzzCase[] } | undefined;
  return (seed: number, index: number, heavy: boolean): FuzzCase => {
    const batch = Math.floor(index / BATCH);
    const key = `${seed}/${batch}/${heavy}`;
    if (cached?.key !== key) cached = { key, cases: fc.sample(hostileCase({ heavy }), { seed: batchSeed(seed, batch), numRuns: BATCH }) };
    return cached.cases[index % BATCH]!;
  };
})();

const post = (message: Message) => parentPort!.postMessage(message);

const run = (index: number, c: FuzzCase) => {
  post({ type: "start", index, family: c.family, label: c.label, name: c.name, reader: c.reader });
  const bytes = c.bytes();
  let ms = 0;
  const outcome = runCase(c, bytes, (t) => {
    ms = t;
  });
  const heapUsed = process.memoryUsage().heapUsed;
  const base = { type: "done", index, ms, bytes: bytes.length, heapUsed } as const;
  if (outcome.kind === "typed") post({ ...base, kind: "typed", code: outcome.code, ...(outcome.limit ? { limit: outcome.limit } : {}) });
  else if (outcome.kind === "untyped") post({ ...base, kind: "untyped", error: describeError(outcome.error) });
  else if (outcome.kind === "invalid") post({ ...base, kind: "invalid", error: describeIssues(outcome.issues) });
  else post({ ...base, kind: "read" });
};

parentPort?.on("message", (request: Request) => {
  if (request.type === "bombs") {
    for (const [i, b] of NAMED_BOMBS.entries()) run(i, { family: "bomb", label: b.name, name: b.file, reader: "parsePlanFile", bytes: b.bytes });
  } else {
    for (let i = request.from; i < request.to; i++) run(i, caseAt(request.seed, i, request.heavy));
  }
  post({ type: "finished" });
});
