// A revised document is a new plan; what the office and the units recorded against the old one
// follows its tasks, targets and milestones where they are still in it: progress reports,
// extensions, close-outs (办结) and baselines the office set. What cannot follow is listed with
// the reason. Everything is copied (reports marked carriedFrom): the revised plan keeps its own.

import { CARRY_OVER_REASONS, type CarriedKind, type CarryOverReason, contentHash, type NotCarried, type Plan, type ProgressReport, type Task, unitKey } from "@plan/domain";
import type { Selectable, Transaction } from "kysely";
import type { Database, ExtensionsTable } from "../schema.js";
import { extensionId } from "./extensions.js";
import { loadPlan } from "./plans.js";
import { insertReports, listReports } from "./progress.js";

/** What a revision did with the revised plan's records. */
export interface CarryOver {
  readonly carried: readonly ProgressReport[];
  readonly notCarried: readonly NotCarried[];
}

/** An item of the revised plan: a task, or one of its targets or milestones, and who recorded against it. */
interface OldItem {
  readonly task: string;
  readonly target: number | null;
  readonly milestone: number | null;
  /** The unit that reported or asked; null when no unit is concerned (a close-out). */
  readonly unit: string | null;
}

type Mapped = { readonly task: string; readonly target: number | null; readonly milestone: number | null; readonly unit: string | null } | { readonly reason: CarryOverReason };

// The new task an old one became: the same id and title, or else the one task with its title
// (a corrected file may renumber). A title changed as well as a number is another task.
const taskMatcher = (to: Plan) => {
  const byTitle = new Map<string, Task[]>();
  for (const t of to.tasks) byTitle.set(t.title, [...(byTitle.get(t.title) ?? []), t]);
  const byId = new Map(to.tasks.map((t) => [t.id, t]));
  return (old: Task): Task | undefined => {
    const same = byId.get(old.id);
    if (same && same.title === old.title) return same;
    const titled = byTitle.get(old.title);
    return titled?.length === 1 ? titled[0] : undefined;
  };
};

/**
 * Where an item of `from` is in `to`: its task (by title), its target or milestone (by text) and
 * its unit (which the new task must still name, kept by its name in the new plan), or why not.
 */
const itemMapper = (from: Plan, to: Plan) => {
  const oldTasks = new Map(from.tasks.map((t) => [t.id, t]));
  const match = taskMatcher(to);
  const describe = (item: OldItem) => {
    const old = oldTasks.get(item.task);
    const text = item.target !== null ? old?.targets[item.target - 1]?.text : item.milestone !== null ? old?.milestones[item.milestone - 1]?.text : undefined;
    return { taskTitle: old?.title ?? "", item: text ?? null };
  };
  const map = (item: OldItem): Mapped => {
    const old = oldTasks.get(item.task);
    const task = old && match(old);
    if (!task) return { reason: "task-gone" };
    const { item: text } = describe(item);
    const target = item.target === null ? null : task.targets.findIndex((t) => t.text === text) + 1 || null;
    if (item.target !== null && target === null) return { reason: "target-gone" };
    const milestone = item.milestone === null ? null : task.milestones.findIndex((m) => m.text === text) + 1 || null;
    if (item.milestone !== null && milestone === null) return { reason: "milestone-gone" };
    if (item.unit === null) return { task: task.id, target, milestone, unit: null };
    const key = unitKey(item.unit);
    const unit = task.units.find((u) => unitKey(u.unit) === key || unitKey(u.name) === key);
    if (!unit) return { reason: "unit-not-responsible" };
    return { task: task.id, target, milestone, unit: unit.unit };
  };
  const notCarried = (kind: CarriedKind, id: string, item: OldItem, reason: CarryOverReason, extra: { period?: string; value?: number | null } = {}): NotCarried => {
    const words = CARRY_OVER_REASONS[reason];
    return {
      kind,
      id,
      task: item.task,
      ...describe(item),
      target: item.target,
      milestone: item.milestone,
      unit: item.unit,
      period: extra.period ?? null,
      value: extra.value ?? null,
      reason,
      message: `${words.zh} / ${words.en}`,
    };
  };
  return { map, notCarried };
};

