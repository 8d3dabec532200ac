// Status under the office's decisions: returned reports, approved extensions, close-outs, and the
// rule that a task with nothing reported is never on track (see the top of assess.ts).
import { describe, expect, it } from "vitest";
import type { ProgressReport } from "../models/progress.js";
import { SUBMITTED } from "../models/review.js";
import { parsePlan } from "../parse/plan.js";
import { movedDeadlines } from "./deadlines.js";
import { reminders } from "./reminders.js";
import { planStatus } from "./rollup.js";
import { storedReport } from "./test-reports.js";

const plan = parsePlan(
  [
    "2016年工作要点",
    "1.实施农村公路工程\u3002新建\u3001改造农村公路7000公里,改造危桥300座\u3002(牵头单位:省交通运输厅;配合单位:省财政厅)",
    "2.压缩审批时间\u3002企业开办时间压缩至3个工作日以内\u3002(责任单位:省市场监管局)",
    "3.出台工作计划\u3002第二季度制定出台对口支援工作计划\u3002(责任单位:省发展改革委)",
  ].join("\n"),
);

// A second apart, so that the latest of several is the last made.
let n = 0;
const report = (task: string, period: string, fields: Partial<ProgressReport>): ProgressReport =>
  storedReport({ planId: plan.id, task, unit: "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385", period, reportedAt: `2026-01-01T00:00:${String(++n).padStart(2, "0")}.000Z`, ...fields }); // 省交通运输厅
const returned = { state: "returned", reason: "no evidence", by: "admin", at: "2026-02-01T00:00:00.000Z" } as const;
const accepted = { state: "accepted", reason: null, by: "admin", at: "2026-02-01T00:00:00.000Z" } as const;
const task = (status: ReturnType<typeof planStatus>, id: string) => status.tasks.find((t) => t.id === id)!;
const approved = (fields: { target?: number; milestone?: number; to: string; decidedAt?: string }) => ({
  target: fields.target ?? null,
  milestone: fields.milestone ?? null,
  to: fields.to,
  decidedAt: fields.decidedAt ?? "2026-03-01T00:00:00.000Z",
});

describe("a task with nothing reported", () => {
  it("is not reported, never on track, even when its only item is a milestone not yet due", () => {
    expect(plan.tasks[2]!.milestones[0]!.deadline.date).toBe("2016-06-30");
    // Before any period is due, and once one is.
    expect(task(planStatus(plan, [], { asOf: "2016-01-10" }), "3").status).toBe("not-reported");
    const may = planStatus(plan, [], { asOf: "2016-05-01" });
    expect(task(may, "3")).toMatchObject({ status: "not-reported", milestones: [{ status: "pending" }] });
    expect(may.tasks.every((t) => t.status !== "on-track")).toBe(true);
    expect(reminders(may).map((r) => r.unit)).toContain("省发展改革委");
  });

  it("is on track with a milestone not yet due once its unit reports for the period due, and not reported when the report is old", () => {
    const april = report("3", "2016-04", { status: "on-track", unit: "省发展改革委" });
    expect(task(planStatus(plan, [april], { asOf: "2016-05-01" }), "3").status).toBe("on-track");
    expect(task(planStatus(plan, [april], { asOf: "2016-06-01" }), "3").status).toBe("not-reported");
  });
});

describe("a returned report", () => {
  it("counts for nothing: the figure before it stands, and alone it leaves the item not reported", () => {
    const good = report("1", "2016-06", { target: 1, value: 3500, review: accepted });
    const bad = report("1", "2016-06", { target: 1, value: 1000, review: returned });
    expect(task(planStatus(plan, [good, bad], { asOf: "2016-07-01" }), "1").targets[0]).toMatchObject({ status: "on-track", actual: 3500 });
    expect(task(planStatus(plan, [good, { ...bad, review: SUBMITTED }], { asOf: "2016-07-01" }), "1").targets[0]).toMatchObject({ status: "behind", actual: 1000 });
    expect(task(planStatus(plan, [bad], { asOf: "2016-07-01" }), "1").targets[0]).toMatchObject({ status: "not-reported", actual: null, lastPeriod: null });
  });

  it("does not mark a milestone done", () => {
    const done = report("3", "2016-06", { milestone: 1, status: "done", unit: "省发展改革委" });
    expect(task(planStatus(plan, [done], { asOf: "2016-07-01" }), "3").status).toBe("achieved");
    expect(task(planStatus(plan, [{ ...done, review: returned }], { asOf: "2016-07-01" }), "3").status).toBe("overdue");
  });
});

