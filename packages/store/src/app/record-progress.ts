// Recording what a unit reports, for whoever calls: a unit's own key reports for that unit only.

import { type ProgressReport, type ProgressSubmission, unitKey } from "@plan/domain";
import { Effect } from "effect";
import { refuse, type StoreError } from "../errors.js";
import { PlanStore } from "../store.js";

export interface Reporter {
  /** Who records the report (a key id, cli:user), for the report and the audit log. */
  readonly actor: string;
  /** The unit a unit's key belongs to: it reports for that unit and no other. */
  readonly unit?: string | null | undefined;
}

/**
 * Checks a submission against the plan and appends it. With an idempotency key, a retry of the
 * same request gets the first report back (replayed) and a different request under it conflicts.
 * A second report for the same item, unit and period: the same one is the first (replayed), a
 * different one is refused with progress.duplicate unless options.replace.
 */
export const recordProgress = (
  plan: string,
  submission: ProgressSubmission,
  reporter: Reporter,
  idempotencyKey?: string,
  options: { readonly replace?: boolean | undefined } = {},
): Effect.Effect<{ report: ProgressReport; replayed: boolean }, StoreError, PlanStore> =>
  Effect.gen(function* () {
    let unit = submission.unit;
    if (reporter.unit) {
      if (unit !== undefined && unitKey(unit) !== unitKey(reporter.unit)) {
        return yield* refuse("auth.forbidden", `this key reports for ${reporter.unit}, not ${unit}`, { unit });
      }
      unit = reporter.unit;
    }
    if (unit === undefined) return yield* refuse("progress.invalid", "unit: say which unit reports", { field: "unit" });
    const store = yield* PlanStore;
    return yield* store.recordProgress(plan, { ...submission, unit, reportedBy: reporter.actor }, reporter.actor, idempotencyKey, options.replace);
  });