/** The reports of `from` as reports of `to`, and those it cannot take with why. Pure: ids come from `newId`. */
export const carryOver = (from: Plan, to: Plan, reports: readonly ProgressReport[], newId: () => string): CarryOver => {
  const { map, notCarried } = itemMapper(from, to);
  const carried: ProgressReport[] = [];
  const left: NotCarried[] = [];
  for (const report of reports) {
    const mapped = map(report);
    if ("reason" in mapped) left.push(notCarried("report", report.id, report, mapped.reason, { period: report.period, value: report.value }));
    else carried.push({ ...report, ...mapped, unit: mapped.unit!, id: newId(), planId: to.id, carriedFrom: report.id });
  }
  return { carried, notCarried: left };
};

/**
 * Copies into `to` what `fromId` holds that it can take (reports, extensions, close-outs, the
 * baselines the office set) and lists the records it cannot. Call inside a transaction.
 */
export const carryProgress = async (trx: Transaction<Database>, fromId: string, to: Plan, newId: () => string): Promise<CarryOver & { extensions: number; closures: number }> => {
  const from = await loadPlan(trx, fromId);
  const reports = carryOver(from, to, await listReports(trx, fromId), newId);
  await insertReports(trx, reports.carried);
  const { map, notCarried } = itemMapper(from, to);
  const left = [...reports.notCarried];

  const extensions: Selectable<ExtensionsTable>[] = [];
  for (const row of await trx.selectFrom("extensions").selectAll().where("plan_id", "=", fromId).orderBy("requested_at").execute()) {
    const item = { task: row.task_id, target: row.target_idx || null, milestone: row.milestone_idx || null, unit: row.unit };
    const mapped = map(item);
    if ("reason" in mapped) left.push(notCarried("extension", row.id, item, mapped.reason));
    else extensions.push({ ...row, id: extensionId(newId), plan_id: to.id, task_id: mapped.task, target_idx: mapped.target ?? 0, milestone_idx: mapped.milestone ?? 0, unit: mapped.unit! });
  }
  if (extensions.length > 0) await trx.insertInto("extensions").values(extensions).execute();

  let closures = 0;
  for (const row of await trx.selectFrom("closures").selectAll().where("plan_id", "=", fromId).execute()) {
    const item = { task: row.task_id, target: null, milestone: null, unit: null };
    const mapped = map(item);
    if ("reason" in mapped) left.push(notCarried("closure", row.task_id, item, mapped.reason));
    else {
      await trx
        .insertInto("closures")
        .values({ ...row, plan_id: to.id, task_id: mapped.task })
        .execute();
      closures++;
    }
  }

  // A baseline the office set (one the old document did not give) follows its target, unless the
  // new document gives one of its own.
  for (const row of await trx.selectFrom("targets").select(["task_id", "idx", "baseline"]).where("plan_id", "=", fromId).execute()) {
    const documented = from.tasks.find((t) => t.id === row.task_id)?.targets[row.idx - 1]?.baseline ?? 0;
    if (Number(row.baseline) === documented) continue;
    const item = { task: row.task_id, target: row.idx, milestone: null, unit: null };
    const mapped = map(item);
    // Its target gone, the office's baseline is listed with the rest that could not come along.
    if ("reason" in mapped) {
      left.push(notCarried("baseline", `${row.task_id}.t${row.idx}`, item, mapped.reason, { value: Number(row.baseline) }));
      continue;
    }
    if (mapped.target === null) continue;
    if ((to.tasks.find((t) => t.id === mapped.task)?.targets[mapped.target - 1]?.baseline ?? 0) !== documented) continue;
    await trx
      .updateTable("targets")
      .set({ baseline: Number(row.baseline) })
      .where("plan_id", "=", to.id)
      .where("task_id", "=", mapped.task)
      .where("idx", "=", mapped.target)
      .execute();
  }
  return { carried: reports.carried, notCarried: left, extensions: extensions.length, closures };
};

/**
 * The id of a plan read again from a stored document's very text with other options (--columns,
 * a unit registry): the text's hash is taken, so the new reading's id is the hash of what it read.
 */
export const rereadId = (plan: Plan): string => `plan_${contentHash(JSON.stringify({ ...plan, id: "" }))}`;
