// The plan's status rolled up for the plan, by area and by unit; the same cut to one unit; and the
// reminders built from it: who owes what, for one unit or all, and when nothing is due yet.
import { describe, expect, it } from "vitest";
import type { ProgressReport } from "../models/progress.js";
import type { StatusPlan, StatusTask } from "./assess.js";
import { statusForUnit } from "./for-unit.js";
import { firstDue, reminderList, reminders } from "./reminders.js";
import { planEnd, planStart, planStatus, rollup } from "./rollup.js";
import { storedReport } from "./test-reports.js";

const report = (task: string, fields: Partial<ProgressReport>): ProgressReport => storedReport({ task, unit: "\u5E02\u4EA4\u901A\u5C40", ...fields }); // 市交通局

const task = (id: string, area: string | null, lead: string[], support: string[], targets: StatusTask["targets"] = []): StatusTask => ({
  id,
  title: `任务${id}`,
  area,
  deadline: { text: null, date: "2016-12-31" },
  targets,
  milestones: [],
  lead,
  support,
});
const road = { text: "建设公路100公里", value: 100, unit: "公里", comparator: ">=" as const, deadline: { text: null, date: "2016-12-31" } };

// Four tasks: two in 交通 (one led by 市交通局, one by 市财政局 with 市交通局 supporting), one in
// 保障 led by 市交通局, one in no area led by 市财政局.
const plan: StatusPlan = {
  id: "p",
  title: "2016年工作要点",
  year: 2016,
  cadence: "monthly",
  tasks: [task("1", "交通", ["市交通局"], [], [road]), task("2", "交通", ["市财政局"], ["市交通局"]), task("3", "保障", ["市交通局"], []), task("4", null, ["市财政局"], [])],
  units: [{ name: "市交通局" }, { name: "市财政局" }, { name: "市教育局" }],
};
// As of 1 August: task 1 on track (60 of 100 by about 7/12), task 2 done, task 3 at risk, task 4 not reported.
const reports = [report("1", { target: 1, value: 60, period: "2016-07" }), report("2", { status: "done", period: "2016-07" }), report("3", { status: "at-risk", period: "2016-07" })];
// Computed in each test, not once here: a mutant is active only while a test runs.
const assessed = () => planStatus(plan, reports, { asOf: "2016-08-01" });

describe("planStatus", () => {
  it("assesses every task as of the date, for the period due", () => {
    const status = assessed();
    expect(status.duePeriod).toBe("2016-07");
    expect(status.tasks.map((t) => [t.id, t.status])).toEqual([
      ["1", "on-track"],
      ["2", "achieved"],
      ["3", "at-risk"],
      ["4", "not-reported"],
    ]);
  });

  it("rolls up the plan, each area with tasks (none for tasks in no area), and each unit as lead and as support", () => {
    const status = assessed();
    expect(status.overall).toEqual({
      key: "plan",
      role: null,
      total: 4,
      counts: { achieved: 1, "on-track": 1, "at-risk": 1, behind: 0, overdue: 0, "not-reported": 1 },
      shareOnTrack: 0.5,
      lagging: ["3", "4"],
    });
    expect(status.byArea.map((r) => [r.key, r.role, r.total, r.lagging])).toEqual([
      ["交通", null, 2, []],
      ["保障", null, 1, ["3"]],
    ]);
    expect(status.byUnit.map((r) => [r.key, r.role, r.total, r.shareOnTrack])).toEqual([
      ["市交通局", "lead", 2, 0.5],
      ["市交通局", "support", 1, 1],
      ["市财政局", "lead", 2, 0.5],
    ]);
  });

  it("counts every lagging status as lagging, and no other", () => {
    const status = assessed();
    const statuses = ["achieved", "on-track", "at-risk", "behind", "overdue", "not-reported"] as const;
    const tasks = statuses.map((s, i) => ({ ...status.tasks[0]!, id: String(i), status: s }));
    expect(rollup("x", "lead", tasks)).toMatchObject({ total: 6, shareOnTrack: 2 / 6, lagging: ["2", "3", "4", "5"] });
  });

  it("gives an empty group a share on track of 0, not NaN", () => {
    expect(rollup("x", null, [])).toEqual({
      key: "x",
      role: null,
      total: 0,
      counts: { achieved: 0, "on-track": 0, "at-risk": 0, behind: 0, overdue: 0, "not-reported": 0 },
      shareOnTrack: 0,
      lagging: [],
    });
  });

  it("starts a plan on 1 January of its year and ends it on 31 December of its last; a plan without a year has neither", () => {
    expect(planStart(plan)).toBe("2016-01-01");
    expect(planEnd(plan)).toBe("2016-12-31");
    expect(planStart({ year: null })).toBeNull();
    expect(planEnd({ year: null, tasks: [] })).toBeNull();
  });

  it("has nothing due before the plan's first period is over", () => {
    expect(planStatus(plan, [], { asOf: "2016-01-30" }).duePeriod).toBeNull();
    expect(planStatus(plan, [], { asOf: "2016-01-31" }).duePeriod).toBe("2016-01");
  });
});

