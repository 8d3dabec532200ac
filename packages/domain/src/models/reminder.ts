import { z } from "zod";

/** What a unit owes for the period due: the tasks, and the items of each not reported. */
export const Reminder = z.object({
  unit: z.string(),
  /** The period the report is owed for. */
  period: z.string().nullable(),
  tasks: z.array(z.object({ id: z.string(), title: z.string(), lastPeriod: z.string().nullable(), items: z.array(z.string()) })),
});
export type Reminder = z.infer<typeof Reminder>;

/** The reminders as of a date: who owes what for which period. */
export const Reminders = z.object({ asOf: z.iso.date(), period: z.string().nullable(), reminders: z.array(Reminder) });
export type Reminders = z.infer<typeof Reminders>;
