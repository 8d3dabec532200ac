// plan review <plan> <report> --accept | --return --reason R: the office's review of a report.

import { reviewReport } from "@plan/store";
import { EXIT, usageError } from "../errors.js";
import type { Io } from "../io.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { office } from "./office.js";

export const reviewHelp = `plan review <plan> <report> --accept | --return --reason TEXT [--json] [--db URL]
  The office's review (审核) of a report (its id, from plan progress list): --accept it, or
  --return it (退回) with the reason its unit reads in plan progress list. A returned report no
  longer counts for status: the one before it does, or the item is owed again. Each report is
  reviewed once; the audit log (plan audit) records who decided and when.`;

export const review = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    ...DB_OPTION,
    accept: { type: "boolean", default: false },
    return: { type: "boolean", default: false },
    reason: { type: "string" },
    json: { type: "boolean", default: false },
  });
  const [planRef, reportId] = positionals;
  if (planRef === undefined || reportId === undefined) throw usageError("missing <plan> or <report>");
  if (values.accept === values.return) throw usageError("say --accept or --return (with --reason)");
  const decision = values.accept ? { decision: "accept" as const, reason: values.reason } : { decision: "return" as const, reason: values.reason };
  const report = await withStore(io, values.db, (store) => store.run(reviewReport(planRef, reportId, decision, office(io))));
  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(`${report.id} ${report.review.state}${report.review.reason ? `: ${report.review.reason}` : ""}\n`);
  return EXIT.ok;
};
