import { z } from "zod";
import { Position } from "./position.js";
import { UnitKind } from "./registry.js";

/** How a unit stands to a task: leads it (牵头), is responsible for it (责任), or supports it (配合). */
export const UnitRole = z.enum(["lead", "responsible", "support"]);
export type UnitRole = z.infer<typeof UnitRole>;

/** One mention of a unit in a task's responsibility clause. */
export const UnitRef = z.object({
  /** As printed, with line breaks inside the name rejoined. */
  name: z.string().min(1),
  /** The unit it means (a `Unit` name of the plan): 省发改委 and 省发展改革委(苏区办) both mean 省发展改革委. */
  unit: z.string().min(1),
  role: UnitRole,
  /** A placeholder for several units (有关设区市, 省有关部门和单位, 各区县人民政府). */
  group: z.boolean(),
  /** The printed name ran across a line break and was rejoined. */
  joined: z.boolean(),
  ...Position.shape,
});
export type UnitRef = z.infer<typeof UnitRef>;

/** A unit of the plan with the ids of the tasks it holds in each role. */
export const Unit = z.object({
  /** The registry's name for it, else its first printing (a sub-office's parent). */
  name: z.string().min(1),
  kind: UnitKind,
  group: z.boolean(),
  /** Other printings that mean this unit: other scripts, abbreviations, sub-offices. */
  aliases: z.array(z.string()),
  /** For a group placeholder, the units a registry says it stands for. */
  members: z.array(z.string()),
  tasks: z.object({
    lead: z.array(z.string()),
    responsible: z.array(z.string()),
    support: z.array(z.string()),
  }),
});
export type Unit = z.infer<typeof Unit>;
