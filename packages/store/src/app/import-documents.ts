// Importing documents: every one is read and checked before anything is written, so that a bad
// file among several stores none of them.

import type { DocumentOptions, ImportResult } from "@plan/domain";
import { Effect } from "effect";
import { namingFiles, type StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { type JobRunner, runInProcess } from "./jobs.js";

export interface DocumentInput extends DocumentOptions {
  readonly bytes: Uint8Array;
}

export interface ImportRequest {
  /** The plan these documents revise; found by title and year when not given. */
  readonly revises?: string | undefined;
  /** Where the files are read: in this thread by default. */
  readonly jobs?: JobRunner | undefined;
}

/** Reads every document, then stores each: a revision keeps the progress of unchanged tasks. */
export const importDocuments = (documents: readonly DocumentInput[], request: ImportRequest, caller: Caller): Effect.Effect<ImportResult[], StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, request.revises === undefined ? "import a plan" : "replace a plan");
    const run = request.jobs ?? runInProcess;
    const plans = yield* Effect.forEach(documents, ({ bytes, ...options }) => Effect.tryPromise({ try: () => run("readPlan", { bytes, options }), catch: namingFiles({ file: options.name }) }));
    const store = yield* PlanStore;
    return yield* Effect.forEach(plans, (plan, i) => store.savePlan(plan, { source: documents[i]!.name, actor: caller.actor, revises: request.revises }));
  });
