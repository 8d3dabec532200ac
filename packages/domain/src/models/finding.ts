import { z } from "zod";

/** How much a finding matters: an error, a warning to check, or information. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** The stable code of each kind of finding: one per validation rule or parser note. */
export const FindingCode = z.enum([
  "task.no-units",
  "task.duplicate-number",
  "task.missing-number",
  "task.empty-title",
  "plan.count-mismatch",
  "target.non-positive",
  "target.no-unit",
  "deadline.outside-year",
  "unit.line-break",
  "parse.bad-bytes",
  "parse.unread-units",
  "parse.unmapped-table",
]);
export type FindingCode = z.infer<typeof FindingCode>;

/** One result of a validation rule, located in the document. */
export const Finding = z.object({
  code: FindingCode,
  severity: Severity,
  message: z.string(),
  task: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
});
export type Finding = z.infer<typeof Finding>;
