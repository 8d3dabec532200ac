import { z } from "zod";
import { Deadline } from "./deadline.js";
import { Position } from "./position.js";

/** A dated step inside a task: 第二季度制定出台…工作计划. */
export const Milestone = z.object({
  text: z.string(),
  deadline: Deadline,
  ...Position.shape,
});
export type Milestone = z.infer<typeof Milestone>;
