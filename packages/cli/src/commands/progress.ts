// plan progress add|list: record what a unit reports, and read it back.

import { formatQuantity, type Plan, type ProgressReport, type ProgressSubmission } from "@plan/domain";
import { getPlan, listProgress, recordProgress } from "@plan/store";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { PAGE_OPTIONS, pageRequest, printPages, type PagedList } from "../output/paged.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { progressImport, progressImportHelp } from "./progress-import.js";
import { office } from "./office.js";

export const progressHelp = `plan progress add <plan> <task> --period YYYY-MM|YYYY-Qn --unit NAME
                  [--target N|TEXT] [--value V] [--milestone N --done] [--status on-track|at-risk|behind|done]
                  [--note TEXT] [--evidence URL]… [--replace] [--db URL]
  Records a unit's report: the cumulative value achieved on a target (累计完成), a milestone done,
  or the status of a task without targets. A unit not responsible for the task is refused.
  --target takes the target's number or words of its text (农村公路). --value is written as people
  write it (3000万, 12亿元, 1.2万公里, 85%, 3,500) and recorded in the target's unit.
  A second, different report for the same item, unit and period is refused unless --replace;
  the same report again is kept once.
plan progress list <plan> [--task N] [--unit NAME] [--limit N] [--cursor C] [--json] [--db URL]
  The reports, oldest first: all of them, read a page at a time, or with --limit / --cursor one
  page, as plan list. Each shows the office's review (accepted, or returned with its reason) and
  its id, for plan review.
${progressImportHelp}`;

const number = (flag: string, value: string | undefined): number | null => {
  if (value === undefined) return null;
  const n = Number(value.replace(/,/g, ""));
  if (value.trim() === "" || !Number.isFinite(n)) throw usageError(`${flag}: "${value}" is not a number`);
  return n;
};

const add = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    ...DB_OPTION,
    target: { type: "string" },
    milestone: { type: "string" },
    value: { type: "string" },
    period: { type: "string" },
    unit: { type: "string" },
    status: { type: "string" },
    done: { type: "boolean", default: false },
    note: { type: "string" },
    evidence: { type: "string", multiple: true },
    json: { type: "boolean", default: false },
    replace: { type: "boolean", default: false },
  });
  const [planRef, taskRef] = positionals;
  if (planRef === undefined || taskRef === undefined) throw usageError("missing <plan> or <task>");
  if (values.period === undefined) throw usageError("missing --period (YYYY-MM or YYYY-Qn)");
  if (values.unit === undefined) throw usageError("missing --unit (the unit reporting)");
  // A value as people write it (3000万): the domain reads it against the target's unit.
  const value = values.value ?? null;
  const milestone = number("--milestone", values.milestone);
  const submission = {
    task: taskRef,
    target: values.target ?? null,
    milestone,
    unit: values.unit,
    period: values.period,
    value,
    status: (values.done ? "done" : (values.status ?? null)) as ProgressSubmission["status"],
    note: values.note ?? "",
    evidence: values.evidence ?? [],
  };
  const { report } = await withStore(io, values.db, (store) => store.run(recordProgress(planRef, submission, office(io), undefined, { replace: values.replace })));
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${report.id}\n`);
  return 0;
};

// A value as people read it, in its target's measure (14亿元, 1.2万公里), as status and the 通报 print it.
const valueText = (plan: Plan, r: ProgressReport): string => {
  if (r.value === null) return "";
  const target = r.target === null ? undefined : plan.tasks.find((t) => t.id === r.task)?.targets[r.target - 1];
  return formatQuantity(r.value, target?.unit ?? "");
};

const reportsOf = (plan: Plan): PagedList<ProgressReport> => ({
  columns: [
    { header: "Task", width: 12, align: "right" },
    { header: "Item", width: 12 },
    { header: "Period", width: 7 },
    { header: "Unit", width: 24 },
    { header: "Value", width: 12, align: "right" },
    { header: "Status", width: 8 },
    { header: "Note", width: 30 },
    { header: "Reported", width: 26 },
    { header: "Review", width: 40 },
    { header: "Id", width: 36 },
  ],
  row: (r) => [
    r.task,
    r.target ? `target ${r.target}` : r.milestone ? `milestone ${r.milestone}` : "task",
    r.period,
    r.unit,
    valueText(plan, r),
    r.status ?? "",
    r.note,
    r.reportedAt.slice(0, 16).replace("T", " ") + (r.carriedFrom ? " (carried)" : ""),
    // The unit sees why a report came back: the reason is the review's point.
    r.review.state === "submitted" ? "" : `${r.review.state}${r.review.reason ? `: ${r.review.reason}` : ""}`,
    r.id,
  ],
  empty: "No progress reported.",
  total: (count) => `${count} reports`,
});

const list = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, ...PAGE_OPTIONS, task: { type: "string" }, unit: { type: "string" }, json: { type: "boolean", default: false } });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const request = pageRequest(values);
  const query = { task: values.task, unit: values.unit };
  await withStore(io, values.db, async (store) => {
    const plan = await store.run(getPlan(positionals[0]!, office(io)));
    await printPages(io, (page) => store.run(listProgress(plan.id, query, page, office(io))), request, values.json, reportsOf(plan));
  });
  return 0;
};

export const progress = async (argv: string[], io: Io): Promise<number> => {
  const [sub, ...rest] = argv;
  if (sub === "add") return add(rest, io);
  if (sub === "list") return list(rest, io);
  if (sub === "import") return progressImport(rest, io);
  throw usageError(sub === undefined ? "missing subcommand: plan progress add|list|import" : `unknown subcommand "progress ${sub}": use add, list or import`);
};
