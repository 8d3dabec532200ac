// assessTarget, assessMilestone and assessTask beside the thresholds (thresholds.test.ts): which
// reports count and which is the latest, when there is a trajectory at all, who is accountable, and
// a task without items judged by its own reports.
import { describe, expect, it } from "vitest";
import type { ProgressReport } from "../models/progress.js";
import { SUBMITTED } from "../models/review.js";
import { accountability, assessMilestone, assessTarget, assessTask, type Clock, countsForStatus, type StatusTask } from "./assess.js";
import { storedReport } from "./test-reports.js";

const report = (fields: Partial<ProgressReport>): ProgressReport => storedReport({ target: 1, ...fields });

// 2016 is a leap year: on 1 July a target from 1 January to 30 December is half-way.
const JULY: Clock = { asOf: "2016-07-01", start: "2016-01-01", due: "2016-06" };
const target = (value = 200, deadline: string | null = "2016-12-30"): StatusTask["targets"][number] => ({
  text: `完成${value}个`,
  value,
  unit: "个",
  comparator: ">=",
  deadline: { text: null, date: deadline },
});

describe("the latest report of a target", () => {
  it("is the one for the latest period, whatever order the reports come in", () => {
    const may = report({ period: "2016-05", value: 150 });
    const june = report({ period: "2016-06", value: 90 });
    expect(assessTarget(target(), 1, [june, may], JULY)).toMatchObject({ actual: 90, lastPeriod: "2016-06" });
    expect(assessTarget(target(), 1, [may, june], JULY)).toMatchObject({ actual: 90, lastPeriod: "2016-06" });
    const april = report({ period: "2016-04", value: 10 });
    expect(assessTarget(target(), 1, [june, april, may], JULY)).toMatchObject({ actual: 90, lastPeriod: "2016-06" });
  });

  it("orders a quarter by its last month: Q2 comes after May, and June after Q1", () => {
    const q2 = report({ period: "2016-Q2", value: 100 });
    const may = report({ period: "2016-05", value: 50 });
    expect(assessTarget(target(), 1, [q2, may], JULY)).toMatchObject({ actual: 100, lastPeriod: "2016-Q2" });
    const q1 = report({ period: "2016-Q1", value: 30 });
    const june = report({ period: "2016-06", value: 80 });
    expect(assessTarget(target(), 1, [june, q1], JULY)).toMatchObject({ actual: 80, lastPeriod: "2016-06" });
  });

  it("is the one reported last of two for the same period", () => {
    const first = report({ value: 60, reportedAt: "2026-01-01T00:00:00.000Z" });
    const again = report({ value: 95, reportedAt: "2026-01-02T00:00:00.000Z" });
    expect(assessTarget(target(), 1, [again, first], JULY).actual).toBe(95);
    expect(assessTarget(target(), 1, [first, again], JULY).actual).toBe(95);
  });

  it("leaves out a report whose period has not begun by the date: a quarter counts from its first month", () => {
    const q3 = report({ period: "2016-Q3", value: 100 });
    expect(assessTarget(target(), 1, [q3], { asOf: "2016-06-30", start: "2016-01-01", due: "2016-05" })).toMatchObject({ actual: null, status: "not-reported" });
    expect(assessTarget(target(), 1, [q3], { asOf: "2016-07-01", start: "2016-01-01", due: "2016-06" })).toMatchObject({ actual: 100, lastPeriod: "2016-Q3" });
    const q2 = report({ period: "2016-Q2", value: 100 });
    expect(assessTarget(target(), 1, [q2], { asOf: "2016-04-01", start: "2016-01-01", due: "2016-03" }).actual).toBe(100);
    expect(assessTarget(target(), 1, [q2], { asOf: "2016-03-31", start: "2016-01-01", due: "2016-02" }).actual).toBeNull();
  });

  it("counts a report stored before reviews were kept, and not one returned", () => {
    expect(countsForStatus({ review: undefined as unknown as ProgressReport["review"] })).toBe(true);
    expect(countsForStatus({ review: SUBMITTED })).toBe(true);
    expect(countsForStatus({ review: { state: "returned", reason: "r", by: "a", at: "2026-01-01T00:00:00.000Z" } })).toBe(false);
  });
});

describe("a target's trajectory", () => {
  it("expects nothing and measures no ratio without a plan start or a deadline, and reported is on track", () => {
    const reported = [report({ value: 10 })];
    expect(assessTarget(target(), 1, reported, { ...JULY, start: null })).toMatchObject({ expected: null, ratio: null, status: "on-track" });
    expect(assessTarget(target(200, null), 1, reported, JULY)).toMatchObject({ expected: null, ratio: null, status: "on-track", deadline: null });
  });

  it("expects nothing of a target due on the plan's first day or before it", () => {
    const first = { asOf: "2016-01-01", start: "2016-01-01", due: null };
    expect(assessTarget(target(200, "2016-01-01"), 1, [report({ period: "2016-01", value: 10 })], first)).toMatchObject({ expected: null, ratio: null });
    expect(assessTarget(target(200, "2015-12-31"), 1, [report({ value: 10 })], JULY)).toMatchObject({ expected: null, ratio: null, status: "overdue" });
  });

  it("measures no ratio while nothing is reported", () => {
    expect(assessTarget(target(), 1, [], JULY)).toMatchObject({ expected: 100, actual: null, ratio: null, status: "not-reported" });
    expect(assessTarget(target(), 1, [], { asOf: "2016-01-01", start: "2016-01-01", due: null })).toMatchObject({ expected: 0, actual: null, ratio: null });
  });

  it("takes anything reported on the plan's first day as on track: nothing is expected yet", () => {
    const first = { asOf: "2016-01-01", start: "2016-01-01", due: null };
    expect(assessTarget(target(), 1, [report({ period: "2016-01", value: 0 })], first)).toMatchObject({ expected: 0, actual: 0, ratio: 1, status: "on-track" });
  });
});

