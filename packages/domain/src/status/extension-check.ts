// Checks a unit's extension request (延期申请) against its plan before anything is written: the
// task and item exist, the unit answers for the task (leads it, or is responsible for it), the
// new date is a date and later than the deadline it replaces.

import { PlanError } from "../errors.js";
import { ExtensionRequest } from "../models/extension.js";
import type { Plan } from "../models/plan.js";
import type { Task } from "../models/task.js";
import { unitKey } from "../units/key.js";
import { type ApprovedExtension, deadlineOf, movedDeadlines } from "./deadlines.js";
import { findTarget } from "./find-target.js";
import { checkWorkingDate } from "./period.js";
import { findTask } from "./progress-check.js";

/** An extension request that passed checkExtension: the task by id, the item by index, the unit by its plan name, and the deadline it replaces. */
export interface CheckedExtension {
  readonly task: string;
  readonly target: number | null;
  readonly milestone: number | null;
  readonly unit: string;
  readonly reason: string;
  readonly from: string | null;
  readonly to: string;
}

/** The plan names of the units that answer for a task: its lead units and its responsible units. */
export const accountableUnits = (task: Pick<Task, "units">): string[] => [...new Set(task.units.filter((u) => u.role === "lead" || u.role === "responsible").map((u) => u.unit))];

/** Whether a unit, in any printing of its name, answers for a task (leads it or is responsible for it). */
export const answersFor = (task: Pick<Task, "units">, unit: string): string | null => {
  const key = unitKey(unit);
  return task.units.find((u) => (u.role === "lead" || u.role === "responsible") && (unitKey(u.name) === key || unitKey(u.unit) === key))?.unit ?? null;
};

/**
 * An extension request checked against its plan and the extensions already approved (which set
 * the deadline it replaces). Each refusal is a PlanError naming the field.
 */
export const checkExtension = (plan: Plan, raw: unknown, approved: (task: string) => readonly ApprovedExtension[]): CheckedExtension => {
  const parsed = ExtensionRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "request";
    throw new PlanError("request.invalid", `${field}: ${issue.message}`, { field });
  }
  const input = parsed.data;
  const task = findTask(plan, input.task);
  if (input.target !== null && input.milestone !== null) throw new PlanError("request.invalid", "an extension is for the task, a target or a milestone, not two", { field: "target" });
  const target = input.target === null ? null : findTarget(task, input.target);
  if (target !== null && target > task.targets.length) {
    throw new PlanError("target.not-found", `task ${task.id} has ${task.targets.length} target(s), not ${target}`, { task: task.id, target });
  }
  if (input.milestone !== null && input.milestone > task.milestones.length) {
    throw new PlanError("milestone.not-found", `task ${task.id} has ${task.milestones.length} milestone(s), not ${input.milestone}`, { task: task.id, milestone: input.milestone });
  }
  if (input.unit === undefined) throw new PlanError("request.invalid", "unit: say which unit asks", { field: "unit" });
  const unit = answersFor(task, input.unit);
  if (unit === null) {
    throw new PlanError("progress.unit-not-responsible", `${input.unit} does not answer for task ${task.id} (its lead or responsible units: ${accountableUnits(task).join("\u3001") || "none"})`, {
      task: task.id,
      unit: input.unit,
    });
  }
  checkWorkingDate(input.to, "to");
  const item = { target, milestone: input.milestone };
  const from = deadlineOf(movedDeadlines(task, approved(task.id)), item);
  if (from !== null && input.to <= from) throw new PlanError("request.invalid", `to: ${input.to} does not move the deadline ${from}: ask for a later date`, { field: "to" });
  return { task: task.id, target, milestone: input.milestone, unit, reason: input.reason, from, to: input.to };
};
