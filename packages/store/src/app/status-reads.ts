// Reads that need the plan's status as of a date: the status itself, the overview of every plan,
// the reminders and the 通报.

import {
  type BulletinFormat,
  type BulletinOptions,
  type PlanOverview,
  planOverview,
  planStart,
  type PlanStatus,
  type Reminders,
  reminderList,
  type RenderedBulletin,
  resolveUnit,
  statusForUnit,
} from "@plan/domain";
import { Effect } from "effect";
import { attempt, type StoreError, toStoreError } from "../errors.js";
import type { Page, PageRequest } from "../repo/cursor.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { type JobRunner, runInProcess } from "./jobs.js";
import { supervisionAsOf } from "./supervision-reads.js";
import { type AsOf, resolveAsOf } from "./today.js";

/**
 * A plan's status as of a date (today in the office's time zone by default); with a unit (in any
 * printing of its name; unit.not-found when the plan names none such), the tasks it leads or supports.
 */
export const statusAsOf = (plan: string, when: AsOf, unit: string | undefined, caller: Caller): Effect.Effect<PlanStatus, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const asOf = yield* resolveAsOf(when);
    const store = yield* PlanStore;
    if (unit === undefined) return yield* store.statusOf(plan, asOf);
    const doc = yield* store.loadPlan(plan);
    const name = yield* attempt(() => resolveUnit(doc, unit));
    return statusForUnit(yield* store.statusOf(doc.id, asOf), name);
  });

/**
 * A page of every current plan's overall rollup; only the page's plans are assessed. A replaced
 * document is left out, as in portfolioAsOf, so a page may hold fewer lines than its limit.
 */
export const overviewAsOf = (page: PageRequest, when: AsOf, caller: Caller): Effect.Effect<Page<PlanOverview>, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const asOf = yield* resolveAsOf(when);
    const store = yield* PlanStore;
    const listed = yield* store.plansPage(page);
    const items = listed.items.filter((p) => p.supersededBy === null);
    const { nextCursor } = listed;
    const statuses = new Map(
      (yield* store.statusesOf(
        asOf,
        items.map((p) => p.id),
      )).map((s) => [s.planId, s]),
    );
    return { items: items.map((p) => planOverview(statuses.get(p.id)!)), nextCursor };
  });

/** Every stored plan's status as of a date. */
export const portfolioAsOf = (when: AsOf, caller: Caller): Effect.Effect<PlanStatus[], StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const asOf = yield* resolveAsOf(when);
    return yield* (yield* PlanStore).statusesOf(asOf);
  });

/**
 * Which units owe which reports for the period due as of a date, or one unit's (in any printing of
 * its name); before the plan's first period is due, none, and when the first reports fall due.
 */
export const remindersAsOf = (plan: string, when: AsOf, unit: string | undefined, caller: Caller): Effect.Effect<Reminders, StoreError, PlanStore> =>
  Effect.andThen(
    allow(caller, "read"),
    Effect.map(remindersWithStatus(plan, when, unit), ({ reminders }) => reminders),
  );

/** The reminders as of a date (see remindersAsOf) and the whole plan's status they were read from: for the verbs, which check who asks. */
export const remindersWithStatus = (plan: string, when: AsOf, unit?: string): Effect.Effect<{ reminders: Reminders; status: PlanStatus }, StoreError, PlanStore> =>
  Effect.gen(function* () {
    const asOf = yield* resolveAsOf(when);
    const store = yield* PlanStore;
    const doc = yield* store.loadPlan(plan);
    const name = unit === undefined ? undefined : yield* attempt(() => resolveUnit(doc, unit));
    const status = yield* store.statusOf(doc.id, asOf);
    return { reminders: reminderList(status, { start: planStart(doc), unit: name }), status };
  });

/**
 * The 通报 as of a date, in a format: the plan's status, the units owing reports and the office's
 * record (reports returned, extensions, tasks closed), with the 文号 line the options give. Rendered
 * by `run.jobs` (in this thread by default; a Node server's runs it under a deadline and a heap cap),
 * the way every verb that hands work off takes its runner.
 */
export const bulletinAsOf = (
  plan: string,
  format: BulletinFormat,
  when: AsOf,
  options: BulletinOptions,
  caller: Caller,
  run: { readonly jobs?: JobRunner | undefined } = {},
): Effect.Effect<RenderedBulletin, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const { reminders, status } = yield* remindersWithStatus(plan, when);
    const supervision = yield* supervisionAsOf(status.planId, when, caller);
    const start = planStart(yield* (yield* PlanStore).loadPlan(status.planId)) ?? undefined;
    return yield* Effect.tryPromise({
      try: () => (run.jobs ?? runInProcess)("renderBulletin", { status, format, input: { reminders: reminders.reminders, supervision, options: { start, ...options } } }),
      catch: toStoreError,
    });
  });
