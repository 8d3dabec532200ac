// Errors the CLI reports as one line on stderr with an exit code; never a stack trace.

import type { PlanErrorCode } from "@plan/domain";

/**
 * Exit codes: 0 success; 1 findings at error level, or a request refused (unknown plan, task or
 * target, a unit not responsible); 2 bad usage or unreadable input; 3 the database could not be
 * reached; 70 a bug in plan.
 */
export const EXIT = { ok: 0, findings: 1, refused: 1, usage: 2, input: 2, unavailable: 3, internal: 70 } as const;

// Every code, exactly once: a code added to the vocabulary does not compile until it has an exit code.
const EXIT_CODE: Record<PlanErrorCode, number> = {
  "input.unreadable": EXIT.input,
  "input.undecodable": EXIT.input,
  "input.bad-package": EXIT.input,
  "input.unsupported-format": EXIT.input,
  "input.no-tasks": EXIT.input,
  "input.too-large": EXIT.input,
  "output.too-large": EXIT.input,
  "plan.not-found": EXIT.refused,
  "plan.ambiguous": EXIT.refused,
  "task.not-found": EXIT.refused,
  "target.not-found": EXIT.refused,
  "target.ambiguous": EXIT.refused,
  "milestone.not-found": EXIT.refused,
  "report.not-found": EXIT.refused,
  "extension.not-found": EXIT.refused,
  "unit.not-found": EXIT.refused,
  "progress.invalid": EXIT.input,
  "progress.unit-not-responsible": EXIT.refused,
  "progress.duplicate": EXIT.refused,
  "value.invalid": EXIT.input,
  "value.unit-mismatch": EXIT.input,
  "store.conflict": EXIT.refused,
  "store.unavailable": EXIT.unavailable,
  "store.failed": EXIT.internal,
  "server.busy": EXIT.unavailable,
  "server.misconfigured": EXIT.usage,
  "auth.missing": EXIT.refused,
  "auth.invalid": EXIT.refused,
  "auth.forbidden": EXIT.refused,
  "auth.throttled": EXIT.refused,
  "request.invalid": EXIT.usage,
  "request.too-large": EXIT.input,
  "request.unsupported-type": EXIT.input,
  "request.not-found": EXIT.refused,
};

/** The exit code of an error code. */
export const exitCodeOf = (code: PlanErrorCode): number => EXIT_CODE[code];

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(`${message} (see plan --help)`, EXIT.usage);
export const inputError = (message: string) => new CliError(message, EXIT.input);
