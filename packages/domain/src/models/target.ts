import { z } from "zod";
import { Deadline } from "./deadline.js";
import { Position } from "./position.js";

/** How a reported value meets a target: at least (以上), at most (以内, 控制在…), or exactly. */
export const Comparator = z.enum([">=", "<=", "="]);
export type Comparator = z.infer<typeof Comparator>;

/** firm: the plan commits to it; strive: softened by 力争 / 争取. */
export const Ambition = z.enum(["firm", "strive"]);
export type Ambition = z.infer<typeof Ambition>;

/** A measurable quantity a supervisor tracks: 全年完成脱贫40万人以上 → 400000 人 >=. */
export const Target = z.object({
  /** The clause that states the target, as printed. */
  text: z.string(),
  /** What is measured, in the document's words. */
  metric: z.string(),
  /** Normalised to a plain number: 1.08万 → 10800, 29亿 → 2900000000. */
  value: z.number(),
  /** Unit of measure without scale words: 人, 元, 公里, %, 工作日. Empty when the document gives none. */
  unit: z.string(),
  /**
   * Where the target starts from, in the same unit: 由35%提高到40% → 35. Null when the document
   * gives none (status then runs from 0, or from a baseline the office sets).
   */
  baseline: z.number().nullable().default(null),
  comparator: Comparator,
  ambition: Ambition,
  deadline: Deadline,
  ...Position.shape,
});
export type Target = z.infer<typeof Target>;
