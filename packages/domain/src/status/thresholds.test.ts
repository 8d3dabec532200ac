// Every threshold of status, at the threshold, just below and just above it: the progress ratios
// of on track (0.95) and at risk (0.6), a milestone due soon (30 days), a deadline passed, a target
// reached, the period due, a reminder's ten named items. The expected statuses are written as
// numbers here, not read from the constants, so that a changed threshold fails a test.
import { describe, expect, it } from "vitest";
import type { ProgressReport } from "../models/progress.js";
import type { Status } from "../models/status.js";
import { AT_RISK, assessMilestone, assessTarget, assessTask, type Clock, DUE_SOON_DAYS, ON_TRACK, SEVERITY, type StatusTask } from "./assess.js";
import { duePeriod } from "./period.js";
import { owes, reminders } from "./reminders.js";
import { planStatus } from "./rollup.js";
import { storedReport } from "./test-reports.js";

// A second apart, so that the latest of several is the last made.
let n = 0;
const report = (fields: Partial<ProgressReport>): ProgressReport => storedReport({ planId: "plan_1", target: 1, reportedAt: `2026-01-01T00:00:${String(++n % 60).padStart(2, "0")}.000Z`, ...fields });

// 2016 is a leap year: 1 January to 1 July is 182 days, to 30 December 364. On 1 July a target
// due on 30 December is expected half-way, so a target of 200 from 0 expects 100 and the ratio is
// the value reported over 100, exactly.
const JULY: Clock = { asOf: "2016-07-01", start: "2016-01-01", due: "2016-06" };
const target = (value = 200, comparator: ">=" | "<=" = ">=", deadline = "2016-12-30"): StatusTask["targets"][number] => ({
  text: `完成${value}个`,
  value,
  unit: "个",
  comparator,
  deadline: { text: null, date: deadline },
});
const at = (value: number, clock = JULY, t = target(), baseline = 0) => assessTarget(t, 1, [report({ value })], clock, baseline);

describe("the progress ratio thresholds", () => {
  it("are 0.95 for on track and 0.6 for at risk", () => {
    expect([ON_TRACK, AT_RISK]).toEqual([0.95, 0.6]);
  });

  it("puts a target half-way through its time on the line the ratio is measured against", () => {
    expect(at(100)).toMatchObject({ expected: 100, actual: 100, ratio: 1, status: "on-track" });
  });

  it.each([
    [95.01, 0.9501, "on-track"],
    [95, 0.95, "on-track"],
    [94.99, 0.9499, "at-risk"],
    [90, 0.9, "at-risk"],
    [60.01, 0.6001, "at-risk"],
    [60, 0.6, "at-risk"],
    [59.99, 0.5999, "behind"],
    [0, 0, "behind"],
  ] as const)("%d of 100 expected (ratio %d) is %s", (value, ratio, status) => {
    const assessed = at(value);
    expect(assessed.ratio).toBeCloseTo(ratio, 10);
    expect(assessed.status).toBe(status);
  });

  it("measures the ratio from the baseline: 120 → 220 expects 170 half-way", () => {
    const t = target(220);
    expect(assessTarget(t, 1, [report({ value: 167.5 })], JULY, 120)).toMatchObject({ expected: 170, ratio: 0.95, status: "on-track" });
    expect(assessTarget(t, 1, [report({ value: 167.49 })], JULY, 120).status).toBe("at-risk");
    expect(assessTarget(t, 1, [report({ value: 150 })], JULY, 120)).toMatchObject({ ratio: 0.6, status: "at-risk" });
    expect(assessTarget(t, 1, [report({ value: 149.99 })], JULY, 120).status).toBe("behind");
  });

  it("works downwards for a limit (<=) from a baseline above it: 300 → 100 expects 200 half-way", () => {
    const limit = target(100, "<=");
    expect(assessTarget(limit, 1, [report({ value: 205 })], JULY, 300)).toMatchObject({ expected: 200, ratio: 0.95, status: "on-track" });
    expect(assessTarget(limit, 1, [report({ value: 205.01 })], JULY, 300).status).toBe("at-risk");
    expect(assessTarget(limit, 1, [report({ value: 240 })], JULY, 300)).toMatchObject({ ratio: 0.6, status: "at-risk" });
    expect(assessTarget(limit, 1, [report({ value: 240.01 })], JULY, 300).status).toBe("behind");
  });
});

