// Checks a progress report against its plan before anything is written: the task, target or
// milestone exists, the unit is responsible for the task, the period and value make sense.

import { PlanError } from "../errors.js";
import type { Plan } from "../models/plan.js";
import { ProgressInput } from "../models/progress.js";
import type { Task } from "../models/task.js";
import { unitKey } from "../units/key.js";
import { cleanName } from "../units/name.js";
import { parseQuantity } from "../quantity/parse.js";
import { findTarget } from "./find-target.js";
import { planYears, WORKING_YEARS } from "./period.js";

// Reports are taken for the plan's own years: a period before it starts or after it ends is a
// slip (2015 for 2016), and status would never count it. A plan that names no year takes any of
// the working years.
// No plan counts beyond this (a province's GDP in 元 is about 10^13); more is a typing slip.
const MAX_VALUE = 1e15;
// A cumulative value this many times its target is a slip of unit (元 for 万元), not progress.
const MAX_TIMES_TARGET = 1000;
// A rate: at most this many times its target, and 100 % always allowed.
const MAX_TIMES_RATE = 10;

/**
 * A progress report that passed checkProgress: the task by its id, the unit by its name in the
 * plan, the target by its index, the value a number in the target's base unit.
 */
export type CheckedProgress = Omit<import("zod").infer<typeof ProgressInput>, "task" | "unit" | "target" | "value"> & {
  task: string;
  unit: string;
  target: number | null;
  value: number | null;
};

/** Finds a task by id ("4", "一.(一).2") or, when unambiguous, by its number. */
export const findTask = (plan: Plan, ref: string): Task => {
  const byId = plan.tasks.find((t) => t.id === ref);
  if (byId) return byId;
  const byNumber = plan.tasks.filter((t) => t.number === ref);
  if (byNumber.length === 1) return byNumber[0]!;
  throw new PlanError(
    "task.not-found",
    byNumber.length > 1
      ? `任务编号${ref}不唯一,请用任务标识(${byNumber.map((t) => t.id).join("、")}) / task number ${ref} is ambiguous: use its id (${byNumber.map((t) => t.id).join(", ")})`
      : `计划中没有任务${ref} / plan has no task ${ref}`,
    { task: ref },
  );
};

/**
 * A progress report checked against its plan before anything is written: the task, target or
 * milestone exists, the unit is responsible for the task, the period falls in the plan's years
 * and the value is a plausible figure. Each refusal is a PlanError naming the field.
 */
export const checkProgress = (plan: Plan, raw: unknown): CheckedProgress => {
  const parsed = ProgressInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PlanError("progress.invalid", `${issue.path.join(".") || "report"}: ${issue.message}`, { field: issue.path.join(".") });
  }
  const input = parsed.data;
  // A unit of characters nobody sees (a zero-width space, a BOM) is no unit at all.
  if (cleanName(input.unit) === "") throw new PlanError("progress.invalid", "unit: empty: say which unit reports", { field: "unit" });
  const task = findTask(plan, input.task);
  if (input.target !== null && input.milestone !== null) {
    throw new PlanError("progress.invalid", "a report is for a target or for a milestone, not both", { field: "target" });
  }
  let target = input.target === null ? null : findTarget(task, input.target);
  if (target === null && input.milestone === null && task.targets.length === 1 && input.value !== null) target = 1;
  if (target !== null && target > task.targets.length) {
    throw new PlanError("target.not-found", `任务${task.id}只有${task.targets.length}项指标 / task ${task.id} has ${task.targets.length} target(s), not ${target}`, { task: task.id, target });
  }
  if (target === null && input.milestone === null && task.targets.length > 1 && input.value !== null) {
    throw new PlanError("progress.invalid", `task ${task.id} has ${task.targets.length} targets: say which with --target 1…${task.targets.length}`, {
      field: "target",
    });
  }
  if (input.milestone !== null && input.milestone > task.milestones.length) {
    throw new PlanError("milestone.not-found", `task ${task.id} has ${task.milestones.length} milestone(s), not ${input.milestone}`, {
      task: task.id,
      milestone: input.milestone,
    });
  }
  if (target !== null && input.value === null) throw new PlanError("progress.invalid", "a report on a target needs a value", { field: "value" });
  if (target === null && input.value === null && input.status === null) {
    throw new PlanError("progress.invalid", "a report needs a value or a status", { field: "value" });
  }
  // The unit must be one the task names, in any printing (script, abbreviation, sub-office).
  const key = unitKey(input.unit);
  const ref = task.units.find((u) => unitKey(u.name) === key || unitKey(u.unit) === key);
  if (!ref) {
    throw new PlanError(
      "progress.unit-not-responsible",
      `“${input.unit}”不是任务${task.id}的责任单位 / ${input.unit} is not responsible for task ${task.id} (its units: ${task.units.map((u) => u.name).join("、")})`,
      { task: task.id, unit: input.unit },
    );
  }
  // What the report says is judged once it is known who may say it.
  if (target === null && input.value !== null) {
    throw new PlanError(
      "progress.invalid",
      input.milestone !== null ? `a milestone is done or not: report its status, not a value` : `task ${task.id} has no numeric target: report a status, not a value`,
      { field: "value" },
    );
  }
  checkPeriod(plan, input.period);
  const value = target === null ? null : normalisedValue(task, target, input.value!);
  if (target !== null) checkValue(task, target, value!);
  return { ...input, task: task.id, target, unit: ref.unit, value };
};

/** The period falls within the plan's own years (WORKING_YEARS when the plan names none). */
const checkPeriod = (plan: Plan, period: string): void => {
  const span = planYears(plan);
  const allowed = span ?? WORKING_YEARS;
  const year = Number(period.slice(0, 4));
  if (year < allowed.first || year > allowed.last) {
    const years = span ? `the plan runs ${span.first === span.last ? span.first : `${span.first}–${span.last}`}` : `${allowed.first}–${allowed.last}`;
    throw new PlanError("progress.invalid", `period: ${period} is outside the years reports are taken for (${years})`, {
      field: "period",
      period,
      ...(span ? { planYears: span } : {}),
    });
  }
};

/** The value in its target's base unit: 3000万 → 30000000 for a target in 元; a measure of another kind is refused. */
const normalisedValue = (task: Task, target: number, value: number | string): number => {
  const normalised = parseQuantity(value, task.targets[target - 1]!.unit);
  if (normalised < 0) throw new PlanError("progress.invalid", `value: ${value} is negative; a report gives the cumulative figure achieved`, { field: "value" });
  return normalised;
};

/** A value is a plausible count of its target's measure: not astronomically large, not a slip of unit. */
const checkValue = (task: Task, target: number, value: number): void => {
  const { value: goal, unit, text } = task.targets[target - 1]!;
  const limit = unit === "%" ? Math.max(100, goal * MAX_TIMES_RATE) : goal > 0 ? goal * MAX_TIMES_TARGET : MAX_VALUE;
  if (value > Math.min(limit, MAX_VALUE)) {
    throw new PlanError("progress.invalid", `value: ${value} is not a plausible figure for “${text}” (${goal}${unit}); give it in ${unit || "the target's measure"}`, {
      field: "value",
      task: task.id,
      target,
    });
  }
};
