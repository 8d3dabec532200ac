// Setting a target's baseline: the office's act alone (an admin); a unit does not choose where
// its own progress is measured from.

import type { BaselineChange } from "@plan/domain";
import { Effect } from "effect";
import { refuse, type StoreError } from "../errors.js";
import type { KeyRole } from "../repo/keys.js";
import { PlanStore } from "../store.js";

export interface BaselineSetter {
  /** Who sets it (a key id, cli:user), for the audit log. */
  readonly actor: string;
  /** The setter's role: only an admin sets a baseline. */
  readonly role: KeyRole;
}

/**
 * Sets the baseline of a plan's target (task by id or number, target by number or words of its
 * text); the value is a number in the target's unit or as people write it (35%, 1.2万公里).
 * Recorded as target.baseline in the audit log with the value before and after.
 */
export const setBaseline = (plan: string, task: string, target: number | string, value: number | string, setter: BaselineSetter): Effect.Effect<BaselineChange, StoreError, PlanStore> =>
  Effect.gen(function* () {
    if (setter.role !== "admin") return yield* refuse("auth.forbidden", `a ${setter.role} key cannot set a baseline (needs admin)`, { role: setter.role });
    return yield* (yield* PlanStore).setBaseline(plan, task, target, value, setter.actor);
  });
