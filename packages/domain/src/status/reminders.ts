// Which units owe which reports: for every task not reported for the period due (or overdue and
// not reported since), the units accountable for it (see TaskAssessment.lead).

import type { NotYetDue, Reminder, Reminders } from "../models/reminder.js";
import type { PlanStatus, Status } from "../models/status.js";
import { periodOf, periodRange } from "./period.js";

// A reminder names at most this many of a task's items, then how many more: each lead unit gets
// its own copy, and a task with thousands of targets and as many lead units would otherwise make a
// reminder list of hundreds of megabytes.
const MAX_ITEMS = 10;

/**
 * Whether a target (or a task without targets) owes a report for the period due: nothing reported
 * for it, or past its deadline and nothing reported since before that period ended.
 */
export const owes = (item: { readonly status: Status; readonly lastPeriod: string | null }, due: string | null): boolean =>
  due !== null && (item.status === "not-reported" || (item.status === "overdue" && (item.lastPeriod === null || (periodRange(item.lastPeriod)?.end ?? "") < periodRange(due)!.end)));

/**
 * Who owes which reports for the period due: each lead unit of a task not reported, with the
 * targets (or the task's own status) missing, a few named and the rest counted.
 */
export const reminders = (status: PlanStatus): Reminder[] => {
  // Before the first period has ended nothing is owed, however empty the record.
  if (status.duePeriod === null) return [];
  const owed = new Map<string, Reminder["tasks"][number][]>();
  for (const task of status.tasks) {
    // A task the office closed (办结) owes nothing more.
    if (task.closed) continue;
    const all = [
      ...task.targets.filter((t) => owes(t, status.duePeriod)).map((t) => `target ${t.index}: ${t.text}`),
      ...(task.targets.length === 0 && owes(task, status.duePeriod) ? ["task status"] : []),
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

/** The plan's first reporting period and the day its reports fall due (its last day: see duePeriod). */
export const firstDue = (status: Pick<PlanStatus, "asOf" | "cadence">, start: string | null): NotYetDue => {
  const period = periodOf(start ?? status.asOf, status.cadence);
  return { period, dueOn: periodRange(period)!.end };
};

/**
 * The reminders as of the status's date, for every unit or for one (its canonical name, see
 * resolveUnit): before the plan's first period is due, none, and when the first reports fall due.
 */
export const reminderList = (status: PlanStatus, options: { readonly start: string | null; readonly unit?: string | undefined }): Reminders => {
  const unit = options.unit ?? null;
  const all = reminders(status);
  return {
    asOf: status.asOf,
    period: status.duePeriod,
    unit,
    notYetDue: status.duePeriod === null ? firstDue(status, options.start) : null,
    reminders: unit === null ? all : all.filter((r) => r.unit === unit),
  };
};
