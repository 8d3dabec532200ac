// Reading a document a user hands in, with the rules every front end applies to it: the file's
// name titles a plan that prints none, every refusal names the file, and a document with no
// tasks is refused with the reason.

import { PlanError } from "../errors.js";
import { parsePlanFile, type FileOptions } from "../formats/file.js";
import type { Plan } from "../models/plan.js";
import { noTasksReason } from "../parse/no-tasks.js";

/** How to read a document: its name, and the parser's options (encoding, columns, units…). */
export interface DocumentOptions extends Omit<FileOptions, "name" | "title"> {
  /** The file's name as the user knows it (a path, or an upload's name): it picks the format and titles the plan. */
  readonly name: string;
}

/** The file name without its folders and extension: the title of a plan that prints none. */
export const titleFromName = (name: string): string => name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

const naming = (name: string, error: PlanError) => new PlanError(error.code, `${name}: ${error.message}`, { ...error.details, file: name });

/**
 * The plan in a document, or a PlanError whose message starts with the file's name: the file is
 * empty, unreadable, beyond a limit, of a format plan does not read, or holds no tasks.
 */
export const readPlanDocument = (bytes: Uint8Array, options: DocumentOptions): Plan => {
  const { name } = options;
  if (bytes.length === 0) throw new PlanError("input.unreadable", `${name}: the file is empty`, { file: name });
  let plan: Plan;
  try {
    plan = parsePlanFile(bytes, { ...options, title: titleFromName(name) });
  } catch (error) {
    throw error instanceof PlanError ? naming(name, error) : error;
  }
  if (plan.tasks.length === 0) throw new PlanError("input.no-tasks", `${name}: ${noTasksReason(plan)}`, { file: name });
  return plan;
};
