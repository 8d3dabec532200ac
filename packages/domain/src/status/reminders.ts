// Which units owe which reports: for every task not reported for the period due, the units
// accountable for it (see TaskAssessment.lead).

import type { Reminder } from "../models/reminder.js";
import type { PlanStatus } from "../models/status.js";

// A reminder names at most this many of a task's items, then how many more: each lead unit gets
// its own copy, and a task with thousands of targets and as many lead units would otherwise make a
// reminder list of hundreds of megabytes.
const MAX_ITEMS = 10;

/**
 * Who owes which reports for the period due: each lead unit of a task not reported, with the
 * targets (or the task's own status) missing, a few named and the rest counted.
 */
export const reminders = (status: PlanStatus): Reminder[] => {
  const owed = new Map<string, Reminder["tasks"][number][]>();
  for (const task of status.tasks) {
    // A task the office closed (办结) owes nothing more.
    if (task.closed) continue;
    const all = [
      ...task.targets.filter((t) => t.status === "not-reported").map((t) => `target ${t.index}: ${t.text}`),
      ...(task.status === "not-reported" && task.targets.length === 0 ? ["task status"] : []),
    ];
    if (all.length === 0) continue;
    const items = all.length <= MAX_ITEMS ? all : [...all.slice(0, MAX_ITEMS), `… ${all.length - MAX_ITEMS} more targets`];
    for (const unit of task.lead) {
      const tasks = owed.get(unit) ?? owed.set(unit, []).get(unit)!;
      tasks.push({ id: task.id, title: task.title, lastPeriod: task.lastPeriod, items });
    }
  }
  return [...owed].map(([unit, tasks]) => ({ unit, period: status.duePeriod, tasks }));
};
