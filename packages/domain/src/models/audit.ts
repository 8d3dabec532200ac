import { z } from "zod";

/** One step in the audit log: who did what to which record, when, with what it said. */
export const AuditEntry = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  /** Who did it: a key id, cli:user. */
  actor: z.string(),
  /** What was done: plan.import, progress.add, progress.review, extension.request, extension.decide, task.close, task.reopen, key.create… */
  action: z.string(),
  planId: z.string().nullable(),
  /** The record it was done to: a plan, report, extension, task or key id. */
  entity: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
