// Extension requests (延期申请): a unit asks for a task it answers for (as lead or responsible
// unit) to have a later deadline, for the task or one of its targets or milestones; the office
// approves (the deadline moves for status and reminders) or refuses, once.

import { answersFor, type Extension, type ExtensionDecision, type ExtensionRequest, findTask, unitKey } from "@plan/domain";
import { Effect } from "effect";
import { attempt, refuse, type StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/**
 * Records a request. A unit's key asks for its own unit, for a task that unit answers for; the
 * office may ask on a unit's behalf (naming the unit); a viewer may not.
 */
export const requestExtension = (plan: string, request: ExtensionRequest, caller: Caller): Effect.Effect<Extension, StoreError, PlanStore> =>
  Effect.gen(function* () {
    const store = yield* PlanStore;
    let unit = request.unit;
    yield* allow(caller, "request an extension");
    if (caller.role === "unit") {
      const own = caller.unit ?? "";
      if (unit !== undefined && unitKey(unit) !== unitKey(own)) return yield* refuse("auth.forbidden", `this key acts for ${own}, not ${unit}`, { unit });
      unit = own;
      const doc = yield* store.loadPlan(plan);
      const task = yield* attempt(() => findTask(doc, request.task));
      if (answersFor(task, own) === null)
        return yield* refuse("auth.forbidden", `${own} does not answer for task ${task.id}: only its lead or responsible units may ask to move its deadline`, { task: task.id, unit: own });
    }
    return yield* store.insertExtension(plan, { ...request, unit }, caller.actor);
  });

/** Approves or refuses a request awaiting a decision: the office only, once. */
export const decideExtension = (plan: string, id: string, decision: ExtensionDecision, caller: Caller): Effect.Effect<Extension, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "decide an extension");
    return yield* (yield* PlanStore).saveDecision(plan, id, decision, caller.actor);
  });

/** A plan's extension requests, in the order asked, with their decisions. */
export const listExtensions = (plan: string, caller: Caller): Effect.Effect<Extension[], StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    return yield* (yield* PlanStore).extensionsOf(plan);
  });
