// Dispatches `plan <verb> …` to commands/<verb>.ts and turns every failure into a one-line
// message and an exit code.

import pkg from "../package.json" with { type: "json" };
import { exportHelp, exportTable } from "./commands/export.js";
import { parse, parseHelp } from "./commands/parse.js";
import { schema, schemaHelp } from "./commands/schema.js";
import { units, unitsHelp } from "./commands/units.js";
import { validate, validateHelp } from "./commands/validate.js";
import { INPUT_HELP } from "./input/read-plan.js";
import { CliError, EXIT, usageError } from "./errors.js";
import type { Io } from "./io.js";

const COMMANDS: Record<string, { run: (argv: string[], io: Io) => number; help: string; readsPlan: boolean }> = {
  parse: { run: parse, help: parseHelp, readsPlan: true },
  validate: { run: validate, help: validateHelp, readsPlan: true },
  units: { run: units, help: unitsHelp, readsPlan: true },
  export: { run: exportTable, help: exportHelp, readsPlan: true },
  schema: { run: schema, help: schemaHelp, readsPlan: false },
};

export const HELP = `plan ${pkg.version} — read and supervise government work plans (工作要点 / 实施方案)

Usage: plan <command> [options]

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join("\n\n")}

Input options (commands that read a plan file):
${INPUT_HELP}

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
      io.stdout(`${command.help}\n${command.readsPlan ? `\nInput options:\n${INPUT_HELP}\n` : ""}`);
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
