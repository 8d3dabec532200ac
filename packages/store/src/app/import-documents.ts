// Importing documents: every one is read and checked before anything is written, so that a bad
// file among several stores none of them.

import { type DocumentOptions, type ImportResult, PlanError } from "@plan/domain";
import { Effect } from "effect";
import { type StoreError, toStoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { type DocumentReader, readInProcess } from "./document-reader.js";

export interface DocumentInput extends DocumentOptions {
  readonly bytes: Uint8Array;
}

export interface ImportRequest {
  /** The plan these documents revise; found by title and year when not given. */
  readonly revises?: string | undefined;
  readonly read?: DocumentReader | undefined;
}

// A reader's refusal that does not say which file (a deadline passed in a worker thread) is
// made to say it, as every other refusal of a document does.
const naming = (name: string) => (error: unknown) => {
  const e = toStoreError(error);
  return e.details["file"] !== undefined ? e : toStoreError(new PlanError(e.code, `${name}: ${e.message}`, { ...e.details, file: name }));
};

/** Reads every document, then stores each: a revision keeps the progress of unchanged tasks. */
export const importDocuments = (documents: readonly DocumentInput[], request: ImportRequest, caller: Caller): Effect.Effect<ImportResult[], StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, request.revises === undefined ? "import a plan" : "replace a plan");
    const read = request.read ?? readInProcess;
    const plans = yield* Effect.forEach(documents, ({ bytes, ...options }) => Effect.tryPromise({ try: () => read(bytes, options), catch: naming(options.name) }));
    const store = yield* PlanStore;
    return yield* Effect.forEach(plans, (plan, i) => store.savePlan(plan, { source: documents[i]!.name, actor: caller.actor, revises: request.revises }));
  });
