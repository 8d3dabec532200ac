// The 催办单: one notice per unit that owes reports, built from the reminders and the plan's
// status. Neutral: the Markdown, the Word document and the chat messages are all renderings of it.

import { z } from "zod";
import { PlanError } from "../errors.js";
import type { Reminders } from "../models/reminder.js";
import { type PlanStatus, Status, type TaskAssessment } from "../models/status.js";
import { checkWorkingDate } from "../status/period.js";
import { owes } from "../status/reminders.js";

/** One thing a unit owes a report on: a target, a milestone, or the task itself, with its deadline. */
export const NoticeItem = z.object({
  /** "target", "milestone" or "task": what the text names. */
  kind: z.enum(["target", "milestone", "task"]),
  text: z.string(),
  deadline: z.iso.date().nullable(),
  /** Its deadline has passed by the notice's date. */
  overdue: z.boolean(),
});
export type NoticeItem = z.infer<typeof NoticeItem>;

/** A task a unit owes a report on, with the items owed. */
export const NoticeTask = z.object({
  id: z.string(),
  title: z.string(),
  status: Status,
  deadline: z.iso.date().nullable(),
  /** The task, or one of its items, is past its deadline. */
  overdue: z.boolean(),
  /** The latest period anything was reported for the task. */
  lastPeriod: z.string().nullable(),
  items: z.array(NoticeItem),
  /** Items owed beyond those listed. */
  more: z.number().int().nonnegative(),
});
export type NoticeTask = z.infer<typeof NoticeTask>;

/** A 催办单: which unit owes which reports on which plan for which period, and by when to reply. */
export const ReminderNotice = z.object({
  unit: z.string(),
  plan: z.object({ id: z.string(), title: z.string() }),
  /** The reporting period owed. */
  period: z.string(),
  /** The date of the notice: the reminders' as-of date. */
  asOf: z.iso.date(),
  /** The date the unit is to report by. */
  replyBy: z.iso.date(),
  /** The office that issues the notice (督查室), when given. */
  office: z.string().nullable(),
  /** Overdue tasks first, then by deadline. */
  tasks: z.array(NoticeTask),
});
export type ReminderNotice = z.infer<typeof ReminderNotice>;

/** What a notice needs beyond the reminders: who issues it and the reply-by date. */
export interface NoticeOptions {
  /** The issuing office, printed as the notice's signature. */
  readonly office?: string | undefined;
  /** ISO date to report by; REPLY_WITHIN_DAYS after the as-of date when not given. */
  readonly replyBy?: string | undefined;
}

/** Days a unit has to report after a notice, unless the office sets a reply-by date. */
export const REPLY_WITHIN_DAYS = 5;
// As in the reminders: a notice names at most this many items of a task, then counts the rest.
const MAX_ITEMS = 10;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const pastDue = (deadline: string | null, asOf: string) => deadline !== null && deadline < asOf;

// The items a unit owes for a task: its targets owing a report (see owes); for a task without
// targets, its milestones not done, else the task itself.
const owedItems = (task: TaskAssessment, asOf: string, due: string): NoticeItem[] => {
  const targets = task.targets.filter((t) => owes(t, due));
  if (targets.length > 0) return targets.map((t) => ({ kind: "target", text: t.text, deadline: t.deadline ?? task.deadline, overdue: pastDue(t.deadline ?? task.deadline, asOf) }));
  const milestones = task.milestones.filter((m) => m.status !== "done");
  if (milestones.length > 0) return milestones.map((m) => ({ kind: "milestone", text: m.text, deadline: m.deadline ?? task.deadline, overdue: pastDue(m.deadline ?? task.deadline, asOf) }));
  return [{ kind: "task", text: task.title, deadline: task.deadline, overdue: pastDue(task.deadline, asOf) }];
};

const noticeTask = (task: TaskAssessment, lastPeriod: string | null, asOf: string, due: string): NoticeTask => {
  // Overdue items first, then the earliest deadline.
  const all = owedItems(task, asOf, due).sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999"));
  return {
    id: task.id,
    title: task.title,
    status: task.status,
    deadline: task.deadline,
    overdue: task.status === "overdue" || pastDue(task.deadline, asOf) || all.some((i) => i.overdue),
    lastPeriod,
    items: all.slice(0, MAX_ITEMS),
    more: Math.max(0, all.length - MAX_ITEMS),
  };
};

const earliest = (t: NoticeTask) => [t.deadline, ...t.items.map((i) => i.deadline)].filter((d): d is string => d !== null).sort()[0] ?? "9999";

/**
 * One 催办单 per unit that owes reports: the tasks it owes, overdue first, each with the items
 * owed and their deadlines, a reply-by date and the issuing office. None before reports are due.
 */
export const reminderNotices = (status: PlanStatus, owed: Reminders, options: NoticeOptions = {}): ReminderNotice[] => {
  if (owed.period === null) return [];
  const replyBy = options.replyBy ?? addDays(owed.asOf, REPLY_WITHIN_DAYS);
  checkWorkingDate(replyBy, "replyBy");
  if (replyBy < owed.asOf) throw new PlanError("request.invalid", `replyBy: ${replyBy} is before the notice's date ${owed.asOf}`, { field: "replyBy" });
  const byId = new Map(status.tasks.map((t) => [t.id, t]));
  const office = options.office?.trim() || null;
  return owed.reminders.map((r) => {
    const tasks = r.tasks.flatMap((t) => {
      const task = byId.get(t.id);
      return task ? [noticeTask(task, t.lastPeriod, owed.asOf, owed.period!)] : [];
    });
    // Stable: tasks of equal standing keep the plan's order.
    tasks.sort((a, b) => Number(b.overdue) - Number(a.overdue) || earliest(a).localeCompare(earliest(b)));
    return { unit: r.unit, plan: { id: status.planId, title: status.title }, period: owed.period!, asOf: owed.asOf, replyBy, office, tasks };
  });
};
