// Dispatches `plan <verb> …` to commands/<verb>.ts and turns every failure into a one-line
// message and an exit code.

import { errorTitle, isCodedError, type Language } from "@plan/domain";
import pkg from "../package.json" with { type: "json" };
import { TIME_ZONE_HELP } from "./commands/dates.js";
import { db, dbHelp } from "./commands/db.js";
import { baselineCommand, baselineHelp } from "./commands/baseline.js";
import { deleteCommand, deleteHelp } from "./commands/delete.js";
import { exportHelp, exportTable } from "./commands/export.js";
import { importHelp, importPlans } from "./commands/import.js";
import { keys, keysHelp } from "./commands/keys.js";
import { audit, auditHelp } from "./commands/audit.js";
import { close, closeHelp, reopen } from "./commands/close.js";
import { extension, extensionHelp } from "./commands/extension.js";
import { review, reviewHelp } from "./commands/review.js";
import { parse, parseHelp } from "./commands/parse.js";
import { list, listHelp } from "./commands/plans.js";
import { progress, progressHelp } from "./commands/progress.js";
import { reminders, remindersHelp } from "./commands/reminders.js";
import { report, reportHelp } from "./commands/report.js";
import { schema, schemaHelp } from "./commands/schema.js";
import { serveCommand, serveHelp } from "./commands/serve.js";
import { status, statusHelp } from "./commands/status.js";
import { template, templateHelp } from "./commands/template.js";
import { units, unitsHelp } from "./commands/units.js";
import { validate, validateHelp } from "./commands/validate.js";
import { CliError, EXIT, exitCodeOf, usageError } from "./errors.js";
import { INPUT_HELP } from "./input/read-plan.js";
import type { Io } from "./io.js";
import { DB_HELP } from "./with-store.js";

type Run = (argv: string[], io: Io) => number | Promise<number>;
interface Command {
  readonly run: Run;
  readonly help: string;
  readonly readsPlan?: boolean;
  readonly usesDb?: boolean;
}

const COMMANDS: Record<string, Command> = {
  parse: { run: parse, help: parseHelp, readsPlan: true },
  validate: { run: validate, help: validateHelp, readsPlan: true, usesDb: true },
  units: { run: units, help: unitsHelp, readsPlan: true, usesDb: true },
  export: { run: exportTable, help: exportHelp, readsPlan: true, usesDb: true },
  schema: { run: schema, help: schemaHelp },
  import: { run: importPlans, help: importHelp, readsPlan: true, usesDb: true },
  list: { run: list, help: listHelp, usesDb: true },
  delete: { run: deleteCommand, help: deleteHelp, usesDb: true },
  progress: { run: progress, help: progressHelp, usesDb: true },
  baseline: { run: baselineCommand, help: baselineHelp, usesDb: true },
  template: { run: template, help: templateHelp, usesDb: true },
  status: { run: status, help: statusHelp, usesDb: true },
  report: { run: report, help: reportHelp, usesDb: true },
  reminders: { run: reminders, help: remindersHelp, usesDb: true },
  db: { run: db, help: dbHelp, usesDb: true },
  serve: { run: serveCommand, help: serveHelp, usesDb: true },
  keys: { run: keys, help: keysHelp, usesDb: true },
  review: { run: review, help: reviewHelp, usesDb: true },
  extension: { run: extension, help: extensionHelp, usesDb: true },
  close: { run: close, help: closeHelp, usesDb: true },
  reopen: { run: reopen, help: closeHelp, usesDb: true },
  audit: { run: audit, help: auditHelp, usesDb: true },
};

export const HELP = `plan ${pkg.version} — read and supervise government work plans (工作要点 / 实施方案)

Usage: plan <command> [options]

Reading plans:

${["parse", "validate", "units", "export", "schema"].map((c) => COMMANDS[c]!.help).join("\n\n")}

Supervising delivery (a database: SQLite file by default):

${["import", "list", "delete", "template", "progress", "baseline", "status", "report", "reminders", "db"].map((c) => COMMANDS[c]!.help).join("\n\n")}

The office's review, extensions and close-out (督办):

${["review", "extension", "close", "audit"].map((c) => COMMANDS[c]!.help).join("\n\n")}

Serving the API:

${["serve", "keys"].map((c) => COMMANDS[c]!.help).join("\n\n")}

Input options (commands that read a plan file):
${INPUT_HELP}

Database option:
${DB_HELP}

Environment:
${TIME_ZONE_HELP}
  PLAN_LANG      zh: error messages start with their Chinese title (default: from LC_ALL / LANG)
  PLAN_WEBHOOK_URL, PLAN_WEBHOOK_SECRET  where plan reminders --send posts, and its signing secret
  PLAN_WEBHOOK_ALLOW, PLAN_WEBHOOK_DEADLINE_MS  the hosts reminders may be posted to (default: any
                 https host with only public addresses), and the time a batch may take (60 s)

Options for every command: --help, --version
Exit codes: 0 ok; 1 findings at error level, or refused (unknown plan, task or target, unit not
responsible); 2 bad usage or unreadable input; 3 database unreachable; 70 a bug in plan.`;

/** The language of messages: PLAN_LANG, else the locale (LC_ALL, LANG); English unless it says zh. */
export const language = (env: Record<string, string | undefined>): Language => ((env.PLAN_LANG ?? env.LC_ALL ?? env.LANG ?? "").toLowerCase().startsWith("zh") ? "zh" : "en");

const commandHelp = (c: Command) => `${c.help}\n${c.readsPlan ? `\nInput options:\n${INPUT_HELP}\n` : ""}${c.usesDb ? `\nDatabase option:\n${DB_HELP}\n` : ""}`;

export const main = async (argv: string[], io: Io): Promise<number> => {
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
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`plan: ${error.message}\n`);
      return error.exitCode;
    }
    // Every coded failure (the domain's, the store's) is mapped here and only here.
    if (isCodedError(error)) {
      const title = language(io.env) === "zh" ? `${errorTitle(error.code, "zh")}\uFF1A` : "";
      io.stderr(`plan: ${title}${error.message}\n`);
      return exitCodeOf(error.code);
    }
    io.stderr(`plan: unexpected error: ${(error as Error)?.message ?? String(error)} (please report it)\n`);
    return EXIT.internal;
  }
};
