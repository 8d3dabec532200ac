// Replacing a plan's document: the new reading is stored as a revision of the plan, which stays as
// history (superseded); the reports that still fit are carried over, the others listed.

import type { ImportResult } from "@plan/domain";
import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { type DocumentInput, importDocuments, type ImportRequest } from "./import-documents.js";

/**
 * Stores `document` as the revision of `plan` (id or unambiguous prefix), found first so that an
 * unknown plan is refused before the document is read. What could not be carried is in notCarried.
 */
export const replacePlan = (plan: string, document: DocumentInput, request: Omit<ImportRequest, "revises">, caller: Caller): Effect.Effect<ImportResult, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "replace a plan");
    const { id } = yield* (yield* PlanStore).loadPlan(plan);
    const [result] = yield* importDocuments([document], { ...request, revises: id }, caller);
    return result!;
  });
