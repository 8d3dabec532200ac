import { z } from "zod";
import { ReportReview } from "./review.js";

/** How a reporting period is written: a month (2016-06) or a quarter (2016-Q2). */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

/** A reporting period: a month (2016-06) or a quarter (2016-Q2). */
export const Period = z.string().regex(PERIOD_PATTERN, "a period is YYYY-MM (2016-06) or YYYY-Qn (2016-Q2)");
export type Period = z.infer<typeof Period>;

/** What a unit may say about a task that has no numeric target. */
export const ReportedStatus = z.enum(["on-track", "at-risk", "behind", "done"]);
export type ReportedStatus = z.infer<typeof ReportedStatus>;

/** What a unit reports: a cumulative value for a target (累计完成), a milestone done, or a task's own status. */
export const ProgressInput = z
  .object({
    task: z.string().min(1),
    /** The task's target: its 1-based index, or words of its text (农村公路) that match it alone. */
    target: z
      .union([z.number().int().positive(), z.string().trim().min(1)])
      .nullable()
      .default(null),
    /** 1-based index of the task's milestone. */
    milestone: z.number().int().positive().nullable().default(null),
    unit: z.string().min(1),
    period: Period,
    /**
     * Achieved so far, cumulative: a number in the target's base unit, or as people write it
     * (3000万, 1.2万公里, 85%), which checkProgress normalises to that unit.
     */
    value: z
      .union([z.number().finite().nonnegative(), z.string().trim().min(1).max(100)])
      .nullable()
      .default(null),
    status: ReportedStatus.nullable().default(null),
    note: z.string().max(10_000).default(""),
    evidence: z.array(z.url()).default([]),
    reportedBy: z.string().min(1).default("cli"),
  })
  .strict();
export type ProgressInput = z.input<typeof ProgressInput>;

/**
 * What a front end submits for a unit (CLI flags, an API body, an SDK call): a ProgressInput
 * without who recorded it, which the front end knows from its caller; the unit may be left out
 * where the caller's key says it.
 */
export const ProgressSubmission = ProgressInput.omit({ reportedBy: true })
  .extend({ unit: z.string().min(1).optional() })
  .strict();
export type ProgressSubmission = z.input<typeof ProgressSubmission>;

/** A stored progress report: append-only. */
export const ProgressReport = z.object({
  id: z.string(),
  planId: z.string(),
  task: z.string(),
  target: z.number().int().positive().nullable(),
  milestone: z.number().int().positive().nullable(),
  /** The unit's name in the plan (its canonical name). */
  unit: z.string(),
  period: Period,
  value: z.number().nullable(),
  status: ReportedStatus.nullable(),
  note: z.string(),
  evidence: z.array(z.string()),
  reportedBy: z.string(),
  reportedAt: z.iso.datetime(),
  /** The report this one was carried over from, when a revised plan kept its progress. */
  carriedFrom: z.string().nullable(),
  /** The office's review: a returned report does not count for status, and its unit reads why. */
  review: ReportReview,
});
export type ProgressReport = z.infer<typeof ProgressReport>;
