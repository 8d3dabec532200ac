// plan list [--limit N] [--cursor C] [--json]: the plans in the database, a page at a time.

import { listPlans, type PlanSummary } from "@plan/store";
import { office } from "./office.js";
import type { Io } from "../io.js";
import { PAGE_HELP, PAGE_OPTIONS, pageRequest, printPages, type PagedList } from "../output/paged.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const listHelp = `plan list [--limit N] [--cursor C] [--json] [--db URL]
  The plans in the database, oldest first: all of them, read a page at a time, or one page. A plan
  whose document was replaced (plan import --replaces) stays, with its reports, superseded by the new one.
${PAGE_HELP}`;

const PLANS: PagedList<PlanSummary> = {
  columns: [
    { header: "Id", width: 21 },
    { header: "Title", width: 30 },
    { header: "Year", width: 4 },
    { header: "Tasks", width: 5, align: "right" },
    { header: "Imported", width: 16 },
    { header: "Revises", width: 21 },
    { header: "Superseded by", width: 21 },
  ],
  row: (p) => [p.id, p.title, p.year === null ? "" : String(p.year), String(p.tasks), p.importedAt.slice(0, 16).replace("T", " "), p.revisionOf ?? "", p.supersededBy ?? ""],
  empty: "No plans yet: plan import <file>.",
};

export const list = async (argv: string[], io: Io): Promise<number> => {
  const { values } = parseCommandArgs(argv, { ...DB_OPTION, ...PAGE_OPTIONS, json: { type: "boolean", default: false } });
  const request = pageRequest(values);
  await withStore(io, values.db, (store) => printPages(io, (page) => store.run(listPlans(page, office(io))), request, values.json, PLANS));
  return 0;
};
