// The fill-in sheets for a period, as data: the plan's tasks per unit with what is expected of
// each target by the end of the period (its status as of that day). Front ends write them as
// xlsx (@plan/domain/office) or CSV (templateCsv).

import { duePeriod, periodRange, planEnd, planStart, progressTemplate, type TemplateSheet } from "@plan/domain";
import { Effect } from "effect";
import { attempt, refuse, type StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { type AsOf, resolveAsOf } from "./today.js";

/** Which unit (every unit when left out) and which period; the period due as of the date by default. */
export interface TemplateRequest {
  readonly unit?: string | undefined;
  readonly period?: string | undefined;
}

/** The fill-in sheets of a plan for a period, one per unit (or the one unit asked for). */
export const templateSheets = (plan: string, request: TemplateRequest, when: AsOf, caller: Caller): Effect.Effect<{ period: string; sheets: TemplateSheet[] }, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const store = yield* PlanStore;
    const doc = yield* store.loadPlan(plan);
    let period = request.period;
    if (period === undefined) {
      // The period due today, as status has it: a plan that has ended is reported on for its last period.
      const asOf = yield* resolveAsOf(when);
      period = (yield* attempt(() => duePeriod(asOf, doc.cadence, planStart(doc) ?? "", planEnd(doc)))) ?? undefined;
      if (period === undefined) return yield* refuse("request.invalid", `period: no period is due yet as of ${asOf}: give one (2016-06, 2016-Q2)`, { field: "period" });
    }
    const range = periodRange(period);
    if (range === null) return yield* refuse("request.invalid", `period: ${period} is not a period (YYYY-MM or YYYY-Qn)`, { field: "period" });
    const status = yield* store.statusOf(doc.id, range.end);
    const chosen = period;
    return { period: chosen, sheets: yield* attempt(() => progressTemplate(doc, status, { unit: request.unit, period: chosen })) };
  });
