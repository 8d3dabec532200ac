// The 通报 of a plan as of a date, built once from its status, the reminders (who owes reports)
// and the office's supervision record; every renderer prints this and nothing else.

import type { Reminder } from "../models/reminder.js";
import type { PlanStatus, Status, TaskAssessment } from "../models/status.js";
import { formatQuantity } from "../quantity/format.js";
import { meanCompletion, planCompletion, planSpan, targetCompletion, timeElapsed } from "./figures.js";
import type { Bulletin, BulletinArea, BulletinOptions, BulletinTask, NamedTask } from "./model.js";
import { narrative } from "./narrative.js";
import { percent } from "./percent.js";
import { rankUnits } from "./ranking.js";
import { STATUS_LABEL, STATUS_LIGHT, STATUS_ORDER } from "./status-light.js";
import type { BulletinSupervision } from "./supervision.js";

/** The area a task is listed under when the plan declares none. */
export const NO_AREA = "未分领域";

// Named (点名) in this order: overdue before behind, then in the plan's order.
const NAMED_STATUSES: readonly Status[] = ["overdue", "behind"];

const zeroCounts = (): Record<Status, number> => Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;

/** A task's targets and overdue milestones in words, each amount as people read it. */
const progressOf = (t: TaskAssessment): string =>
  [
    ...t.targets.map((x) => `${x.text}\uFF1A${x.actual === null ? "未报送" : `已报${formatQuantity(x.actual, x.unit)}\uFF08完成${percent(targetCompletion(x))}\uFF09`}`),
    ...t.milestones.filter((m) => m.status === "overdue").map((m) => `${m.text}\uFF1A逾期未完成`),
  ].join("\uFF1B");

const listed = (t: TaskAssessment): BulletinTask => ({
  id: t.id,
  title: t.title,
  area: t.area ?? NO_AREA,
  status: t.status,
  statusLabel: STATUS_LABEL[t.status],
  light: STATUS_LIGHT[t.status],
  lead: t.lead,
  completion: meanCompletion(t),
  progress: progressOf(t),
  lastPeriod: t.lastPeriod,
  deadline: t.deadline,
});

/**
 * The 通报 of a plan's status: headline figures (完成率 against 序时进度, counts by status), a
 * table per area, the ranking of lead units, the late tasks named with their lead units, the
 * reports returned, the extensions approved and the narrative, all from the same figures.
 */
export const bulletin = (status: PlanStatus, owed: readonly Reminder[], supervision: BulletinSupervision, options: BulletinOptions = {}): Bulletin => {
  const tasks = status.tasks.map(listed);
  const areas: BulletinArea[] = [];
  for (const task of tasks) {
    let area = areas.find((a) => a.name === task.area);
    if (area === undefined) {
      area = { name: task.area, counts: zeroCounts(), tasks: [] };
      areas.push(area);
    }
    area.counts[task.status]++;
    (area.tasks as BulletinTask[]).push(task);
  }
  const named: NamedTask[] = NAMED_STATUSES.flatMap((s) =>
    tasks.filter((t) => t.status === s).map(({ id, title, status: st, statusLabel, lead, deadline, progress }) => ({ id, title, status: st, statusLabel, lead, deadline, progress })),
  );
  const span = planSpan(status, options.start, options.end);
  const { completion, targets } = planCompletion(status);
  const owing = [...new Set(owed.map((r) => r.unit))];
  const counts = zeroCounts();
  for (const t of tasks) counts[t.status]++;
  const draft: Omit<Bulletin, "narrative"> = {
    planId: status.planId,
    title: status.title || status.planId,
    heading: `关于\u300A${status.title || status.planId}\u300B落实情况的通报`,
    number: options.number?.trim() || null,
    issuer: options.issuer?.trim() || null,
    date: options.date ?? status.asOf,
    asOf: status.asOf,
    period: status.duePeriod,
    summary: {
      tasks: tasks.length,
      counts,
      completion,
      targets,
      tasksAchieved: tasks.length === 0 ? 0 : counts.achieved / tasks.length,
      timeElapsed: span === null ? null : timeElapsed(span, status.asOf),
      unitsOwing: owing.length,
      closed: supervision.closed.length,
    },
    areas,
    ranking: rankUnits(status),
    named,
    returned: [...supervision.returned],
    extensions: supervision.extensions.filter((e) => e.state === "approved"),
    closed: [...supervision.closed],
  };
  return { ...draft, narrative: narrative(draft, owing) };
};
