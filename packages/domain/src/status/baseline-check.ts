// Which target a baseline is for, and the baseline as a number in its unit: the office writes it
// as people write values (35%, 1.2万公里), and it is refused in another measure.

import type { Plan } from "../models/plan.js";
import { PlanError } from "../errors.js";
import { parseQuantity } from "../quantity/parse.js";
import { findTarget } from "./find-target.js";
import { findTask } from "./progress-check.js";

/** A baseline checked against its plan: the task's id, the target's index and text, the value in the target's unit. */
export interface CheckedBaseline {
  readonly task: string;
  readonly target: number;
  readonly text: string;
  readonly unit: string;
  readonly baseline: number;
}

/**
 * Finds the target a baseline is for (the task by id or number, the target by number or words of
 * its text) and normalises the value to the target's unit. Each refusal is a PlanError naming the field.
 */
export const checkBaseline = (plan: Plan, taskRef: string, targetRef: number | string, value: number | string): CheckedBaseline => {
  const task = findTask(plan, taskRef);
  const index = findTarget(task, targetRef);
  const target = task.targets[index - 1];
  if (index < 1 || target === undefined) {
    throw new PlanError("target.not-found", `任务${task.id}只有${task.targets.length}项指标 / task ${task.id} has ${task.targets.length} target(s), not ${index}`, {
      task: task.id,
      target: index,
    });
  }
  return { task: task.id, target: index, text: target.text, unit: target.unit, baseline: parseQuantity(value, target.unit) };
};
