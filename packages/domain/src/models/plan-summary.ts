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
  /** The latest plan that revises this one: a superseded plan is kept as history, its reports with it. */
  supersededBy: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/**
 * Why a report on the revised plan was not carried into the new one, with what a reader is told.
 * Vocabulary as data: the CLI and the API print these, and a new reason needs its words here.
 */
export const CARRY_OVER_REASONS = {
  "task-gone": { zh: "任务已不在新文件中", en: "the task is no longer in the document" },
  "target-gone": { zh: "指标已不在该任务中", en: "the target is no longer in the task" },
  "milestone-gone": { zh: "节点已不在该任务中", en: "the milestone is no longer in the task" },
  "unit-not-responsible": { zh: "该单位已不是任务的责任单位", en: "the unit is no longer responsible for the task" },
} as const;

/** A reason a report was not carried over (a key of CARRY_OVER_REASONS). */
export const CarryOverReason = z.enum(Object.keys(CARRY_OVER_REASONS) as [keyof typeof CARRY_OVER_REASONS, ...(keyof typeof CARRY_OVER_REASONS)[]]);
export type CarryOverReason = z.infer<typeof CarryOverReason>;

/** What a replaced plan held about its tasks that a replacement carries over when it can. */
export const CarriedKind = z.enum(["report", "extension", "closure", "baseline"]);
export type CarriedKind = z.infer<typeof CarriedKind>;

/**
 * A progress report, extension, close-out (办结) or office-set baseline of the revised plan that the
 * new plan could not take, and why. It stays with the revised plan.
 */
export const NotCarried = z.object({
  kind: CarriedKind,
  /** The report's or extension's id in the revised plan (a close-out's task id, a baseline's target: 4.t5). */
  id: z.string(),
  task: z.string(),
  /** The task's title in the revised plan. */
  taskTitle: z.string(),
  target: z.number().int().positive().nullable(),
  milestone: z.number().int().positive().nullable(),
  /** The target's or the milestone's text in the revised plan. */
  item: z.string().nullable(),
  /** The unit that reported or asked (none for a close-out). */
  unit: z.string().nullable(),
  /** The period a report is for (none for an extension or a close-out). */
  period: z.string().nullable(),
  /** A report's value, or the baseline the office set. */
  value: z.number().nullable(),
  reason: CarryOverReason,
  /** The reason in words, in Chinese and English. */
  message: z.string(),
});
export type NotCarried = z.infer<typeof NotCarried>;

/** What importing a document did. */
export const ImportResult = z.object({
  plan: PlanSummary,
  /** False when the same document was imported before: nothing was written. */
  created: z.boolean(),
  revisionOf: z.string().nullable(),
  /** Progress reports carried over from the revised plan. */
  carried: z.number().int().nonnegative(),
  /** What of the revised plan the new plan could not take: reports, extensions, close-outs (they stay with the revised plan). */
  notCarried: z.array(NotCarried),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** One page of a list, and the cursor of the next (null on the last page). */
export const Page = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}
