import { z } from "zod";

/**
 * A task's close-out (办结) by the office: once closed it counts as achieved whatever its items
 * say; reopened, it is assessed as before. One record per task, the latest close and reopen; the
 * audit log keeps every step.
 */
export const TaskClosure = z.object({
  planId: z.string(),
  task: z.string(),
  closedBy: z.string(),
  closedAt: z.iso.datetime(),
  /** Who reopened it after its latest close, and when; null while it stays closed. */
  reopenedBy: z.string().nullable(),
  reopenedAt: z.iso.datetime().nullable(),
  note: z.string(),
});
export type TaskClosure = z.infer<typeof TaskClosure>;
