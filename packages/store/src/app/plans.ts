// Reads of the stored plans themselves: the list, a plan's record (where it came from, what it
// revises) and its document.

import { type Plan, type Unit, unitNamed } from "@plan/domain";
import { Effect } from "effect";
import { attempt, type StoreError } from "../errors.js";
import type { Page, PageRequest } from "../repo/cursor.js";
import type { PlanSummary } from "../repo/plans.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/** A page of the stored plans, oldest import first. */
export const listPlans = (page: PageRequest, caller: Caller): Effect.Effect<Page<PlanSummary>, StoreError, PlanStore> =>
  Effect.andThen(
    allow(caller, "read"),
    PlanStore.use((store) => store.plansPage(page)),
  );

/** A plan's record by id or unambiguous id prefix: its source, what it revises, what supersedes it. */
export const planSummary = (plan: string, caller: Caller): Effect.Effect<PlanSummary, StoreError, PlanStore> =>
  Effect.andThen(
    allow(caller, "read"),
    PlanStore.use((store) => store.summaryOf(plan)),
  );

/** A plan's document by id or unambiguous id prefix. */
export const getPlan = (plan: string, caller: Caller): Effect.Effect<Plan, StoreError, PlanStore> =>
  Effect.andThen(
    allow(caller, "read"),
    PlanStore.use((store) => store.loadPlan(plan)),
  );

/** A unit of a plan, named in any printing, with its tasks by role; unit.not-found when the plan names none such. */
export const getUnit = (plan: string, unit: string, caller: Caller): Effect.Effect<Unit, StoreError, PlanStore> =>
  Effect.gen(function* () {
    const doc = yield* getPlan(plan, caller);
    return yield* attempt(() => unitNamed(doc, unit));
  });
