import { z } from "zod";

/** focus: an area of the plan's work (重点工作); guarantee: what secures it (保障措施, 组织领导). */
export const AreaKind = z.enum(["focus", "guarantee"]);
export type AreaKind = z.infer<typeof AreaKind>;

/** A group of tasks: a heading of the document, or an area its preamble declares. */
export const Area = z.object({
  name: z.string().min(1),
  kind: AreaKind,
  /** Ids of its tasks, in order. */
  tasks: z.array(z.string()),
  /** The document has no heading for it: tasks were assigned by ordered inference. */
  inferred: z.boolean(),
});
export type Area = z.infer<typeof Area>;
