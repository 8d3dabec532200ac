// Reads a document as `plan parse FILE --json` does (packages/cli/src/input/read-plan.ts), so that
// the benchmark scores what the CLI prints: the same options (the file's name picks the format,
// its base name is the fallback title) and the same refusals.

import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parsePlanFile } from "../src/index.js";
import type { Json } from "./python.js";

export type Reading =
  /** The Plan as its JSON would be read back. */
  | { readonly plan: Json; readonly refused?: undefined }
  /** The CLI exits non-zero and prints no JSON: eval.sh scores that as an empty plan. */
  | { readonly plan: { readonly tasks: readonly [] }; readonly refused: string };

export const readLikeCli = (file: string): Reading => {
  const refuse = (reason: string): Reading => ({ plan: { tasks: [] }, refused: reason });
  const bytes = readFileSync(file);
  if (bytes.length === 0) return refuse("the file is empty");
  try {
    const plan = parsePlanFile(bytes, { name: file, title: basename(file, extname(file)) });
    if (plan.tasks.length === 0) return refuse("no numbered tasks found");
    // Through JSON, as the CLI prints it: no undefined fields, dates as strings.
    return { plan: JSON.parse(JSON.stringify(plan)) as Json };
  } catch (error) {
    return refuse((error as Error)?.message ?? String(error));
  }
};
