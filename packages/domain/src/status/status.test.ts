import { describe, expect, it } from "vitest";
import type { ProgressReport } from "../models/progress.js";
import { parsePlan } from "../parse/plan.js";
import { bulletin } from "../bulletin/build.js";
import { bulletinToHtml } from "../bulletin/html.js";
import { bulletinToMarkdown } from "../bulletin/markdown.js";
import { NO_SUPERVISION } from "../bulletin/supervision.js";
import { assessTarget } from "./assess.js";
import { duePeriod, periodRange } from "./period.js";
import { checkProgress } from "./progress-check.js";
import { reminders } from "./reminders.js";
import { planStatus } from "./rollup.js";
import { storedReport } from "./test-reports.js";

const plan = parsePlan(
  [
    "2016年工作要点",
    "2016年是开局之年。",
    "1.实施农村公路工程。新建、改造农村公路7000公里,改造危桥300座。(牵头单位:省交通运输厅;配合单位:省财政厅)",
    "2.压缩审批时间。企业开办时间压缩至3个工作日以内。(责任单位:省市场监管局)",
    "3.出台工作计划。第二季度制定出台对口支援工作计划。(责任单位:省发展改革委)",
    "4.加强组织实施。(责任单位:有关设区市、省财政厅)",
  ].join("\n"),
);

const report = (task: string, period: string, fields: Partial<ProgressReport>): ProgressReport =>
  storedReport({ planId: plan.id, task, unit: "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385", period, ...fields }); // 省交通运输厅
const clock = (asOf: string) => ({ asOf, start: "2016-01-01", due: duePeriod(asOf, "monthly", "2016-01-01") });
const road = plan.tasks[0]!.targets[0]!;

describe("periods", () => {
  it("knows their dates and which one is due", () => {
    expect(periodRange("2016-06")).toEqual({ period: "2016-06", start: "2016-06-01", end: "2016-06-30" });
    expect(periodRange("2016-Q1")).toEqual({ period: "2016-Q1", start: "2016-01-01", end: "2016-03-31" });
    expect(periodRange("2016-13")).toBeNull();
    expect(duePeriod("2016-07-01", "monthly", "2016-01-01")).toBe("2016-06");
    expect(duePeriod("2016-06-30", "monthly", "2016-01-01")).toBe("2016-06");
    expect(duePeriod("2016-08-15", "quarterly", "2016-01-01")).toBe("2016-Q2");
    expect(duePeriod("2016-01-10", "monthly", "2016-01-01")).toBeNull();
  });
});

describe("target status on a linear trajectory", () => {
  it("is on track at 3500 of 7000 km by July, behind at 1000", () => {
    const on = assessTarget(road, 1, [report("1", "2016-06", { target: 1, value: 3500 })], clock("2016-07-01"));
    expect(on).toMatchObject({ status: "on-track", actual: 3500, lastPeriod: "2016-06" });
    expect(on.expected).toBeCloseTo(7000 * (182 / 365), 3);
    expect(assessTarget(road, 1, [report("1", "2016-06", { target: 1, value: 1000 })], clock("2016-07-01")).status).toBe("behind");
    expect(assessTarget(road, 1, [report("1", "2016-06", { target: 1, value: 2800 })], clock("2016-07-01")).status).toBe("at-risk");
  });

  it("takes the latest cumulative value, ignores reports for periods not begun, and knows achieved and overdue", () => {
    const reports = [report("1", "2016-05", { target: 1, value: 3600 }), report("1", "2016-06", { target: 1, value: 3400 }), report("1", "2016-09", { target: 1, value: 9000 })];
    expect(assessTarget(road, 1, reports, clock("2016-07-01"))).toMatchObject({ actual: 3400, lastPeriod: "2016-06" });
    expect(assessTarget(road, 1, reports, clock("2016-10-01")).status).toBe("achieved");
    expect(assessTarget(road, 1, reports.slice(0, 2), clock("2017-01-05")).status).toBe("overdue");
  });

  it("is not reported when nothing came for the period due", () => {
    expect(assessTarget(road, 1, [], clock("2016-07-01")).status).toBe("not-reported");
    expect(assessTarget(road, 1, [report("1", "2016-05", { target: 1, value: 3000 })], clock("2016-07-01")).status).toBe("not-reported");
  });

  it("works the other way for a limit (<=)", () => {
    const limit = plan.tasks[1]!.targets[0]!;
    expect(limit).toMatchObject({ value: 3, comparator: "<=" });
    expect(assessTarget(limit, 1, [report("2", "2016-06", { target: 1, value: 2 })], clock("2016-07-01")).status).toBe("achieved");
    expect(assessTarget(limit, 1, [report("2", "2016-06", { target: 1, value: 5 })], clock("2016-07-01")).status).toBe("at-risk");
    // From a baseline of 8 days, 5.5 days by July is on the line (8 → 3 over the year).
    expect(assessTarget(limit, 1, [report("2", "2016-06", { target: 1, value: 5.5 })], clock("2016-07-01"), 8)).toMatchObject({ status: "on-track", baseline: 8 });
    expect(assessTarget(limit, 1, [report("2", "2016-06", { target: 1, value: 7.5 })], clock("2016-07-01"), 8).status).toBe("behind");
  });
});

