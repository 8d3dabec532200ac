// Errors the CLI reports as one line on stderr with an exit code; never a stack trace.

import type { PlanErrorCode } from "@plan/domain";

/**
 * Exit codes: 0 success; 1 findings at error level, or a request refused (unknown plan, task or
 * target, a unit not responsible); 2 bad usage or unreadable input; 3 the database could not be
 * reached; 70 a bug in plan.
 */
export const EXIT = { ok: 0, findings: 1, refused: 1, usage: 2, input: 2, unavailable: 3, internal: 70 } as const;

/** The one mapping from error codes to exit codes. */
export const exitCodeOf = (code: PlanErrorCode): number => {
  switch (code) {
    case "input.unreadable":
    case "input.undecodable":
    case "input.bad-package":
    case "input.unsupported-format":
    case "input.no-tasks":
    case "input.too-large":
    case "progress.invalid":
      return EXIT.input;
    case "store.unavailable":
      return EXIT.unavailable;
    case "store.failed":
      return EXIT.internal;
    default:
      return EXIT.refused;
  }
};

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
