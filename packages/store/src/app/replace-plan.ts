// Replacing a plan's document: the new reading is stored as a revision of the plan, which stays as
// history (superseded); the reports that still fit are carried over, the others listed.

import type { ImportResult } from "@plan/domain";
import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { type DocumentInput, importDocuments, type ImportRequest } from "./import-documents.js";

/**
 * Stores `document` as the revision of `plan` (id or unambiguous prefix), found first so that an
 * unknown plan is refused before the document is read. What could not be carried is in notCarried.
 */
export const replacePlan = (plan: string, document: DocumentInput, request: Omit<ImportRequest, "revises">): Effect.Effect<ImportResult, StoreError, PlanStore> =>
  Effect.gen(function* () {
    const { id } = yield* (yield* PlanStore).getPlan(plan);
    const [result] = yield* importDocuments([document], { ...request, revises: id });
    return result!;
  });
