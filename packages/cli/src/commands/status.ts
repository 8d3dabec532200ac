// plan status <plan> [--as-of DATE] [--by task|area|unit] [--json]: where the plan stands.
// plan status --all [--as-of DATE] [--json]: where every plan stands, a line each.

import { AT_RISK, formatQuantity, ON_TRACK, planOverview, STATUS_LABEL, type PlanStatus, type Rollup } from "@plan/domain";
import { portfolioAsOf, resolveAsOf, statusAsOf } from "@plan/store";
import { office } from "./office.js";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { table } from "../output/table.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { asOfOption } from "./dates.js";

const percent = (x: number) => `${Math.round(x * 100)}%`;

export const statusHelp = `plan status <plan> [--unit U] [--as-of DATE] [--by task|area|unit] [--json] [--db URL]
plan status --all [--as-of DATE] [--json] [--db URL]
  Status as of a date (today by default): each target on its straight line from its baseline (0
  unless given) on 1 January to its value at its deadline (as extended) — on track (≥${percent(ON_TRACK)} of the way
  expected), at risk (≥${percent(AT_RISK)}), behind, achieved, overdue, or not reported for the period due; returned
  reports count for nothing, a closed task is achieved; rolled up by task, area, or unit.
  --all: every current plan (a replaced document is left out), one line each.
  --unit: only the tasks that unit leads or supports (any printing of its name), counted again.`;

const BY = ["task", "area", "unit"] as const;

const countsText = (r: Rollup) =>
  (Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[])
    .filter((s) => r.counts[s] > 0)
    .map((s) => `${s} ${r.counts[s]}`)
    .join(", ");

const header = (s: PlanStatus, unit: string | undefined) =>
  `${s.title || s.planId}${unit === undefined ? "" : ` — ${s.byUnit[0]?.key ?? unit}'s tasks`} — status as of ${s.asOf} (reports due for ${s.duePeriod ?? "no period yet"}, ${s.cadence})\n` +
  `${s.overall.total} tasks: ${countsText(s.overall)} · ${percent(s.overall.shareOnTrack)} on track or achieved\n`;

// One row per task, then one indented row per target and milestone under it.
const byTask = (s: PlanStatus) =>
  table(
    [
      { header: "#" },
      { header: "Task / target", max: 34 },
      { header: "Status" },
      { header: "Actual / expected", align: "right" },
      { header: "R", align: "right" },
      { header: "Lead", max: 26 },
      { header: "Last" },
    ],
    s.tasks.flatMap((t) => [
      [t.id, t.title, t.closed ? `${t.status} (closed)` : t.status, moved(t), "", t.lead.join("、"), t.lastPeriod ?? "—"],
      ...t.targets.map((x) => [
        `  ${t.id}.t${x.index}`,
        x.text,
        x.status,
        `${x.actual === null ? "—" : formatQuantity(x.actual, x.unit)} / ${x.expected === null ? "—" : formatQuantity(Math.round(x.expected), x.unit)}`,
        x.ratio === null ? "" : x.ratio.toFixed(2),
        "",
        x.lastPeriod ?? "—",
      ]),
      ...t.milestones.map((m) => [`  ${t.id}.m${m.index}`, m.text, m.status, moved(m) || (m.deadline ?? ""), "", "", ""]),
    ]),
  );

// A deadline an approved extension moved shows with the document's: history keeps both.
const moved = (item: { readonly deadline: string | null; readonly originalDeadline: string | null }) =>
  item.deadline !== item.originalDeadline ? `due ${item.deadline ?? "—"} (was ${item.originalDeadline ?? "—"})` : "";

const rollupTable = (rows: readonly Rollup[], label: string) =>
  table(
    [
      { header: label },
      ...(label === "Unit" ? [{ header: "As" }] : []),
      { header: "Tasks", align: "right" as const },
      { header: "On track", align: "right" as const },
      { header: "Statuses", max: 60 },
      { header: "Lagging", max: 40 },
    ],
    rows.map((r) => [r.key, ...(label === "Unit" ? [r.role ?? ""] : []), String(r.total), percent(r.shareOnTrack), countsText(r), r.lagging.join(", ")]),
  );

// Every plan, a line each: the supervising office's overview.
const overview = (statuses: readonly PlanStatus[]) =>
  table(
    [{ header: "Plan" }, { header: "Title", max: 30 }, { header: "Due" }, { header: "Tasks", align: "right" }, { header: "On track", align: "right" }, { header: "Statuses", max: 60 }],
    statuses.map((s) => [s.planId, s.title, s.duePeriod ?? "—", String(s.overall.total), percent(s.overall.shareOnTrack), countsText(s.overall)]),
  );

export const status = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    ...DB_OPTION,
    "as-of": { type: "string" },
    by: { type: "string" },
    unit: { type: "string" },
    all: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  });
  if (values.all) {
    if (positionals[0] !== undefined) throw usageError("--all takes no <plan>");
    if (values.unit !== undefined) throw usageError("--unit goes with a <plan>, not --all");
    const when = asOfOption(values["as-of"], io);
    const { asOf, statuses } = await withStore(io, values.db, async (store) => {
      const asOf = await store.run(resolveAsOf(when));
      return { asOf, statuses: await store.run(portfolioAsOf({ ...when, asOf }, office(io))) };
    });
    if (values.json) {
      io.stdout(`${JSON.stringify(statuses.map(planOverview), null, 2)}\n`);
      return 0;
    }
    io.stdout(`${statuses.length} ${statuses.length === 1 ? "plan" : "plans"}, status as of ${asOf}\n\n${overview(statuses)}\n`);
    return 0;
  }
  if (positionals[0] === undefined) throw usageError("missing <plan> (or --all)");
  const by = (values.by ?? "task") as (typeof BY)[number];
  if (!BY.includes(by)) throw usageError(`--by "${values.by}": use task, area or unit`);
  const when = asOfOption(values["as-of"], io);
  const result = await withStore(io, values.db, (store) => store.run(statusAsOf(positionals[0]!, when, values.unit, office(io))));
  if (values.json) {
    const { tasks, byArea, byUnit, ...rest } = result;
    io.stdout(`${JSON.stringify(by === "task" ? { ...rest, tasks } : by === "area" ? { ...rest, byArea } : { ...rest, byUnit }, null, 2)}\n`);
    return 0;
  }
  const body = by === "task" ? byTask(result) : by === "area" ? rollupTable(result.byArea, "Area") : rollupTable(result.byUnit, "Unit");
  io.stdout(`${header(result, values.unit)}\n${body}\n`);
  return 0;
};
