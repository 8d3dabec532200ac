// Deleting a plan: the office's act alone (an admin), never a unit's or a viewer's.

import { Effect } from "effect";
import { refuse, type StoreError } from "../errors.js";
import type { KeyRole } from "../repo/keys.js";
import type { DeletedPlan } from "../repo/plans.js";
import { PlanStore } from "../store.js";

export interface PlanDeleter {
  /** Who deletes (a key id, cli:user), for the audit log. */
  readonly actor: string;
  /** The deleter's role: only an admin deletes a plan. */
  readonly role: KeyRole;
}

/**
 * Deletes a plan (by id or unambiguous prefix) with its tasks, reports and all it holds; the audit
 * log keeps its entries and gains plan.delete. A plan that revised it then revises what it revised.
 */
export const deletePlan = (plan: string, deleter: PlanDeleter): Effect.Effect<DeletedPlan, StoreError, PlanStore> =>
  Effect.gen(function* () {
    if (deleter.role !== "admin") return yield* refuse("auth.forbidden", `a ${deleter.role} key cannot delete a plan (needs admin)`, { role: deleter.role });
    return yield* (yield* PlanStore).deletePlan(plan, deleter.actor);
  });
