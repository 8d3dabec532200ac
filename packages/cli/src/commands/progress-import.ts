// plan progress import <plan> <file.xlsx|csv>… [--replace]: the sheets units sent back, read and
// recorded all at once or not at all. Every problem of every file is one line on stderr.

import { readFileSync } from "node:fs";
import { formatSheetProblem, isCodedError, SheetProblemItem } from "@plan/domain";
import { importProgress } from "@plan/store";
import { CliError, exitCodeOf, inputError, usageError } from "../errors.js";
import { type Io, pathIn } from "../io.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { office } from "./office.js";

export const progressImportHelp = `plan progress import <plan> <FILE.xlsx|FILE.csv>… [--replace] [--json] [--db URL]
  Reads filled-in progress sheets (plan template; any number: inbox/*.xlsx) and records every row,
  or none: each problem is listed on stderr as file sheet!cell column: message. Importing the same
  sheet again records nothing new. A row that differs from the report already recorded for its
  item, unit and period is refused unless --replace.`;

const readAll = (files: readonly string[], io: Io) =>
  files.map((name) => {
    try {
      return { name, bytes: new Uint8Array(readFileSync(pathIn(io, name))) };
    } catch (error) {
      throw inputError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  });

export const progressImport = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, replace: { type: "boolean", default: false }, json: { type: "boolean", default: false } });
  const [planRef, ...files] = positionals;
  if (planRef === undefined) throw usageError("missing <plan>");
  if (files.length === 0) throw usageError("missing <file>: give one or more progress sheets (.xlsx, .csv)");
  const inputs = readAll(files, io);
  try {
    const result = await withStore(io, values.db, (store) => store.run(importProgress(planRef, inputs, office(io), { replace: values.replace })));
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const nothing = result.recorded === 0 ? " (nothing new)" : "";
      const replaced = result.replaced > 0 ? `, ${result.replaced} replacing earlier reports` : "";
      io.stdout(`${result.files.length} file(s): ${result.recorded} recorded${replaced}, ${result.unchanged} unchanged${nothing}\n`);
      for (const file of result.empty) io.stderr(`${file}: no row is filled in (nothing from this unit)\n`);
    }
    return 0;
  } catch (error) {
    // One line per problem, then the summary: the clerk fixes them all in one round.
    const listed = isCodedError(error) ? SheetProblemItem.array().safeParse(error.details.errors) : undefined;
    if (!isCodedError(error) || !listed?.success) throw error;
    for (const problem of listed.data) io.stderr(`${formatSheetProblem({ ...problem, header: null })}\n`);
    throw new CliError(error.message, exitCodeOf(error.code));
  }
};
