// A unit reports each target, milestone or task once per period. A second report for the same
// item, unit and period is the same one again (recorded once: idempotent), or a different one,
// which is refused unless the caller chooses to replace the first; and a report the office
// returned, sent again unchanged, is refused, quoting why it was returned. Decided here for every
// way a report arrives (one write, the rows of an import); the store only finds, in the
// transaction that writes, the reports standing or returned for the item, unit and period.

import { PlanError } from "../errors.js";
import type { ProgressReport } from "../models/progress.js";
import { sameContent } from "../progress-sheet/check.js";
import type { CheckedProgress } from "./progress-check.js";

/**
 * What a new report is beside the reports already stored for its item, unit and period: new, the
 * same as the standing one, different from it, or the very report the office returned.
 */
export type EarlierReport =
  | { readonly kind: "new" }
  | { readonly kind: "same"; readonly earlier: ProgressReport }
  | { readonly kind: "different"; readonly earlier: ProgressReport }
  | { readonly kind: "returned"; readonly earlier: ProgressReport };

/**
 * How a report compares with the latest report standing for its item, unit and period (a returned
 * one stands for nothing), or, when none stands, with the latest the office returned.
 */
export const compareWithEarlier = (report: CheckedProgress, standing: ProgressReport | undefined, returned: ProgressReport | undefined): EarlierReport => {
  if (standing !== undefined) return sameContent(standing, report) ? { kind: "same", earlier: standing } : { kind: "different", earlier: standing };
  return returned !== undefined && sameContent(returned, report) ? { kind: "returned", earlier: returned } : { kind: "new" };
};

/** What becomes of a report: recorded (replacing the standing one, or none), already recorded as it is, or refused. */
export type SecondReportOutcome =
  | { readonly outcome: "record"; readonly replaces: ProgressReport | null }
  | { readonly outcome: "unchanged"; readonly earlier: ProgressReport }
  | { readonly outcome: "refused"; readonly error: PlanError };

/** The rule: the same report again is the one recorded; a different one replaces it only when asked to; a returned one sent again unchanged is refused. */
export const admitReport = (earlier: EarlierReport, replace: boolean): SecondReportOutcome => {
  switch (earlier.kind) {
    case "new":
      return { outcome: "record", replaces: null };
    case "same":
      return { outcome: "unchanged", earlier: earlier.earlier };
    case "different":
      return replace ? { outcome: "record", replaces: earlier.earlier } : { outcome: "refused", error: duplicateError(earlier.earlier) };
    case "returned":
      return { outcome: "refused", error: returnedError(earlier.earlier) };
  }
};

const itemName = (r: Pick<ProgressReport, "target" | "milestone">): string => (r.target ? `target ${r.target}` : r.milestone ? `milestone ${r.milestone}` : "the task");

/** progress.duplicate for a different second report, naming the first and how to replace it. */
const duplicateError = (earlier: ProgressReport): PlanError =>
  new PlanError(
    "progress.duplicate",
    `${earlier.unit} already reported ${itemName(earlier)} of task ${earlier.task} for ${earlier.period} (report ${earlier.id}, ${earlier.reportedAt.slice(0, 10)}): replace it explicitly (--replace, "replace": true)`,
    { earlier: earlier.id, task: earlier.task, target: earlier.target, milestone: earlier.milestone, unit: earlier.unit, period: earlier.period },
  );

/** progress.duplicate for a returned report sent again unchanged, quoting why the office returned it. */
const returnedError = (earlier: ProgressReport): PlanError =>
  new PlanError(
    "progress.duplicate",
    `${earlier.unit}: this is report ${earlier.id} for ${itemName(earlier)} of task ${earlier.task}, ${earlier.period}, unchanged, which the office returned${earlier.review.reason ? ` (\u201C${earlier.review.reason}\u201D)` : ""}: correct it before sending it again`,
    { returned: earlier.id, reason: earlier.review.reason, task: earlier.task, unit: earlier.unit, period: earlier.period },
  );
