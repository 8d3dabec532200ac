// plan audit <plan>: the plan's audit log, every write with who made it and when.

import { planAudit } from "@plan/store";
import { office } from "./office.js";
import { EXIT, usageError } from "../errors.js";
import type { Io } from "../io.js";
import { table } from "../output/table.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const auditHelp = `plan audit <plan> [--json] [--db URL]
  The plan's audit log, oldest first: imports, reports, reviews, extensions, close-outs, with
  who did each and when.`;

export const audit = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, json: { type: "boolean", default: false } });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const entries = await withStore(io, values.db, (store) => store.run(planAudit(positionals[0]!, office(io))));
  if (values.json) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  else {
    const columns = [{ header: "At" }, { header: "Actor", max: 20 }, { header: "Action" }, { header: "Entity", max: 38 }, { header: "Details", max: 60 }];
    const rows = entries.map((e) => [e.at.slice(0, 19).replace("T", " "), e.actor, e.action, e.entity, JSON.stringify(e.details)]);
    io.stdout(`${table(columns, rows)}\n`);
  }
  return EXIT.ok;
};
