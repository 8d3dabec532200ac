// The office's decision on a report, checked: accept, or return with a reason the unit will read.

import { PlanError } from "../errors.js";
import { type ReportReview, ReviewDecision } from "../models/review.js";

/** The review a decision records (by whom, when), refusing a return without a reason. */
export const checkReview = (raw: unknown, by: string, at: string): ReportReview => {
  const parsed = ReviewDecision.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "decision";
    throw new PlanError("request.invalid", `${field}: ${issue.message}`, { field });
  }
  const { decision, reason } = parsed.data;
  if (decision === "return" && !reason) throw new PlanError("request.invalid", "reason: a returned report needs a reason its unit can act on", { field: "reason" });
  return decision === "accept" ? { state: "accepted", reason: reason || null, by, at } : { state: "returned", reason: reason!, by, at };
};
