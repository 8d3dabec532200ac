// The office's review of a report, recorded once in `reviews` beside the append-only report. A
// return takes the report out of progress_latest, so that status (which reads the latest report
// per item) counts the one before it, or nothing; an acceptance changes nothing status reads.

import { PlanError, type ProgressReport, type ReportReview } from "@plan/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";
import { findReport, refreshLatest, withReviews } from "./progress.js";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Records a decision on a report still submitted. Unknown → report.not-found; reviewed already →
 * store.conflict (two reviewers racing: the loser's insert meets the winner's key, store.conflict too).
 */
export const reviewReport = async (db: Db, planId: string, reportId: string, review: ReportReview): Promise<ProgressReport> => {
  const report = await findReport(db, planId, reportId);
  if (!report) throw new PlanError("report.not-found", `plan has no report ${reportId}`, { report: reportId });
  if (report.review.state !== "submitted") {
    throw new PlanError("store.conflict", `report ${reportId} was already ${report.review.state} (${report.review.at?.slice(0, 10) ?? ""})`, { report: reportId, state: report.review.state });
  }
  await db
    .insertInto("reviews")
    .values({ report_id: reportId, plan_id: planId, state: review.state, reason: review.reason, reviewed_by: review.by ?? "", reviewed_at: review.at ?? "" })
    .execute();
  if (review.state === "returned") await refreshLatest(db, report, reportId);
  return { ...report, review };
};

/** A plan's returned reports, oldest return first. */
export const returnedReports = async (db: Db, planId: string): Promise<ProgressReport[]> => {
  const rows = await db
    .selectFrom("reviews")
    .innerJoin("progress", "progress.id", "reviews.report_id")
    .selectAll("progress")
    .where("reviews.plan_id", "=", planId)
    .where("reviews.state", "=", "returned")
    .orderBy("reviews.reviewed_at")
    .orderBy("reviews.report_id")
    .execute();
  return withReviews(db, rows);
};