describe("plan status", () => {
  const reports = [
    report("1", "2016-06", { target: 1, value: 3500 }),
    report("1", "2016-06", { target: 2, value: 160 }),
    report("3", "2016-05", { milestone: 1, status: "done", unit: "省发展改革委" }),
    report("4", "2016-06", { status: "at-risk", unit: "省财政厅" }),
  ];
  // Computed in each test, not once here: mutation testing (pnpm mutate) sees only what runs inside a test.
  const statusOf = () => planStatus(plan, reports, { asOf: "2016-07-01" });

  it("gives each task the worst of its items, and tasks without items their own report", () => {
    const status = statusOf();
    expect(status.tasks.map((t) => [t.id, t.status])).toEqual([
      ["1", "on-track"],
      ["2", "not-reported"],
      ["3", "achieved"],
      ["4", "at-risk"],
    ]);
    expect(planStatus(plan, reports.slice(0, 2), { asOf: "2016-07-01" }).tasks[2]!.status).toBe("overdue");
  });

  it("rolls up by plan and by unit as lead and as support", () => {
    const status = statusOf();
    expect(status.overall).toMatchObject({ total: 4, shareOnTrack: 0.5, lagging: ["2", "4"] });
    expect(status.byUnit.filter((u) => u.key === "省财政厅").map((u) => [u.role, u.total])).toEqual([
      ["lead", 1],
      ["support", 1],
    ]);
    expect(status.byUnit.find((u) => u.key === "省交通运输厅")).toMatchObject({ role: "lead", total: 1, counts: { "on-track": 1 } });
  });

  it("asks for no period after the plan's own years: once it is over, its last period stays due", () => {
    expect(planStatus(plan, reports, { asOf: "2016-12-30" }).duePeriod).toBe("2016-11");
    expect(planStatus(plan, reports, { asOf: "2017-02-01" }).duePeriod).toBe("2016-12");
    expect(planStatus(plan, reports, { asOf: "2019-05-01" }).duePeriod).toBe("2016-12");
    expect(reminders(planStatus(plan, reports, { asOf: "2017-02-01" })).every((r) => r.period === "2016-12")).toBe(true);
  });

  it("tells which units owe which reports", () => {
    const status = statusOf();
    expect(reminders(status)).toEqual([
      { unit: "省市场监管局", period: "2016-06", tasks: [{ id: "2", title: "压缩审批时间", lastPeriod: null, items: ["target 1: 企业开办时间压缩至3个工作日以内"] }] },
    ]);
  });

  it("names at most ten of a task's owed targets in each reminder, then how many more", () => {
    const many = parsePlan(`2016年工作要点\n1.建设工程。${Array.from({ length: 25 }, (_, i) => `新建道路${i + 1}公里`).join(",")}。(牵头单位:市交通局、市财政局)\n`);
    const owed = reminders(planStatus(many, [], { asOf: "2016-07-01", baselines: new Map() }));
    expect(owed.map((r) => r.unit)).toEqual(["市交通局", "市财政局"]);
    for (const r of owed) expect(r.tasks[0]!.items).toEqual([...Array.from({ length: 10 }, (_, i) => `target ${i + 1}: 新建道路${i + 1}公里`), "… 15 more targets"]);
  });

  it("renders the 通报 with the lagging tasks named and the units owing", () => {
    const status = statusOf();
    const doc = bulletin(status, reminders(status), NO_SUPERVISION);
    const md = bulletinToMarkdown(doc);
    expect(md).toContain("# 关于\u300A2016年工作要点\u300B落实情况的通报");
    expect(md).toContain("省市场监管局未按期报送2016\u5E746\u6708进展情况");
    expect(bulletinToHtml(doc)).toContain('<td class="light light-grey">未报送</td>');
  });
});

