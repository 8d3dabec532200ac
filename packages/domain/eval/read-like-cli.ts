// Reads a document as `plan parse FILE --json` does: through readPlanDocument, the rules every
// front end applies (the file's name picks the format and titles the plan; an empty file or one
// without tasks is refused), so that the benchmark scores what the CLI prints.

import { readFileSync } from "node:fs";
import { readPlanDocument } from "../src/index.js";
import type { Json } from "./python.js";

export type Reading =
  /** The Plan as its JSON would be read back. */
  | { readonly plan: Json; readonly refused?: undefined }
  /** The CLI exits non-zero and prints no JSON: eval.sh scores that as an empty plan. */
  | { readonly plan: { readonly tasks: readonly [] }; readonly refused: string };

export const readLikeCli = (file: string): Reading => {
  try {
    // Through JSON, as the CLI prints it: no undefined fields, dates as strings.
    return { plan: JSON.parse(JSON.stringify(readPlanDocument(readFileSync(file), { name: file }))) as Json };
  } catch (error) {
    return { plan: { tasks: [] }, refused: (error as Error)?.message ?? String(error) };
  }
};
