// Deleting a plan: the office's act alone (an admin key, or the CLI on the office's database).

import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import type { DeletedPlan } from "../repo/plans.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/**
 * Deletes a plan (by id or unambiguous prefix) with its tasks, reports and all it holds; the audit
 * log keeps its entries and gains plan.delete. A plan that revised it then revises what it revised.
 */
export const deletePlan = (plan: string, caller: Caller): Effect.Effect<DeletedPlan, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "delete a plan");
    return yield* (yield* PlanStore).erasePlan(plan, caller.actor);
  });
