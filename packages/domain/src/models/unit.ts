import { z } from "zod";
import { Position } from "./position.js";

export const UnitRole = z.enum(["lead", "responsible", "support"]);
export type UnitRole = z.infer<typeof UnitRole>;

/** One mention of a unit in a task's responsibility clause. */
export const UnitRef = z.object({
  /** As printed, with line breaks inside the name rejoined. */
  name: z.string().min(1),
  role: UnitRole,
  /** A placeholder for several units (有关设区市, 省有关部门和单位, 各区县人民政府). */
  group: z.boolean(),
  /** The printed name ran across a line break and was rejoined. */
  joined: z.boolean(),
  ...Position.shape,
});
export type UnitRef = z.infer<typeof UnitRef>;

/** A unit of the plan with the task numbers it holds in each role. */
export const Unit = z.object({
  name: z.string().min(1),
  group: z.boolean(),
  tasks: z.object({
    lead: z.array(z.string()),
    responsible: z.array(z.string()),
    support: z.array(z.string()),
  }),
});
export type Unit = z.infer<typeof Unit>;
