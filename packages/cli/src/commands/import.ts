// plan import <file…> [--db URL] [--revises PLAN]: parses documents and stores them; prints each plan's id.

import { importDocuments } from "@plan/store";
import type { Io } from "../io.js";
import { INPUT_OPTIONS, readDocument } from "../input/read-plan.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { usageError } from "../errors.js";

export const importHelp = `plan import <file…> [--db URL] [--revises PLAN] [--json] [input options]
  Reads each document and stores it; prints its plan id. The same document twice is the same plan;
  a revised document (same title and year, or --revises) keeps the progress of unchanged tasks.`;

export const importPlans = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, revises: { type: "string" }, json: { type: "boolean", default: false }, ...INPUT_OPTIONS });
  if (positionals.length === 0) throw usageError("missing <file>");
  const documents = positionals.map((file) => readDocument(file, values));
  if (io.isTerminal && !values.json && documents.length > 1) io.stderr(`importing ${documents.length} documents…\n`);
  // importDocuments reads and checks every document before it writes any.
  const imported = await withStore(values.db, (store) => store.run(importDocuments(documents, { actor: `cli:${process.env.USER ?? "user"}`, revises: values.revises })));
  const results = imported.map((result, i) => ({ file: positionals[i]!, ...result }));
  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const r of results) {
      io.stdout(`${r.plan.id}\n`);
      // stdout carries only ids, for scripts; what happened goes to stderr.
      const what = !r.created ? "already imported" : r.revisionOf ? `revises ${r.revisionOf}, ${r.carried} progress reports carried over` : `${r.plan.tasks} tasks`;
      io.stderr(`${r.file}: ${what}\n`);
    }
  }
  return 0;
};
