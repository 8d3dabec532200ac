// Recording what a unit reports, for whoever calls: a unit's own key reports for that unit only.

import { type ProgressReport, type ProgressSubmission, unitKey } from "@plan/domain";
import { Effect } from "effect";
import { refuse, type StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/**
 * Checks a submission against the plan and appends it. With an idempotency key, a retry of the
 * same request gets the first report back (replayed) and a different request under it conflicts.
 * A second report for the same item, unit and period: the same one is the first (replayed), a
 * different one is refused with progress.duplicate unless options.replace.
 */
export const recordProgress = (
  plan: string,
  submission: ProgressSubmission,
  reporter: Caller,
  idempotencyKey?: string,
  options: { readonly replace?: boolean | undefined } = {},
): Effect.Effect<{ report: ProgressReport; replayed: boolean }, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(reporter, "report");
    let unit = submission.unit;
    // A unit's key reports for its own unit, and no other.
    if (reporter.role === "unit") {
      const own = reporter.unit ?? "";
      if (unit !== undefined && unitKey(unit) !== unitKey(own)) return yield* refuse("auth.forbidden", `this key reports for ${own}, not ${unit}`, { unit });
      unit = own;
    }
    if (unit === undefined) return yield* refuse("progress.invalid", "unit: say which unit reports", { field: "unit" });
    const store = yield* PlanStore;
    return yield* store.saveReport(plan, { ...submission, unit, reportedBy: reporter.actor }, reporter.actor, idempotencyKey, options.replace);
  });
