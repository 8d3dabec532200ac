// Which units owe which reports: for every task not reported for the period due, the units
// accountable for it (see TaskAssessment.lead).

import type { PlanStatus } from "../models/status.js";

export interface Reminder {
  readonly unit: string;
  /** The period the report is owed for. */
  readonly period: string | null;
  readonly tasks: readonly { id: string; title: string; lastPeriod: string | null; items: readonly string[] }[];
}

export const reminders = (status: PlanStatus): Reminder[] => {
  const owed = new Map<string, Reminder["tasks"][number][]>();
  for (const task of status.tasks) {
    const items = [
      ...task.targets.filter((t) => t.status === "not-reported").map((t) => `target ${t.index}: ${t.text}`),
      ...(task.status === "not-reported" && task.targets.length === 0 ? ["task status"] : []),
    ];
    if (items.length === 0) continue;
    for (const unit of task.lead) owed.set(unit, [...(owed.get(unit) ?? []), { id: task.id, title: task.title, lastPeriod: task.lastPeriod, items }]);
  }
  return [...owed].map(([unit, tasks]) => ({ unit, period: status.duePeriod, tasks }));
};
