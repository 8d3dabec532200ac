// Progress in bulk: the sheets units send back (进展情况填报表, .xlsx or .csv, any number of files)
// read, every row checked against the plan, and either all rows recorded or none. Every problem of
// every file is reported at once, each naming its file, sheet, row and column.

import { type ProgressImportResult, type SheetProblem, type SheetProblemItem, unitKey } from "@plan/domain";
import { Effect } from "effect";
import { namingFiles, refuse, type StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { type JobRunner, runInProcess } from "./jobs.js";

/** A file as it came: its name (for the messages) and its bytes. */
export interface ProgressFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Whether a row different from the report stored for its item, unit and period replaces it (by default it is refused). */
export interface ProgressImportOptions {
  readonly replace?: boolean | undefined;
  /** Where the sheets are read and checked: in this thread by default. */
  readonly jobs?: JobRunner | undefined;
}

/** A problem as the API and CLI list it: the column's header leads its message. */
const toItem = (p: SheetProblem): SheetProblemItem => ({
  file: p.file,
  sheet: p.sheet,
  row: p.row,
  column: p.column,
  field: p.field,
  message: p.header ? `${p.header}: ${p.message}` : p.message,
});

/**
 * Reads progress sheets and records every row they report, in one transaction, or nothing: any
 * problem in any file fails the import with progress.invalid, details.errors listing them all. A
 * unit's key imports its own unit's rows only (auth.forbidden naming the others). Idempotent: a
 * row identical to a report already recorded is counted unchanged, not recorded again.
 */
export const importProgress = (plan: string, files: readonly ProgressFile[], reporter: Caller, options: ProgressImportOptions = {}): Effect.Effect<ProgressImportResult, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(reporter, "report");
    if (files.length === 0) return yield* refuse("request.invalid", "no file to import: give one or more progress sheets (.xlsx, .csv)", { field: "file" });
    const store = yield* PlanStore;
    const doc = yield* store.loadPlan(plan);
    const names = files.map((f) => f.name);
    const run = options.jobs ?? runInProcess;
    const { reading, checked, problems } = yield* Effect.tryPromise({
      try: () => run("readSheets", { files, unit: reporter.unit, plan: doc, actor: reporter.actor }),
      catch: namingFiles({ files: names }),
    });
    if (reporter.unit) {
      const own = unitKey(reporter.unit);
      const foreign = reading.rows.filter((r) => r.submission.unit !== undefined && unitKey(r.submission.unit) !== own);
      if (foreign.length > 0) {
        const errors = foreign.map((r) =>
          toItem({
            file: r.file,
            sheet: r.sheet,
            row: r.row,
            column: r.columns.unit?.letter ?? null,
            field: "unit",
            header: r.columns.unit?.header ?? null,
            message: `${r.submission.unit} is not this key's unit (${reporter.unit})`,
          }),
        );
        return yield* refuse("auth.forbidden", `this key imports ${reporter.unit}'s rows only; ${foreign.length} row(s) are another unit's: nothing was recorded`, { errors });
      }
    }
    // A blank sheet sent back is a unit that has not reported: with 50 units' sheets in the inbox it
    // must not hold up the other 49, so it is named in the result. Only when no file has a row
    // filled in is that the problem.
    const empty = names.filter((name) => !reading.rows.some((r) => r.file === name) && !reading.problems.some((p) => p.file === name));
    const nothingFilled = empty.length === names.length;
    const order = new Map(names.map((name, i) => [name, i]));
    const all = [
      ...reading.problems,
      ...problems,
      ...(nothingFilled ? empty.map((file) => ({ file, sheet: "", row: null, column: null, field: null, header: null, message: "no row is filled in" })) : []),
    ].sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? "").localeCompare(b.column ?? ""));
    if (all.length > 0) {
      return yield* refuse("progress.invalid", `${all.length} problem(s) in ${files.length} file(s): nothing was recorded`, { errors: all.map(toItem) });
    }
    const result = yield* store.saveReports(
      doc.id,
      checked.map(({ row, report }) => ({ report, place: { file: row.file, sheet: row.sheet, row: row.row } })),
      { actor: reporter.actor, files: names, replace: options.replace },
    );
    return { ...result, empty };
  });