describe("a target reached", () => {
  it("is achieved at its value and above, not just below", () => {
    expect(at(200).status).toBe("achieved");
    expect(at(200.5).status).toBe("achieved");
    expect(at(199.99).status).toBe("on-track");
  });

  it("is achieved at or below a limit (<=), not just above", () => {
    const limit = target(100, "<=");
    expect(assessTarget(limit, 1, [report({ value: 100 })], JULY, 300).status).toBe("achieved");
    expect(assessTarget(limit, 1, [report({ value: 99.5 })], JULY, 300).status).toBe("achieved");
    expect(assessTarget(limit, 1, [report({ value: 100.01 })], JULY, 300).status).not.toBe("achieved");
  });

  it("counts a limit whose baseline is already within it, and not yet reached, as at risk whatever the ratio", () => {
    // Baseline 100, limit 100: nothing to travel, so no trajectory says on track.
    const limit = target(100, "<=");
    expect(assessTarget(limit, 1, [report({ value: 100.5 })], JULY, 100).status).toBe("at-risk");
    expect(assessTarget(limit, 1, [report({ value: 100.5 })], JULY, 99).status).toBe("at-risk");
    // Baseline just above the limit: a trajectory runs, and 100.5 of 100 by July is on it.
    expect(assessTarget(limit, 1, [report({ value: 100.5 })], JULY, 101).status).toBe("on-track");
  });
});

describe("a deadline passed", () => {
  const due = (asOf: string) => ({ asOf, start: "2016-01-01", due: duePeriod(asOf, "monthly", "2016-01-01") });

  it("makes a target overdue the day after it, not on it", () => {
    const december = [report({ value: 150, period: "2016-12" })];
    expect(assessTarget(target(200, ">=", "2016-12-30"), 1, december, due("2016-12-30")).status).not.toBe("overdue");
    expect(assessTarget(target(200, ">=", "2016-12-30"), 1, december, due("2016-12-31")).status).toBe("overdue");
    expect(assessTarget(target(200, ">=", "2016-12-30"), 1, december, due("2016-12-29")).status).not.toBe("overdue");
  });

  it("makes a milestone overdue the day after it, not on it", () => {
    const milestone = { text: "出台方案", deadline: { text: null, date: "2016-06-30" } };
    expect(assessMilestone(milestone, 1, [], due("2016-06-30")).status).toBe("due-soon");
    expect(assessMilestone(milestone, 1, [], due("2016-07-01")).status).toBe("overdue");
  });

  it("makes a task without items overdue the day after its deadline", () => {
    const task: StatusTask = { id: "1", title: "推进", area: null, deadline: { text: null, date: "2016-06-30" }, targets: [], milestones: [], lead: ["市财政局"], support: [] };
    const june = [report({ target: null, status: "on-track", period: "2016-06" })];
    expect(assessTask(task, june, { asOf: "2016-06-30", start: "2016-01-01", due: "2016-05" }).status).toBe("on-track");
    expect(assessTask(task, june, { asOf: "2016-07-01", start: "2016-01-01", due: "2016-06" }).status).toBe("overdue");
  });
});

describe("a milestone due soon", () => {
  const milestone = { text: "出台方案", deadline: { text: null, date: "2016-07-31" } };
  const on = (asOf: string) => assessMilestone(milestone, 1, [], { asOf, start: "2016-01-01", due: null }).status;

  it("is due within 30 days of its deadline", () => {
    expect(DUE_SOON_DAYS).toBe(30);
    expect(on("2016-06-30")).toBe("pending"); // 31 days before
    expect(on("2016-07-01")).toBe("due-soon"); // 30 days before
    expect(on("2016-07-02")).toBe("due-soon"); // 29 days before
    expect(on("2016-07-25")).toBe("due-soon"); // 6 days before: due soon, however the 30 days were counted
    expect(on("2016-07-31")).toBe("due-soon"); // the day itself
    expect(on("2016-08-01")).toBe("overdue");
  });

  it("is done once reported done, whatever the date, and pending without a deadline", () => {
    const done = [report({ target: null, milestone: 1, status: "done", period: "2016-06" })];
    expect(assessMilestone(milestone, 1, done, { asOf: "2016-07-10", start: "2016-01-01", due: "2016-06" }).status).toBe("done");
    expect(assessMilestone(milestone, 1, done, { asOf: "2016-09-10", start: "2016-01-01", due: "2016-08" }).status).toBe("done");
    expect(assessMilestone({ text: "x", deadline: { text: null, date: null } }, 1, [], { asOf: "2016-07-10", start: "2016-01-01", due: null }).status).toBe("pending");
  });

  it("says on track for its task only while the task is reported for the period due", () => {
    const task: StatusTask = { id: "1", title: "出台方案", area: null, deadline: { text: null, date: "2016-12-31" }, targets: [], milestones: [milestone], lead: ["市财政局"], support: [] };
    const clock = { asOf: "2016-07-10", start: "2016-01-01", due: "2016-06" };
    expect(assessTask(task, [], clock)).toMatchObject({ status: "not-reported", milestones: [{ status: "due-soon" }] });
    const june = report({ target: null, milestone: 1, status: "on-track", period: "2016-06" });
    expect(assessTask(task, [june], clock)).toMatchObject({ status: "on-track", milestones: [{ status: "due-soon" }] });
    expect(assessTask(task, [{ ...june, period: "2016-05" }], clock).status).toBe("not-reported");
  });
});

