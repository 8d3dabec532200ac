// plan extension request|approve|refuse|list: units' requests to move a deadline (延期申请) and
// the office's decisions.

import type { Extension } from "@plan/domain";
import { decideExtension, listExtensions, requestExtension } from "@plan/store";
import { EXIT, usageError } from "../errors.js";
import type { Io } from "../io.js";
import { table } from "../output/table.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { office } from "./office.js";

export const extensionHelp = `plan extension request <plan> <task> --unit NAME --to YYYY-MM-DD --reason TEXT
                       [--target N|TEXT | --milestone N] [--json] [--db URL]
  Records a unit's request to move a deadline (延期申请): the task's, or one target's or
  milestone's. The unit must lead the task or be responsible for it; the new date must be later
  than the deadline in force. One request per deadline awaits a decision at a time.
plan extension approve|refuse <plan> <id> [--note TEXT] [--json] [--db URL]
  The office's decision, once. Approved, the deadline moves for status and reminders; status
  shows the new deadline and keeps the document's as originalDeadline.
plan extension list <plan> [--json] [--db URL]
  Every request, in the order asked, with the deadline it replaces and its state.`;

const itemOf = (e: Extension) => (e.target !== null ? `target ${e.target}` : e.milestone !== null ? `milestone ${e.milestone}` : "task");
const line = (e: Extension) => `${e.id} ${e.state}: task ${e.task} ${itemOf(e)} ${e.from ?? "(none)"} → ${e.to}`;

const number = (flag: string, value: string | undefined): number | null => {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw usageError(`${flag}: "${value}" is not a number`);
  return Number(value);
};

const request = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    ...DB_OPTION,
    unit: { type: "string" },
    to: { type: "string" },
    reason: { type: "string" },
    target: { type: "string" },
    milestone: { type: "string" },
    json: { type: "boolean", default: false },
  });
  const [planRef, task] = positionals;
  if (planRef === undefined || task === undefined) throw usageError("missing <plan> or <task>");
  if (values.to === undefined) throw usageError("missing --to YYYY-MM-DD (the new deadline)");
  if (values.reason === undefined) throw usageError("missing --reason (why the deadline should move)");
  if (values.unit === undefined) throw usageError("missing --unit (the unit asking)");
  const ask = { task, unit: values.unit, to: values.to, reason: values.reason, target: values.target ?? null, milestone: number("--milestone", values.milestone) };
  const extension = await withStore(io, values.db, (store) => store.run(requestExtension(planRef, ask, office(io))));
  io.stdout(values.json ? `${JSON.stringify(extension, null, 2)}\n` : `${line(extension)}\n`);
  return EXIT.ok;
};

const decide = async (decision: "approve" | "refuse", argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, note: { type: "string" }, json: { type: "boolean", default: false } });
  const [planRef, id] = positionals;
  if (planRef === undefined || id === undefined) throw usageError("missing <plan> or <id> (see plan extension list)");
  const extension = await withStore(io, values.db, (store) => store.run(decideExtension(planRef, id, { decision, note: values.note ?? "" }, office(io))));
  io.stdout(values.json ? `${JSON.stringify(extension, null, 2)}\n` : `${line(extension)}\n`);
  return EXIT.ok;
};

const list = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, json: { type: "boolean", default: false } });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const extensions = await withStore(io, values.db, (store) => store.run(listExtensions(positionals[0]!, office(io))));
  if (values.json) io.stdout(`${JSON.stringify(extensions, null, 2)}\n`);
  else if (extensions.length === 0) io.stdout("No extension requested.\n");
  else {
    const columns = [
      { header: "Id" },
      { header: "Task", align: "right" as const },
      { header: "Item" },
      { header: "Unit", max: 24 },
      { header: "From" },
      { header: "To" },
      { header: "State" },
      { header: "Reason", max: 30 },
      { header: "Note", max: 30 },
    ];
    const rows = extensions.map((e) => [e.id, e.task, itemOf(e), e.unit, e.from ?? "", e.to, e.state, e.reason, e.note]);
    io.stdout(`${table(columns, rows)}\n`);
  }
  return EXIT.ok;
};

export const extension = async (argv: string[], io: Io): Promise<number> => {
  const [sub, ...rest] = argv;
  if (sub === "request") return request(rest, io);
  if (sub === "approve" || sub === "refuse") return decide(sub, rest, io);
  if (sub === "list") return list(rest, io);
  throw usageError(sub === undefined ? "missing subcommand: plan extension request|approve|refuse|list" : `unknown subcommand "extension ${sub}": use request, approve, refuse or list`);
};
