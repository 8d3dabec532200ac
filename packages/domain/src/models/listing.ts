// The shapes in which a plan's parts are listed on their own: each names the task it belongs to.

import { z } from "zod";
import { Milestone } from "./milestone.js";
import { Status, TaskAssessment } from "./status.js";
import { Target } from "./target.js";
import { Task } from "./task.js";

/** A task as listed: with its status and assessment when the list was asked as of a date. */
export const TaskListing = Task.extend({ status: Status.optional(), assessment: TaskAssessment.optional() });
export type TaskListing = z.infer<typeof TaskListing>;

/** A task and where it stands as of a date. */
export const AssessedTask = Task.extend({ assessment: TaskAssessment });
export type AssessedTask = z.infer<typeof AssessedTask>;

/** A target with the id of its task and its 1-based index there. */
export const TargetListing = Target.extend({ task: z.string(), index: z.number().int().positive() });
export type TargetListing = z.infer<typeof TargetListing>;

/** A milestone with the id of its task and its 1-based index there. */
export const MilestoneListing = Milestone.extend({ task: z.string(), index: z.number().int().positive() });
export type MilestoneListing = z.infer<typeof MilestoneListing>;
