import { z } from "zod";
import { Deadline } from "./deadline.js";
import { Milestone } from "./milestone.js";
import { Position } from "./position.js";
import { Target } from "./target.js";
import { UnitRef } from "./unit.js";

/** One numbered item of a plan: what is to be done, by which units, with its targets, milestones and deadline. */
export const Task = z.object({
  /**
   * The task's reference within the plan: its path joined with "." ("4", "一.(一).2"); a
   * duplicated number gets "~2", "~3"… so that every task can be named.
   */
  id: z.string().min(1),
  /** The task's number as printed, without punctuation: "4", "一", "(一)" loses its brackets too. */
  number: z.string(),
  /** Number labels from the outermost heading down to this task, e.g. ["一", "(一)", "1"]. */
  path: z.array(z.string()),
  title: z.string(),
  /** The rest of the task after its title, without the responsibility clause. */
  body: z.string(),
  /** Name of the area the task belongs to, null when the plan declares none. */
  area: z.string().nullable(),
  units: z.array(UnitRef),
  targets: z.array(Target),
  milestones: z.array(Milestone),
  deadline: Deadline,
  ...Position.shape,
});
export type Task = z.infer<typeof Task>;
