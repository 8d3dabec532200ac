// Setting a target's baseline: the office's act alone (an admin); a unit does not choose where
// its own progress is measured from.

import type { BaselineChange } from "@plan/domain";
import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/**
 * Sets the baseline of a plan's target (task by id or number, target by number or words of its
 * text); the value is a number in the target's unit or as people write it (35%, 1.2万公里).
 * Recorded as target.baseline in the audit log with the value before and after.
 */
export const setBaseline = (plan: string, task: string, target: number | string, value: number | string, caller: Caller): Effect.Effect<BaselineChange, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "set a baseline");
    return yield* (yield* PlanStore).saveBaseline(plan, task, target, value, caller.actor);
  });
