import { z } from "zod";

/** A stored plan in a list: what it is, where it came from, and the plan it revises. */
export const PlanSummary = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int().nullable(),
  tasks: z.number().int().nonnegative(),
  /** Where the document came from (a file name). */
  source: z.string(),
  importedAt: z.iso.datetime(),
  revisionOf: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** What importing a document did. */
export const ImportResult = z.object({
  plan: PlanSummary,
  /** False when the same document was imported before: nothing was written. */
  created: z.boolean(),
  revisionOf: z.string().nullable(),
  /** Progress reports carried over from the revised plan. */
  carried: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** One page of a list, and the cursor of the next (null on the last page). */
export const Page = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}
