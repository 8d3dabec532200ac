import { z } from "zod";
import { ExtensionState } from "./extension.js";
import { Period } from "./progress.js";

/**
 * The office's supervision of a plan as of a date, for the 通报: the reports it returned, the
 * extensions asked for and decided, and the tasks it closed.
 */
export const Supervision = z.object({
  planId: z.string(),
  asOf: z.iso.date(),
  /** Reports returned to their units (for periods begun by the date), oldest return first. */
  returned: z.array(
    z.object({
      reportId: z.string(),
      task: z.string(),
      title: z.string(),
      unit: z.string(),
      period: Period,
      reason: z.string(),
      at: z.iso.datetime(),
    }),
  ),
  /** Every extension request, in the order asked: which item, from which deadline to which, and its state. */
  extensions: z.array(
    z.object({
      id: z.string(),
      task: z.string(),
      title: z.string(),
      unit: z.string(),
      /** "task", "target N" or "milestone N": whose deadline. */
      item: z.string(),
      from: z.iso.date().nullable(),
      to: z.iso.date(),
      reason: z.string(),
      state: ExtensionState,
      decidedAt: z.iso.datetime().nullable(),
    }),
  ),
  /** Tasks closed (办结) and not reopened, in the order closed. */
  closed: z.array(z.object({ task: z.string(), title: z.string(), at: z.iso.datetime(), by: z.string() })),
});
export type Supervision = z.infer<typeof Supervision>;
