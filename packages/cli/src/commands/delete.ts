// plan delete <plan> [--yes]: deletes a stored plan with its tasks and reports, after asking.

import { deletePlan, planSummary } from "@plan/store";
import { CliError, EXIT, usageError } from "../errors.js";
import type { Io } from "../io.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { office } from "./office.js";

export const deleteHelp = `plan delete <plan> [--yes] [--json] [--db URL]
  Deletes a stored plan (id or unique prefix) with its tasks, targets and every progress report
  on it; the audit log keeps its entries and records the deletion. Asks first on a terminal
  (type the plan's id, or y); elsewhere it deletes only with --yes. A plan that replaced this
  one stays, and then replaces what this one replaced.
  --yes          delete without asking (scripts)
  --json         print what was deleted as JSON`;

// Answers that confirm: y, yes, or the plan's id (or the prefix it was named by).
const confirms = (answer: string, id: string, ref: string) => {
  const a = answer.trim().toLowerCase();
  return a === "y" || a === "yes" || a === id || a === ref.toLowerCase();
};

export const deleteCommand = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, yes: { type: "boolean", default: false }, json: { type: "boolean", default: false } });
  const ref = positionals[0];
  if (ref === undefined) throw usageError("missing <plan>");
  if (positionals.length > 1) throw usageError("plan delete takes one plan");
  if (!values.yes && io.ask === undefined) throw usageError("not deleting without confirmation: this is not a terminal, pass --yes to delete");
  return withStore(io, values.db, async (store) => {
    const plan = await store.run(planSummary(ref, office(io)));
    if (!values.yes) {
      const also = plan.supersededBy ? `; ${plan.supersededBy} replaced it and stays` : "";
      const answer = await io.ask!(
        `Delete ${plan.id} ${plan.title ? `“${plan.title}” ` : ""}(${plan.tasks} tasks, from ${plan.source}) with every progress report on it${also}? This cannot be undone.\nType the plan id or y to delete: `,
      );
      if (answer === null || !confirms(answer, plan.id, ref)) throw new CliError(`not deleted: ${plan.id} is unchanged`, EXIT.refused);
    }
    const deleted = await store.run(deletePlan(plan.id, office(io)));
    if (values.json) io.stdout(`${JSON.stringify(deleted, null, 2)}\n`);
    else {
      io.stdout(`${deleted.id}\n`);
      const relinked = deleted.relinked.length > 0 ? `; ${deleted.relinked.join(", ")} now ${deleted.revisionOf ? `replaces ${deleted.revisionOf}` : "stands alone"}` : "";
      io.stderr(`deleted ${deleted.id}: ${plan.tasks} tasks, ${deleted.reports} progress reports; the audit log keeps its entries${relinked}\n`);
    }
    return EXIT.ok;
  });
};
