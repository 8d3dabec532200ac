// The plan a reading command (units, validate, export) is about: a file, or else a plan stored in
// the database by its id or an unambiguous prefix. Decided here once for every such command.

import { existsSync } from "node:fs";
import { isCodedError, type Plan } from "@plan/domain";
import { getPlan, planSummary } from "@plan/store";
import { databaseTarget, redact } from "@plan/store/node";
import { office } from "../commands/office.js";
import { inputError, usageError } from "../errors.js";
import { type Io, pathIn } from "../io.js";
import { withStore } from "../with-store.js";
import { type InputOptions, readPlan } from "./read-plan.js";

/** The options of a command that reads a plan from a file or from the store. */
export const PLAN_SOURCE_HELP = "  <file|plan>    a plan file, or else the id (or a unique prefix of it) of a plan stored by plan import in --db";

export interface PlanSource {
  readonly plan: Plan;
  /** What the plan was read from, as findings and messages name it: the file, or the stored plan's own file. */
  readonly name: string;
}

// What `plan import` gives plans: plan_ and hex digits, of which any 4 or more at the start do.
const PLAN_ID = /^(?:plan_)?[0-9a-f]{4,}$/;

/**
 * The plan `ref` names: the file when there is one by that name, else the stored plan with that
 * id; neither is one clear error naming both. Input options read a file: with a stored plan
 * (already read when it was imported) they are refused rather than silently ignored.
 */
export const readPlanSource = async (ref: string | undefined, options: InputOptions & { db?: string | undefined }, io: Io): Promise<PlanSource> => {
  if (ref === undefined) throw usageError("missing <file> or <plan>");
  const onDisk = existsSync(pathIn(io, ref));
  if (onDisk || !PLAN_ID.test(ref)) {
    if (!onDisk) throw neither(ref, "and not a plan id");
    return { plan: readPlan(ref, options, io), name: ref };
  }
  const target = databaseTarget(options.db, io.env);
  // Looking for a plan must not leave an empty database behind where there was none.
  if (target.engine === "sqlite" && target.location !== ":memory:" && !existsSync(pathIn(io, target.location)))
    throw neither(ref, `and no database at ${target.location} to look for a stored plan in`);
  const given = (["encoding", "columns", "units", "strict"] as const).filter((o) => options[o] !== undefined);
  const stored = await withStore(io, options.db, async (store) => {
    try {
      return { plan: await store.run(getPlan(ref, office(io))), name: (await store.run(planSummary(ref, office(io)))).source };
    } catch (error) {
      if (isCodedError(error) && error.code === "plan.not-found") throw neither(ref, `and no plan stored as ${ref} in ${redact(target)}`);
      throw error;
    }
  });
  if (given.length > 0)
    throw usageError(`--${given[0]} reads a file, but ${ref} is a stored plan (read when it was imported; to read its file again, plan import <file> --${given[0]} … --replaces ${stored.plan.id})`);
  return stored;
};

const neither = (ref: string, why: string) => inputError(`${ref}: no such file, ${why}: give a plan file, or the id of a plan stored by plan import (plan list shows them)`);