describe("a milestone", () => {
  it("is done only by a report on it", () => {
    const done = report({ target: null, milestone: 1, status: "done" });
    const milestone = { text: "出台方案", deadline: { text: null, date: "2016-12-31" } };
    expect(assessMilestone(milestone, 1, [done], JULY)).toEqual({ index: 1, text: "出台方案", status: "done", deadline: "2016-12-31", originalDeadline: "2016-12-31" });
    expect(assessMilestone(milestone, 1, [report({ target: null, milestone: 1, status: "on-track" })], JULY).status).toBe("pending");
  });
});

const task = (fields: Partial<StatusTask>): StatusTask => ({
  id: "1",
  title: "推进",
  area: "交通",
  deadline: { text: null, date: "2016-12-31" },
  targets: [],
  milestones: [],
  lead: ["市财政局"],
  support: ["市交通局"],
  ...fields,
});

describe("a task's items", () => {
  it("take the reports on them by index: a milestone its own, a target its baseline", () => {
    const two = task({
      milestones: [
        { text: "甲", deadline: { text: null, date: "2016-12-31" } },
        { text: "乙", deadline: { text: null, date: "2016-12-31" } },
      ],
    });
    const done = [report({ target: null, milestone: 1, status: "done" }), report({ target: null, milestone: null, status: "done" })];
    expect(assessTask(two, done, JULY).milestones.map((m) => [m.index, m.text, m.status])).toEqual([
      [1, "甲", "done"],
      [2, "乙", "pending"],
    ]);
    const second = [report({ target: null, milestone: 2, status: "done" })];
    expect(assessTask(two, second, JULY).milestones.map((m) => m.status)).toEqual(["pending", "done"]);
    const measured = task({ targets: [target(220), target(200)] });
    const assessed = assessTask(measured, [report({ target: 1, value: 170 }), report({ target: 2, value: 100 })], JULY, [120]);
    expect(assessed.targets.map((t) => [t.baseline, t.expected, t.ratio])).toEqual([
      [120, 170, 1],
      [0, 100, 1],
    ]);
  });

  it("give the accountable units of a slim task as the store keeps them", () => {
    expect(assessTask(task({}), [], JULY)).toMatchObject({ id: "1", title: "推进", area: "交通", lead: ["市财政局"], support: ["市交通局"], lastPeriod: null, deadline: "2016-12-31", closed: null });
  });
});

describe("accountability", () => {
  const unit = (name: string, role: "lead" | "responsible" | "support") => ({ unit: name, role });

  it("is the lead units, with the responsible ones supporting beside a lead", () => {
    expect(accountability({ ...task({}), units: [unit("甲", "lead"), unit("乙", "responsible"), unit("丙", "support")] })).toEqual({ lead: ["甲"], support: ["乙", "丙"] });
    expect(accountability({ ...task({}), units: [unit("乙", "responsible"), unit("甲", "lead")] })).toEqual({ lead: ["甲"], support: ["乙"] });
  });

  it("is the responsible units without a lead, the supporting ones supporting", () => {
    expect(accountability({ ...task({}), units: [unit("乙", "responsible"), unit("丙", "support"), unit("乙", "responsible")] })).toEqual({ lead: ["乙"], support: ["丙"] });
    expect(accountability({ ...task({}), units: [unit("丙", "support")] })).toEqual({ lead: [], support: ["丙"] });
  });
});

describe("a task without items", () => {
  const own = (fields: Partial<ProgressReport>) => report({ target: null, milestone: null, ...fields });
  const status = (reports: ProgressReport[], clock = JULY) => assessTask(task({}), reports, clock).status;

  it("takes the status its unit reports for it, on track when it reports none", () => {
    expect(status([own({ status: "done" })])).toBe("achieved");
    expect(status([own({ status: "behind" })])).toBe("behind");
    expect(status([own({ status: "at-risk" })])).toBe("at-risk");
    expect(status([own({ status: "on-track" })])).toBe("on-track");
    expect(status([own({ status: null })])).toBe("on-track");
  });

  it("is not reported without a report for the period due, and overdue once its deadline passes", () => {
    expect(status([])).toBe("not-reported");
    expect(status([own({ status: "at-risk", period: "2016-05" })])).toBe("not-reported");
    expect(status([own({ status: "at-risk", period: "2016-12" })], { asOf: "2017-01-05", start: "2016-01-01", due: "2016-12" })).toBe("overdue");
  });

  it("counts only the reports on the task itself, not those on an item it no longer has", () => {
    expect(status([report({ target: 1, status: "done" })])).toBe("not-reported");
    expect(status([report({ target: null, milestone: 1, status: "done" })])).toBe("not-reported");
    expect(status([report({ target: 1, status: "done" }), own({ status: "behind" })])).toBe("behind");
  });
});
