// plan list [--json]: the plans in the database.

import type { Io } from "../io.js";
import { table } from "../output/table.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const listHelp = `plan list [--json] [--db URL]
  The plans in the database, oldest first.`;

export const list = async (argv: string[], io: Io): Promise<number> => {
  const { values } = parseCommandArgs(argv, { ...DB_OPTION, json: { type: "boolean", default: false } });
  const plans = await withStore(values.db, (store) => store.listPlans());
  if (values.json) io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
  else if (plans.length === 0) io.stdout("No plans yet: plan import <file>.\n");
  else
    io.stdout(
      `${table(
        [{ header: "Id" }, { header: "Title", max: 30 }, { header: "Year" }, { header: "Tasks", align: "right" }, { header: "Imported" }, { header: "Revises" }],
        plans.map((p) => [p.id, p.title, p.year === null ? "" : String(p.year), String(p.tasks), p.importedAt.slice(0, 16).replace("T", " "), p.revisionOf ?? ""]),
      )}\n`,
    );
  return 0;
};
