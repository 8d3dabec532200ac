// Dispatches `plan <verb> …` to commands/<verb>.ts and turns every failure into a one-line
// message and an exit code.

import pkg from "../package.json" with { type: "json" };
import { parse, parseHelp } from "./commands/parse.js";
import { schema, schemaHelp } from "./commands/schema.js";
import { validate, validateHelp } from "./commands/validate.js";
import { CliError, EXIT, usageError } from "./errors.js";
import type { Io } from "./io.js";

const COMMANDS: Record<string, { run: (argv: string[], io: Io) => number; help: string }> = {
  parse: { run: parse, help: parseHelp },
  validate: { run: validate, help: validateHelp },
  schema: { run: schema, help: schemaHelp },
};

export const HELP = `plan ${pkg.version} — read and supervise government work plans (工作要点 / 实施方案)

Usage: plan <command> [options]

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join("\n\n")}

Options for every command: --help, --version
Exit codes: 0 ok, 1 findings at error level, 2 bad usage or unreadable input, 70 a bug in plan.`;

export const main = (argv: string[], io: Io): number => {
  const [verb, ...rest] = argv;
  try {
    if (verb === "--version" || verb === "-v") {
      io.stdout(`${pkg.version}\n`);
      return EXIT.ok;
    }
    if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
      io.stdout(`${HELP}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[verb];
    if (!command) throw usageError(`unknown command "${verb}"`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`${command.help}\n`);
      return EXIT.ok;
    }
    return command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`plan: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`plan: unexpected error: ${(error as Error)?.message ?? String(error)} (please report it)\n`);
    return EXIT.internal;
  }
};
