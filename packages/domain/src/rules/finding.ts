import type { Finding, FindingCode, Severity } from "../models/finding.js";
import type { Task } from "../models/task.js";

/**
 * How findings name a task: its id, the number with the headings above it ("4", "一.(一).2"),
 * "~2" on the second task printed with a number, so that a finding leads to one task.
 */
export const label = (task: Task): string => task.id;

interface Where {
  task?: string | null;
  line?: number | null;
  column?: number | null;
}

/** Builds a finding; messages read "中文 / English" because users read both. */
export const finding = (code: FindingCode, severity: Severity, zh: string, en: string, where: Where = {}): Finding => ({
  code,
  severity,
  message: `${zh} / ${en}`,
  task: where.task ?? null,
  line: where.line ?? null,
  column: where.column ?? null,
});
