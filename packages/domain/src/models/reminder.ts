import { z } from "zod";

/** What a unit owes for the period due: the tasks, and the items of each not reported. */
export const Reminder = z.object({
  unit: z.string(),
  /** The period the report is owed for. */
  period: z.string().nullable(),
  tasks: z.array(z.object({ id: z.string(), title: z.string(), lastPeriod: z.string().nullable(), items: z.array(z.string()) })),
});
export type Reminder = z.infer<typeof Reminder>;

/** Before any report is due: the plan's first reporting period and the day its reports fall due. */
export const NotYetDue = z.object({ period: z.string(), dueOn: z.iso.date() });
export type NotYetDue = z.infer<typeof NotYetDue>;

/**
 * The reminders as of a date: who owes what for which period. Before the plan's first period is
 * due, `period` is null, `reminders` empty and `notYetDue` says when the first reports fall due.
 */
export const Reminders = z.object({
  asOf: z.iso.date(),
  period: z.string().nullable(),
  /** The unit the reminders were asked for (its name as the plan gives it), or null for every unit. */
  unit: z.string().nullable(),
  notYetDue: NotYetDue.nullable(),
  reminders: z.array(Reminder),
});
export type Reminders = z.infer<typeof Reminders>;
