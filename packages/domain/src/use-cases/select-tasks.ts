// The tasks a reader asks for: by area, by unit (in any printing of its name), by status.

import { PlanError } from "../errors.js";
import type { TaskListing } from "../models/listing.js";
import type { Plan } from "../models/plan.js";
import type { PlanStatus, Status } from "../models/status.js";
import type { Unit } from "../models/unit.js";
import { findUnit } from "../units/find.js";

/** Which tasks to list; every filter given must hold. */
export interface TaskFilter {
  /** The area's name as the plan gives it. */
  readonly area?: string | undefined;
  /** Tasks this unit leads, is responsible for or supports. */
  readonly unit?: string | undefined;
  /** Needs the plan's status. */
  readonly status?: Status | undefined;
}

/**
 * The plan's canonical name for a unit named in any printing (script, abbreviation, alias), or
 * unit.not-found: a filter on a unit the plan does not name is a slip, not an empty list.
 */
export const resolveUnit = (plan: Pick<Plan, "units">, name: string): string => unitNamed(plan, name).name;

/** The plan's unit a name means, in any printing, with its tasks by role; or unit.not-found. */
export const unitNamed = (plan: Pick<Plan, "units">, name: string): Unit => {
  const unit = findUnit(plan, name);
  if (!unit) throw new PlanError("unit.not-found", `计划中没有单位“${name}” / the plan names no unit ${name}`, { unit: name });
  return unit;
};

/** The plan's tasks that pass the filter, each with its status and assessment when a status is given. */
export const selectTasks = (plan: Plan, filter: TaskFilter, status?: PlanStatus): TaskListing[] => {
  if (filter.status !== undefined && status === undefined) throw new Error("selectTasks: a status filter needs the plan's status");
  const unit = filter.unit === undefined ? undefined : resolveUnit(plan, filter.unit);
  const listed: TaskListing[] = [];
  plan.tasks.forEach((task, i) => {
    const assessment = status?.tasks[i];
    if (filter.area !== undefined && task.area !== filter.area) return;
    if (unit !== undefined && !task.units.some((u) => u.unit === unit)) return;
    if (filter.status !== undefined && assessment?.status !== filter.status) return;
    listed.push(assessment ? { ...task, status: assessment.status, assessment } : task);
  });
  return listed;
};
