// One union of stable error codes for everything a user can get wrong or meet, so that every
// adapter maps them the same way (the CLI to exit codes, the API to HTTP statuses).

export type PlanErrorCode =
  | "input.unreadable"
  | "input.undecodable"
  | "input.bad-package"
  | "input.unsupported-format"
  | "input.no-tasks"
  | "input.too-large"
  | "plan.not-found"
  | "plan.ambiguous"
  | "task.not-found"
  | "target.not-found"
  | "milestone.not-found"
  | "progress.invalid"
  | "progress.unit-not-responsible"
  | "store.conflict"
  | "store.unavailable"
  | "store.failed"
  | "auth.missing"
  | "auth.invalid"
  | "auth.forbidden"
  | "request.invalid"
  | "request.too-large"
  | "request.unsupported-type"
  | "request.not-found";

/** A failure with a stable code, a message users read (中文 / English) and details for programs. */
export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "PlanError";
  }
}
