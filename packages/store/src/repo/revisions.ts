// A revised document is a new plan; its tasks and targets keep their progress when they are still
// in it, and the reports that cannot follow are listed with the reason. Reports are copied, marked
// carriedFrom; the revised plan keeps its own, so nothing a unit reported is lost.

import { CARRY_OVER_REASONS, type CarryOverReason, contentHash, type NotCarried, type Plan, type ProgressReport, type Task, unitKey } from "@plan/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.js";
import { loadPlan } from "./plans.js";
import { insertReports, listReports } from "./progress.js";

/** What a revision did with the revised plan's reports. */
export interface CarryOver {
  readonly carried: readonly ProgressReport[];
  readonly notCarried: readonly NotCarried[];
}

// The new task an old one became: the same id and title, or else the one task with its title
// (a corrected file may renumber). A title changed as well as a number is another task.
const taskMatcher = (to: Plan) => {
  const byTitle = new Map<string, Task[]>();
  for (const t of to.tasks) byTitle.set(t.title, [...(byTitle.get(t.title) ?? []), t]);
  const byId = new Map(to.tasks.map((t) => [t.id, t]));
  return (old: Task): Task | undefined => {
    const same = byId.get(old.id);
    if (same && same.title === old.title) return same;
    const titled = byTitle.get(old.title);
    return titled?.length === 1 ? titled[0] : undefined;
  };
};

/**
 * The reports of `from` as reports of `to`: each keeps its task, target or milestone (found again
 * by the task's title and the item's text) and its unit (which the new task must still name);
 * every other one is listed with why. Pure: ids come from `newId`.
 */
export const carryOver = (from: Plan, to: Plan, reports: readonly ProgressReport[], newId: () => string): CarryOver => {
  const oldTasks = new Map(from.tasks.map((t) => [t.id, t]));
  const match = taskMatcher(to);
  const carried: ProgressReport[] = [];
  const notCarried: NotCarried[] = [];
  for (const report of reports) {
    const old = oldTasks.get(report.task);
    const item = old && (report.target !== null ? old.targets[report.target - 1]?.text : report.milestone !== null ? old.milestones[report.milestone - 1]?.text : undefined);
    const drop = (reason: CarryOverReason) => {
      const words = CARRY_OVER_REASONS[reason];
      notCarried.push({
        report: report.id,
        task: report.task,
        taskTitle: old?.title ?? "",
        target: report.target,
        milestone: report.milestone,
        item: item ?? null,
        unit: report.unit,
        period: report.period,
        value: report.value,
        reason,
        message: `${words.zh} / ${words.en}`,
      });
    };
    const task = old && match(old);
    if (!task) {
      drop("task-gone");
      continue;
    }
    const target = report.target === null ? 0 : task.targets.findIndex((t) => t.text === item) + 1;
    if (report.target !== null && target === 0) {
      drop("target-gone");
      continue;
    }
    const milestone = report.milestone === null ? 0 : task.milestones.findIndex((m) => m.text === item) + 1;
    if (report.milestone !== null && milestone === 0) {
      drop("milestone-gone");
      continue;
    }
    // The unit is kept by its name in the new plan: the same unit, however the new file prints it.
    const key = unitKey(report.unit);
    const unit = task.units.find((u) => unitKey(u.unit) === key || unitKey(u.name) === key);
    if (!unit) {
      drop("unit-not-responsible");
      continue;
    }
    carried.push({ ...report, id: newId(), planId: to.id, task: task.id, target: target || null, milestone: milestone || null, unit: unit.unit, carriedFrom: report.id });
  }
  return { carried, notCarried };
};

/** Copies into `to` the reports of `fromId` that it can take; lists the others. Call inside a transaction. */
export const carryProgress = async (trx: Transaction<Database>, fromId: string, to: Plan, newId: () => string): Promise<CarryOver> => {
  const result = carryOver(await loadPlan(trx, fromId), to, await listReports(trx, fromId), newId);
  await insertReports(trx, result.carried);
  return result;
};

/**
 * The id of a plan read again from a stored document's very text with other options (--columns,
 * a unit registry): the text's hash is taken, so the new reading's id is the hash of what it read.
 */
export const rereadId = (plan: Plan): string => `plan_${contentHash(JSON.stringify({ ...plan, id: "" }))}`;
