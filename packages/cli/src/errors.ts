// Errors the CLI reports as one line on stderr with an exit code; never a stack trace.

/** Exit codes: 0 success, 1 findings at error level, 2 bad usage or unreadable input, 70 a bug in plan. */
export const EXIT = { ok: 0, findings: 1, usage: 2, input: 2, internal: 70 } as const;

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
