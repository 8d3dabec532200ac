import { z } from "zod";

/** Where an extension request (延期申请) stands: awaiting the office, approved (the deadline moves) or refused. */
export const ExtensionState = z.enum(["requested", "approved", "refused"]);
export type ExtensionState = z.infer<typeof ExtensionState>;

/**
 * A unit's request to move a deadline: the task's own, or one of its targets' or milestones'. The
 * history keeps both dates: `from` is the deadline it replaces, `to` the one asked for.
 */
export const Extension = z.object({
  id: z.string(),
  planId: z.string(),
  task: z.string(),
  /** 1-based index of the task's target whose deadline moves; null for the task or a milestone. */
  target: z.number().int().positive().nullable(),
  /** 1-based index of the task's milestone whose deadline moves; null for the task or a target. */
  milestone: z.number().int().positive().nullable(),
  /** The unit asking (its name in the plan). */
  unit: z.string(),
  reason: z.string(),
  /** The deadline in force when it was asked for (the document's, or an earlier extension's); null when there was none. */
  from: z.iso.date().nullable(),
  /** The new deadline asked for. */
  to: z.iso.date(),
  state: ExtensionState,
  requestedBy: z.string(),
  requestedAt: z.iso.datetime(),
  decidedBy: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  /** The office's note on its decision. */
  note: z.string(),
});
export type Extension = z.infer<typeof Extension>;

/** What a unit asks for: which deadline (the task's, a target's or a milestone's), the new date and why. */
export const ExtensionRequest = z
  .object({
    task: z.string().min(1),
    /** The task's target: its 1-based index, or words of its text that match it alone. */
    target: z
      .union([z.number().int().positive(), z.string().trim().min(1)])
      .nullable()
      .default(null),
    /** 1-based index of the task's milestone. */
    milestone: z.number().int().positive().nullable().default(null),
    /** The unit asking; left out where the caller's key says it. */
    unit: z.string().min(1).optional(),
    reason: z.string().trim().min(1, "say why the deadline should move").max(2000),
    /** The new deadline, YYYY-MM-DD. */
    to: z.string(),
  })
  .strict();
export type ExtensionRequest = z.input<typeof ExtensionRequest>;

/** The office's answer to an extension request, with a note the unit reads. */
export const ExtensionDecision = z
  .object({
    decision: z.enum(["approve", "refuse"]),
    note: z.string().trim().max(2000).default(""),
  })
  .strict();
export type ExtensionDecision = z.input<typeof ExtensionDecision>;