describe("the period due", () => {
  it("takes a report for the period due or later, and not one for the period before", () => {
    expect(at(100, { ...JULY, due: "2016-06" }).status).toBe("on-track");
    expect(at(100, { ...JULY, due: "2016-05" }).status).toBe("on-track");
    expect(at(100, { ...JULY, due: "2016-07" }).status).toBe("not-reported");
    expect(at(100, { ...JULY, due: "2016-Q2" }).status).toBe("on-track");
    expect(at(100, { ...JULY, due: "2016-Q3" }).status).toBe("not-reported");
  });

  it("is the last period ended by the date: a month is due on its last day, not the day before", () => {
    expect(duePeriod("2016-06-29", "monthly", "2016-01-01")).toBe("2016-05");
    expect(duePeriod("2016-06-30", "monthly", "2016-01-01")).toBe("2016-06");
    expect(duePeriod("2016-03-30", "quarterly", "2016-01-01")).toBeNull();
    expect(duePeriod("2016-03-31", "quarterly", "2016-01-01")).toBe("2016-Q1");
    expect(duePeriod("2016-04-01", "quarterly", "2016-01-01")).toBe("2016-Q1");
  });
});

describe("reminders", () => {
  it("are owed by an overdue item reported for an earlier period than the one due, not by one reported for it", () => {
    expect(owes({ status: "overdue", lastPeriod: "2016-11" }, "2016-12")).toBe(true);
    expect(owes({ status: "overdue", lastPeriod: "2016-12" }, "2016-12")).toBe(false);
    expect(owes({ status: "overdue", lastPeriod: "2016-Q4" }, "2016-12")).toBe(false);
    expect(owes({ status: "overdue", lastPeriod: null }, "2016-12")).toBe(true);
    expect(owes({ status: "not-reported", lastPeriod: "2016-12" }, "2016-12")).toBe(true);
    expect(owes({ status: "behind", lastPeriod: null }, "2016-12")).toBe(false);
    expect(owes({ status: "not-reported", lastPeriod: null }, null)).toBe(false);
  });

  it.each([
    [9, 9, null],
    [10, 10, null],
    [11, 10, "… 1 more targets"],
  ])("with %d targets owed name %d of them", (count, named, more) => {
    const targets = Array.from({ length: count }, (_, i) => target(10 + i));
    const task: StatusTask = { id: "1", title: "建设", area: null, deadline: { text: null, date: "2016-12-31" }, targets, milestones: [], lead: ["市交通局"], support: [] };
    const [reminder] = reminders(planStatus({ id: "p", title: "2016年要点", year: 2016, cadence: "monthly", tasks: [task], units: [{ name: "市交通局" }] }, [], { asOf: "2016-07-01" }));
    const items = reminder!.tasks[0]!.items;
    expect(items.filter((i) => i.startsWith("target "))).toHaveLength(named);
    expect(items.at(-1)).toBe(more ?? `target ${count}: 完成${10 + count - 1}个`);
  });
});

describe("a task's status", () => {
  it("is the worst of its items, in the order overdue, behind, not reported, at risk, on track, achieved", () => {
    expect(SEVERITY).toEqual(["overdue", "behind", "not-reported", "at-risk", "on-track", "achieved"]);
    // Two targets of one task, every pair of statuses: the task takes the worse.
    const figures: Record<Exclude<Status, "overdue" | "not-reported">, number> = { achieved: 200, "on-track": 100, "at-risk": 80, behind: 10 };
    const task = (deadline = "2016-12-30"): StatusTask => ({
      id: "1",
      title: "t",
      area: null,
      deadline: { text: null, date: deadline },
      targets: [target(200, ">=", deadline), target(200, ">=", deadline)],
      milestones: [],
      lead: [],
      support: [],
    });
    const statuses = Object.keys(figures) as (keyof typeof figures)[];
    for (const a of statuses) {
      for (const b of statuses) {
        const reports = [report({ target: 1, value: figures[a] }), report({ target: 2, value: figures[b] })];
        const worse = SEVERITY.indexOf(a) <= SEVERITY.indexOf(b) ? a : b;
        expect(assessTask(task(), reports, JULY).status, `${a} and ${b}`).toBe(worse);
      }
      // Beside a target not reported, and beside one overdue.
      expect(assessTask(task(), [report({ target: 1, value: figures[a] })], JULY).status, `${a} and not reported`).toBe(SEVERITY.indexOf(a) < 2 ? a : "not-reported");
    }
    const late = { asOf: "2017-01-05", start: "2016-01-01", due: "2016-12" };
    expect(assessTask(task(), [report({ target: 1, value: 10, period: "2016-12" }), report({ target: 2, value: 200, period: "2016-12" })], late).status).toBe("overdue");
  });
});