describe("checkProgress", () => {
  const ok = { task: "1", target: 1, unit: "省交通运输厅", period: "2016-06", value: 3500 };

  it("accepts a report by a unit the task names, in any printing", () => {
    expect(checkProgress(plan, ok)).toMatchObject({ task: "1", target: 1, unit: "省交通运输厅" });
    expect(checkProgress(plan, { ...ok, unit: "省交通運輸廳" }).unit).toBe("省交通运输厅");
    expect(checkProgress(plan, { ...ok, unit: "省财政厅" }).unit).toBe("省财政厅");
  });

  it.each([
    [{ ...ok, unit: "省教育厅" }, "progress.unit-not-responsible"],
    [{ ...ok, task: "9" }, "task.not-found"],
    [{ ...ok, target: 5 }, "target.not-found"],
    [{ ...ok, period: "2016-6" }, "progress.invalid"],
    [{ ...ok, value: -1 }, "progress.invalid"],
    [{ ...ok, target: null }, "progress.invalid"],
    [{ ...ok, bogus: 1 }, "progress.invalid"],
  ])("refuses %j with %s", (input, code) => {
    expect(() => checkProgress(plan, input)).toThrow(expect.objectContaining({ code }));
  });

  it("normalises a value as people write it to the target's unit, and refuses another measure", () => {
    expect(checkProgress(plan, { ...ok, value: "1.2万公里" }).value).toBe(12_000);
    expect(checkProgress(plan, { ...ok, value: "\uFF13\uFF0C\uFF15\uFF10\uFF10" }).value).toBe(3500);
    expect(checkProgress(plan, { ...ok, value: "3千米" }).value).toBe(3);
    expect(() => checkProgress(plan, { ...ok, value: "5座" })).toThrow(expect.objectContaining({ code: "value.unit-mismatch", message: expect.stringMatching(/座.*公里/) }));
    expect(() => checkProgress(plan, { ...ok, value: "很多" })).toThrow(expect.objectContaining({ code: "value.invalid", details: expect.objectContaining({ field: "value" }) }));
    expect(() => checkProgress(plan, { ...ok, value: "-5" })).toThrow(expect.objectContaining({ code: "progress.invalid" }));
  });

  it("takes periods within the plan's own years and no others", () => {
    expect(() => checkProgress(plan, { ...ok, target: "0" })).toThrow(/target "0"/);
    expect(() => checkProgress(plan, { ...ok, target: 0 })).toThrow(/target/);
    for (const period of ["2016-01", "2016-Q4", "2016-12"]) expect(checkProgress(plan, { ...ok, period }).period).toBe(period);
    for (const period of ["0000-01", "9999-12", "2015-12", "2017-01"]) {
      expect(() => checkProgress(plan, { ...ok, period })).toThrow(new RegExp(`period: ${period} is outside the years reports are taken for \\(the plan runs 2016\\)`));
    }
  });

  it("refuses a value no target could mean, and a value where there is no measure", () => {
    // 7000公里: 7,000,000 is a thousand times over, a slip of unit.
    expect(() => checkProgress(plan, { ...ok, value: 7_000_001 })).toThrow(/value: 7000001 is not a plausible figure for “新建、改造农村公路7000公里” \(7000公里\); give it in 公里/);
    expect(checkProgress(plan, { ...ok, value: 7_000_000 }).value).toBe(7_000_000);
    expect(() => checkProgress(plan, { ...ok, value: Number.POSITIVE_INFINITY })).toThrow(expect.objectContaining({ code: "progress.invalid" }));
    expect(() => checkProgress(plan, { task: "3", milestone: 1, unit: "省发展改革委", period: "2016-06", value: 5 })).toThrow(/milestone is done or not/);
    expect(() => checkProgress(plan, { task: "4", unit: "省财政厅", period: "2016-06", value: 5 })).toThrow(/task 4 has no numeric target/);
  });

  it("takes a rate up to ten times its target (100 % always), and any plausible year from a plan that names none", () => {
    const rates = parsePlan("工作要点\n1.提高森林覆盖率。森林覆盖率达到35%。(责任单位:市林业局)\n");
    const report = { task: "1", target: 1, unit: "市林业局", period: "2016-06" };
    expect(checkProgress(rates, { ...report, value: 350 }).value).toBe(350);
    expect(() => checkProgress(rates, { ...report, value: 351 })).toThrow(/value: 351 is not a plausible figure for “森林覆盖率达到35%” \(35%\)/);
    expect(() => checkProgress(rates, { ...report, period: "0000-01", value: 30 })).toThrow(/period: 0000-01 is outside the years reports are taken for \(1950–2100\)/);
  });
});
