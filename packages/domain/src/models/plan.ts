import { z } from "zod";
import { Area } from "./area.js";
import { Finding } from "./finding.js";
import { Task } from "./task.js";
import { Unit } from "./unit.js";

/** What the preamble says the plan holds: 六大重点工作三十项具体任务,强化三个保障. Null where it says nothing. */
export const Declared = z.object({
  areas: z.array(z.string()).nullable(),
  tasks: z.number().int().nonnegative().nullable(),
  guarantees: z.number().int().nonnegative().nullable(),
});
export type Declared = z.infer<typeof Declared>;

/** A work plan as read from its document: its tasks, areas and units, and notes where reading had to guess. */
export const Plan = z.object({
  /** Stable id derived from the document's text: the same document always gets the same id. */
  id: z.string(),
  title: z.string(),
  /** The year the plan is for; relative deadlines (年底, 第二季度) resolve against it. Null when the document names none. */
  year: z.number().int().nullable(),
  preamble: z.string(),
  /** How often units report: monthly unless the plan says otherwise (每季度报送…). */
  cadence: z.enum(["monthly", "quarterly"]),
  declared: Declared,
  areas: z.array(Area),
  tasks: z.array(Task),
  units: z.array(Unit),
  /** Where the parser had to guess or gave up, located, so that a clerk knows where to look. */
  notes: z.array(Finding),
});
export type Plan = z.infer<typeof Plan>;