describe("statusForUnit", () => {
  it("keeps the tasks a unit leads or supports, rolled up again over those alone", () => {
    const status = assessed();
    const mine = statusForUnit(status, "市交通局");
    expect(mine.tasks.map((t) => t.id)).toEqual(["1", "2", "3"]);
    expect(mine.overall).toMatchObject({ key: "plan", role: null, total: 3, lagging: ["3"] });
    expect(mine.byArea.map((r) => [r.key, r.role, r.total, r.counts.achieved])).toEqual([
      ["交通", null, 2, 1],
      ["保障", null, 1, 0],
    ]);
    expect(mine.byUnit.map((r) => [r.key, r.role])).toEqual([
      ["市交通局", "lead"],
      ["市交通局", "support"],
    ]);
    expect(mine).toMatchObject({ planId: "p", asOf: "2016-08-01", duePeriod: "2016-07" });
  });

  it("cuts each area to the unit's tasks in it", () => {
    const status = assessed();
    const theirs = statusForUnit(status, "市财政局");
    expect(theirs.tasks.map((t) => t.id)).toEqual(["2", "4"]);
    expect(theirs.byArea.map((r) => [r.key, r.total])).toEqual([["交通", 1]]);
    expect(theirs.byUnit.map((r) => [r.key, r.role])).toEqual([["市财政局", "lead"]]);
    expect(statusForUnit(status, "市教育局")).toMatchObject({ tasks: [], byArea: [], byUnit: [], overall: { total: 0 } });
  });
});

describe("reminders", () => {
  it("ask each lead unit for what its tasks owe: the targets, or the task's own status", () => {
    const late = planStatus(plan, [], { asOf: "2016-08-01" });
    expect(reminders(late)).toEqual([
      {
        unit: "市交通局",
        period: "2016-07",
        tasks: [
          { id: "1", title: "任务1", lastPeriod: null, items: ["target 1: 建设公路100公里"] },
          { id: "3", title: "任务3", lastPeriod: null, items: ["task status"] },
        ],
      },
      {
        unit: "市财政局",
        period: "2016-07",
        tasks: [
          { id: "2", title: "任务2", lastPeriod: null, items: ["task status"] },
          { id: "4", title: "任务4", lastPeriod: null, items: ["task status"] },
        ],
      },
    ]);
  });

  it("are listed for every unit or one, with nothing due yet before the first period ends", () => {
    const status = assessed();
    expect(reminderList(status, { start: "2016-01-01" })).toEqual({
      asOf: "2016-08-01",
      period: "2016-07",
      unit: null,
      notYetDue: null,
      reminders: [{ unit: "市财政局", period: "2016-07", tasks: [{ id: "4", title: "任务4", lastPeriod: null, items: ["task status"] }] }],
    });
    expect(reminderList(status, { start: "2016-01-01", unit: "市财政局" }).reminders.map((r) => r.unit)).toEqual(["市财政局"]);
    expect(reminderList(status, { start: "2016-01-01", unit: "市交通局" })).toMatchObject({ unit: "市交通局", reminders: [] });
    const early = planStatus(plan, [], { asOf: "2016-01-15" });
    expect(reminderList(early, { start: "2016-01-01" })).toEqual({ asOf: "2016-01-15", period: null, unit: null, notYetDue: { period: "2016-01", dueOn: "2016-01-31" }, reminders: [] });
  });

  it("fall due first at the end of the plan's first period, or of the period of the date when the plan names no start", () => {
    expect(firstDue({ asOf: "2016-05-10", cadence: "quarterly" }, "2016-01-01")).toEqual({ period: "2016-Q1", dueOn: "2016-03-31" });
    expect(firstDue({ asOf: "2016-05-10", cadence: "quarterly" }, null)).toEqual({ period: "2016-Q2", dueOn: "2016-06-30" });
    expect(firstDue({ asOf: "2016-05-10", cadence: "monthly" }, null)).toEqual({ period: "2016-05", dueOn: "2016-05-31" });
  });
});
