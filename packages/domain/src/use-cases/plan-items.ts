// Every target and milestone of a plan, each with the task it belongs to.

import type { MilestoneListing, TargetListing } from "../models/listing.js";
import type { Plan } from "../models/plan.js";

/** Every target of the plan, in task order, with its task's id and its 1-based index there. */
export const planTargets = (plan: Plan): TargetListing[] => plan.tasks.flatMap((t) => t.targets.map((target, i) => ({ task: t.id, index: i + 1, ...target })));

/** Every milestone of the plan, in task order, with its task's id and its 1-based index there. */
export const planMilestones = (plan: Plan): MilestoneListing[] => plan.tasks.flatMap((t) => t.milestones.map((m, i) => ({ task: t.id, index: i + 1, ...m })));