describe("an approved extension", () => {
  it("moves a milestone's deadline: overdue becomes pending, and both dates are kept", () => {
    const june = report("3", "2016-06", { status: "on-track", unit: "省发展改革委" });
    expect(task(planStatus(plan, [june], { asOf: "2016-07-15" }), "3")).toMatchObject({ status: "overdue", milestones: [{ status: "overdue", deadline: "2016-06-30" }] });
    const moved = planStatus(plan, [june], { asOf: "2016-07-15", extensions: new Map([["3", [approved({ milestone: 1, to: "2016-09-30" })]]]) });
    expect(task(moved, "3")).toMatchObject({ status: "on-track", milestones: [{ status: "pending", deadline: "2016-09-30", originalDeadline: "2016-06-30" }] });
  });

  it("moves a target's trajectory: at risk by the document's date is on track by the new one", () => {
    const figures = [report("1", "2016-06", { target: 1, value: 2800 })];
    expect(task(planStatus(plan, figures, { asOf: "2016-07-01" }), "1").targets[0]!.status).toBe("at-risk");
    const moved = task(planStatus(plan, figures, { asOf: "2016-07-01", extensions: new Map([["1", [approved({ target: 1, to: "2017-06-30" })]]]) }), "1");
    expect(moved.targets[0]).toMatchObject({ status: "on-track", deadline: "2017-06-30", originalDeadline: "2016-12-31" });
    // The task's own deadline and its other target stay.
    expect(moved).toMatchObject({ deadline: "2016-12-31", originalDeadline: "2016-12-31" });
    expect(moved.targets[1]!.deadline).toBe("2016-12-31");
  });

  it("on the task moves the task and the items due on its date; the latest decided wins", () => {
    const late = approved({ to: "2017-03-31", decidedAt: "2026-04-01T00:00:00.000Z" });
    const early = approved({ to: "2017-06-30", decidedAt: "2026-03-01T00:00:00.000Z" });
    const moved = movedDeadlines(plan.tasks[0]!, [late, early]);
    expect(moved).toEqual({ task: "2017-03-31", targets: ["2017-03-31", "2017-03-31"], milestones: [] });
    // A target extended on its own beyond the task's new date keeps its later date.
    const target = approved({ target: 1, to: "2017-09-30", decidedAt: "2026-02-01T00:00:00.000Z" });
    expect(movedDeadlines(plan.tasks[0]!, [late, target]).targets).toEqual(["2017-09-30", "2017-03-31"]);
    // A milestone dated before the task's own keeps its date.
    expect(movedDeadlines(plan.tasks[2]!, [approved({ to: "2017-06-30" })]).milestones).toEqual(["2016-06-30"]);
    const overdue = planStatus(plan, [report("2", "2016-12", { target: 1, value: 5, unit: "省市场监管局" })], { asOf: "2017-01-10" });
    expect(task(overdue, "2").status).toBe("overdue");
    const extended = planStatus(plan, [report("2", "2016-12", { target: 1, value: 5, unit: "省市场监管局" })], { asOf: "2017-01-10", extensions: new Map([["2", [approved({ to: "2017-06-30" })]]]) });
    expect(task(extended, "2")).toMatchObject({ deadline: "2017-06-30", originalDeadline: "2016-12-31" });
    expect(task(extended, "2").status).not.toBe("overdue");
  });
});

describe("a closed task", () => {
  it("counts as achieved, says when and by whom, and owes no reminder", () => {
    const closures = new Map([["2", { at: "2026-05-01T00:00:00.000Z", by: "admin" }]]);
    const open = planStatus(plan, [], { asOf: "2016-07-01" });
    expect(task(open, "2")).toMatchObject({ status: "not-reported", closed: null });
    const closed = planStatus(plan, [], { asOf: "2016-07-01", closures });
    expect(task(closed, "2")).toMatchObject({ status: "achieved", closed: { at: "2026-05-01T00:00:00.000Z", by: "admin" } });
    expect(closed.overall.counts.achieved).toBe(1);
    expect(reminders(closed).map((r) => r.unit)).not.toContain("省市场监管局");
    expect(reminders(open).map((r) => r.unit)).toContain("省市场监管局");
  });
});
