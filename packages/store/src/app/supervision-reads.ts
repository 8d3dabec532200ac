// What the office has done with a plan, for the 通报 and for anyone who asks: the reports it
// returned, the extensions asked and decided, the tasks closed, and the audit log.

import { type AuditEntry, periodRange, type Supervision } from "@plan/domain";
import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { type AsOf, resolveAsOf } from "./today.js";

const itemName = (e: { readonly target: number | null; readonly milestone: number | null }) => (e.target !== null ? `target ${e.target}` : e.milestone !== null ? `milestone ${e.milestone}` : "task");

/**
 * The office's supervision of a plan as of a date. Like status, it takes the office's decisions
 * as they stand now: the returned reports for periods begun by the date, every extension
 * request with its state, and the tasks closed now.
 */
export const supervisionAsOf = (plan: string, when: AsOf, caller: Caller): Effect.Effect<Supervision, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const asOf = yield* resolveAsOf(when);
    const store = yield* PlanStore;
    const doc = yield* store.loadPlan(plan);
    const titles = new Map(doc.tasks.map((t) => [t.id, t.title]));
    const title = (task: string) => titles.get(task) ?? "";
    const returned = (yield* store.returnedReportsOf(doc.id))
      .filter((r) => (periodRange(r.period)?.start ?? "") <= asOf)
      .map((r) => ({ reportId: r.id, task: r.task, title: title(r.task), unit: r.unit, period: r.period, reason: r.review.reason ?? "", at: r.review.at ?? r.reportedAt }));
    const extensions = (yield* store.extensionsOf(doc.id)).map((e) => ({
      id: e.id,
      task: e.task,
      title: title(e.task),
      unit: e.unit,
      item: itemName(e),
      from: e.from,
      to: e.to,
      reason: e.reason,
      state: e.state,
      decidedAt: e.decidedAt,
    }));
    const closed = (yield* store.closuresOf(doc.id)).filter((c) => c.reopenedAt === null).map((c) => ({ task: c.task, title: title(c.task), at: c.closedAt, by: c.closedBy }));
    return { planId: doc.id, asOf, returned, extensions, closed };
  });

/** A plan's audit log, oldest first: every write with who made it and when. */
export const planAudit = (plan: string, caller: Caller): Effect.Effect<AuditEntry[], StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const store = yield* PlanStore;
    const doc = yield* store.loadPlan(plan);
    return (yield* store.auditLog(doc.id)).map((e) => ({ ...e, details: { ...e.details } }));
  });
