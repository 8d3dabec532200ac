// Close-out (办结): the office closes a finished task, which then counts as achieved and owes no
// reminders, or reopens it. Each step is taken once and kept in the audit log.

import type { TaskClosure } from "@plan/domain";
import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/** Closes a task: the office only; a task closed already is store.conflict. */
export const closeTask = (plan: string, task: string, options: { readonly note?: string | undefined }, caller: Caller): Effect.Effect<TaskClosure, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "close a task");
    return yield* (yield* PlanStore).insertClosure(plan, task, options.note?.trim() ?? "", caller.actor);
  });

/** Reopens a closed task: the office only; a task not closed is store.conflict. */
export const reopenTask = (plan: string, task: string, options: { readonly note?: string | undefined }, caller: Caller): Effect.Effect<TaskClosure, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "reopen a task");
    return yield* (yield* PlanStore).markReopened(plan, task, options.note?.trim() ?? "", caller.actor);
  });
