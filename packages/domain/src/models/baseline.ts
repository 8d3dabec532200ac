import { z } from "zod";

/** A target's baseline as the office set it: which target, in what unit, from what to what. */
export const BaselineChange = z.object({
  plan: z.string(),
  task: z.string(),
  /** The target's 1-based index in its task. */
  target: z.number().int().positive(),
  /** The target's text, as printed. */
  text: z.string(),
  /** The target's unit of measure: the baseline is in it, without scale words. */
  unit: z.string(),
  /** The baseline before: the document's, a baseline set earlier, or 0. */
  previous: z.number(),
  baseline: z.number(),
});
export type BaselineChange = z.infer<typeof BaselineChange>;
