import { z } from "zod";

/** Where a report stands with the office: submitted (not yet looked at), accepted, or returned (退回) to its unit. */
export const ReviewState = z.enum(["submitted", "accepted", "returned"]);
export type ReviewState = z.infer<typeof ReviewState>;

/** The office's review of a report: its state, and for a decision who made it, when and (for a return) why. */
export const ReportReview = z.object({
  state: ReviewState,
  /** Why it was returned: what the unit reads to put it right. Null unless returned. */
  reason: z.string().nullable(),
  /** Who decided (a key id, cli:user); null while submitted. */
  by: z.string().nullable(),
  at: z.iso.datetime().nullable(),
});
export type ReportReview = z.infer<typeof ReportReview>;

/** A report's review before the office has looked at it. */
export const SUBMITTED: ReportReview = { state: "submitted", reason: null, by: null, at: null };

/** What the office decides on a report: accept it, or return it with the reason the unit will read. */
export const ReviewDecision = z
  .object({
    decision: z.enum(["accept", "return"]),
    /** Required to return: the unit sees it with the report. */
    reason: z.string().trim().max(2000).optional(),
  })
  .strict();
export type ReviewDecision = z.input<typeof ReviewDecision>;
