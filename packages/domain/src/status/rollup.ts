// Rollups of task statuses: for the whole plan, by area, and by unit as lead and as support.

import type { ProgressReport } from "../models/progress.js";
import type { PlanStatus, Rollup, Status, TaskAssessment } from "../models/status.js";
import { assessTask, type Clock, type StatusPlan, type TaskDecisions } from "./assess.js";
import type { ApprovedExtension } from "./deadlines.js";
import { duePeriod, planYears, type Cadence } from "./period.js";

const LAGGING: ReadonlySet<Status> = new Set(["at-risk", "behind", "overdue", "not-reported"]);

/** Counts of a group of tasks by status, the share on track and the ids of those lagging. */
export const rollup = (key: string, role: Rollup["role"], tasks: readonly TaskAssessment[]): Rollup => {
  const counts: Record<Status, number> = { achieved: 0, "on-track": 0, "at-risk": 0, behind: 0, overdue: 0, "not-reported": 0 };
  const lagging: string[] = [];
  for (const t of tasks) {
    counts[t.status]++;
    if (LAGGING.has(t.status)) lagging.push(t.id);
  }
  return { key, role, total: tasks.length, counts, shareOnTrack: tasks.length === 0 ? 0 : (counts.achieved + counts["on-track"]) / tasks.length, lagging };
};

const groupBy = <K>(items: readonly TaskAssessment[], keys: (t: TaskAssessment) => readonly K[]): Map<K, TaskAssessment[]> => {
  const groups = new Map<K, TaskAssessment[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
};

/** The date a plan's status is for, the targets' baselines, and the office's extensions and close-outs. */
export interface StatusOptions {
  /** ISO date; the status of the plan on that day. */
  readonly asOf: string;
  /** Baselines of targets by task id, in target order (0 where not given). */
  readonly baselines?: ReadonlyMap<string, readonly number[]>;
  /** Approved extensions by task id: the deadlines status counts by (see deadlines.ts). */
  readonly extensions?: ReadonlyMap<string, readonly ApprovedExtension[]>;
  /** Tasks closed (办结) now, by task id: when and by whom. A closed task counts as achieved. */
  readonly closures?: ReadonlyMap<string, NonNullable<TaskDecisions["closed"]>>;
}

/** The plan's first day: 1 January of its year. */
export const planStart = (plan: Pick<StatusPlan, "year">): string | null => (plan.year === null ? null : `${plan.year}-01-01`);

/** The plan's last day: 31 December of the last year it runs over (see planYears); null when it names no year. */
export const planEnd = (plan: Pick<StatusPlan, "year" | "tasks">): string | null => {
  const years = planYears(plan);
  return years === null ? null : `${years.last}-12-31`;
};

/**
 * A plan's status as of a date: every task assessed from its reports, rolled up for the plan, by
 * area, and by unit as lead and as support, with the period whose reports are due.
 */
export const planStatus = (plan: StatusPlan, reports: readonly ProgressReport[], options: StatusOptions): PlanStatus => {
  const cadence: Cadence = plan.cadence;
  const start = planStart(plan);
  const clock: Clock = { asOf: options.asOf, start, due: duePeriod(options.asOf, cadence, start ?? "0000-01-01", planEnd(plan)) };
  const reportsOf = new Map<string, ProgressReport[]>();
  for (const r of reports) {
    const list = reportsOf.get(r.task);
    if (list) list.push(r);
    else reportsOf.set(r.task, [r]);
  }
  const tasks = plan.tasks.map((task) =>
    assessTask(task, reportsOf.get(task.id) ?? [], clock, options.baselines?.get(task.id), { extensions: options.extensions?.get(task.id), closed: options.closures?.get(task.id) }),
  );
  const byArea = [...groupBy(tasks, (t) => (t.area === null ? [] : [t.area]))].map(([area, ts]) => rollup(area, null, ts));
  const asLead = groupBy(tasks, (t) => t.lead);
  const asSupport = groupBy(tasks, (t) => t.support);
  const byUnit = plan.units.flatMap((u) => [
    ...(asLead.has(u.name) ? [rollup(u.name, "lead", asLead.get(u.name)!)] : []),
    ...(asSupport.has(u.name) ? [rollup(u.name, "support", asSupport.get(u.name)!)] : []),
  ]);
  return {
    planId: plan.id,
    title: plan.title,
    asOf: options.asOf,
    cadence,
    duePeriod: clock.due,
    tasks,
    overall: rollup("plan", null, tasks),
    byArea,
    byUnit,
  };
};
