// Reads that need the plan's status as of a date: the status itself, the overview of every plan,
// the reminders and the dispatch report.

import { type PlanOverview, planOverview, type PlanStatus, type Reminders, reminders, type RenderedReport, type ReportFormat, renderReport } from "@plan/domain";
import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import type { Page, PageRequest } from "../repo/cursor.js";
import { PlanStore } from "../store.js";
import { type AsOf, resolveAsOf } from "./today.js";

/** A plan's status as of a date (today in the office's time zone by default). */
export const statusAsOf = (plan: string, when: AsOf): Effect.Effect<PlanStatus, StoreError, PlanStore> =>
  Effect.gen(function* () {
    const asOf = yield* resolveAsOf(when);
    return yield* (yield* PlanStore).status(plan, asOf);
  });

/** A page of every plan's overall rollup; only the page's plans are assessed. */
export const overviewAsOf = (page: PageRequest, when: AsOf): Effect.Effect<Page<PlanOverview>, StoreError, PlanStore> =>
  Effect.gen(function* () {
    const asOf = yield* resolveAsOf(when);
    const store = yield* PlanStore;
    const { items, nextCursor } = yield* store.listPlans(page);
    const statuses = new Map(
      (yield* store.portfolio(
        asOf,
        items.map((p) => p.id),
      )).map((s) => [s.planId, s]),
    );
    return { items: items.map((p) => planOverview(statuses.get(p.id)!)), nextCursor };
  });

/** Every stored plan's status as of a date. */
export const portfolioAsOf = (when: AsOf): Effect.Effect<PlanStatus[], StoreError, PlanStore> =>
  Effect.gen(function* () {
    const asOf = yield* resolveAsOf(when);
    return yield* (yield* PlanStore).portfolio(asOf);
  });

/** Which units owe which reports for the period due as of a date. */
export const remindersAsOf = (plan: string, when: AsOf): Effect.Effect<Reminders, StoreError, PlanStore> =>
  Effect.map(statusAsOf(plan, when), (status) => ({ asOf: status.asOf, period: status.duePeriod, reminders: reminders(status) }));

/** The dispatch report (调度通报) as of a date, in a format. */
export const reportAsOf = (plan: string, format: ReportFormat, when: AsOf): Effect.Effect<RenderedReport, StoreError, PlanStore> =>
  Effect.map(statusAsOf(plan, when), (status) => renderReport(status, format));
