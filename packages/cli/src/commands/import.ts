// plan import <file…> [--db URL] [--replaces PLAN]: parses documents and stores them; prints each plan's id.

import { CARRY_OVER_REASONS, type ImportResult, type NotCarried } from "@plan/domain";
import { importDocuments } from "@plan/store";
import type { Io } from "../io.js";
import { INPUT_OPTIONS, readDocument } from "../input/read-plan.js";
import { table } from "../output/table.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { usageError } from "../errors.js";
import { office } from "./office.js";

export const importHelp = `plan import <file…> [--db URL] [--replaces PLAN] [--json] [input options]
  Reads each document and stores it; prints its plan id. The same document twice is the same plan;
  a revised document (same title and year, or --replaces) keeps the progress of the tasks, targets
  and milestones still in it, reported by units still responsible; what cannot be carried over is
  listed with why. The replaced plan is kept as history (plan list: superseded by the new one).
  --replaces PLAN  the plan this document replaces (id or unique prefix; also --revises): the same
                   file read again with other --columns or --units is a new reading of its own
  --json           print what was imported, with the reports not carried over`;

export const importPlans = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    ...DB_OPTION,
    replaces: { type: "string" },
    revises: { type: "string" },
    json: { type: "boolean", default: false },
    ...INPUT_OPTIONS,
  });
  if (positionals.length === 0) throw usageError("missing <file>");
  if (values.replaces !== undefined && values.revises !== undefined && values.replaces !== values.revises) throw usageError("--replaces and --revises name the same thing: give one");
  const revises = values.replaces ?? values.revises;
  if (revises !== undefined && positionals.length > 1) throw usageError(`--replaces takes one document, not ${positionals.length}`);
  const documents = positionals.map((file) => readDocument(file, values, io));
  if (io.isTerminal && !values.json && documents.length > 1) io.stderr(`importing ${documents.length} documents…\n`);
  // importDocuments reads and checks every document before it writes any.
  const imported = await withStore(io, values.db, (store) => store.run(importDocuments(documents, { revises }, office(io))));
  const results = imported.map((result, i) => ({ file: positionals[i]!, ...result }));
  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const r of results) {
      io.stdout(`${r.plan.id}\n`);
      // stdout carries only ids, for scripts; what happened goes to stderr.
      io.stderr(`${r.file}: ${outcome(r, revises)}\n`);
      if (r.notCarried.length > 0) io.stderr(`${notCarriedTable(r.notCarried)}\n`);
    }
  }
  return 0;
};

const outcome = (r: ImportResult, revises: string | undefined): string => {
  if (!r.created) return revises === undefined ? "already imported (to read it again with other options, add --replaces PLAN)" : "already imported, read the same way: nothing to replace";
  if (r.revisionOf === null) return `${r.plan.tasks} tasks`;
  const not = r.notCarried.length;
  return `replaces ${r.revisionOf} (kept as history): ${reports(r.carried)} carried over${not > 0 ? `; ${not} not carried over:` : ", nothing left behind"}`;
};

const reports = (n: number) => `${n} progress report${n === 1 ? "" : "s"}`;

// What a kind of record is called in the table.
const KIND: Record<NotCarried["kind"], string> = { report: "report", extension: "extension", closure: "close-out", baseline: "baseline" };

const notCarriedTable = (rows: readonly NotCarried[]): string =>
  table(
    [{ header: "Task", align: "right" }, { header: "Record" }, { header: "On", max: 30 }, { header: "Unit" }, { header: "Period" }, { header: "Value", align: "right" }, { header: "Why not" }],
    rows.map((n) => [
      n.task,
      KIND[n.kind],
      n.item ?? (n.target !== null ? `target ${n.target}` : n.milestone !== null ? `milestone ${n.milestone}` : n.taskTitle),
      n.unit ?? "",
      n.period ?? "",
      n.value === null ? "" : String(n.value),
      CARRY_OVER_REASONS[n.reason].en,
    ]),
  );
