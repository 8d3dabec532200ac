// checkProgress at each of its refusals: the code, the message a unit reads and the field a front
// end marks, and the reports just inside each rule that must be taken as they are.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse/plan.js";
import { checkProgress, findTask } from "./progress-check.js";
import { refusal } from "../test-refusal.js";

const plan = parsePlan(
  [
    "2016年工作要点",
    "1.实施农村公路工程。新建、改造农村公路7000公里,改造危桥300座。(牵头单位:省交通运输厅;配合单位:省财政厅)",
    "2.提高覆盖率。森林覆盖率达到35%。(责任单位:省发展改革委(苏区办))",
    "3.出台工作计划。第二季度制定出台对口支援工作计划。(责任单位:省发展改革委)",
    "4.加强组织实施。2017年底前完成。(责任单位:有关设区市、省财政厅)",
    "5.新增项目。新增0个。(责任单位:市财政局)",
    "6.加强组织。(责任单位:市财政局)",
    "7.扩大就业。新增就业5万以上。(责任单位:市人社局)",
  ].join("\n"),
);

const road = { task: "1", unit: "省交通运输厅", period: "2016-06" };
const check = (fields: Record<string, unknown>) => checkProgress(plan, { ...road, ...fields });

describe("the plan used here", () => {
  it("runs 2016–2017, and its tasks have two targets, one, a milestone, a later milestone, a zero target, nothing, and a target without a measure", () => {
    expect(plan.tasks.map((t) => [t.id, t.targets.map((x) => `${x.value}${x.unit}`), t.milestones.length])).toEqual([
      ["1", ["7000公里", "300座"], 0],
      ["2", ["35%"], 0],
      ["3", [], 1],
      ["4", [], 1],
      ["5", ["0个"], 0],
      ["6", [], 0],
      ["7", ["50000"], 0],
    ]);
    expect(plan.tasks[1]!.units.map((u) => [u.name, u.unit])).toEqual([["省发展改革委(苏区办)", "省发展改革委"]]);
  });
});

describe("findTask", () => {
  it("finds a task by a number only one task has, when its id is another", () => {
    const headed = parsePlan("2016年要点\n一、甲\n1.推进甲。(责任单位:市财政局)\n2.推进乙。(责任单位:市财政局)\n二、乙\n1.推进丙。(责任单位:市财政局)\n");
    expect(findTask(headed, "2").id).toBe("一.2");
    expect(findTask(headed, "二.1").id).toBe("二.1");
  });
});

describe("checkProgress refuses", () => {
  it("a report that is not one, naming the field, nested or not", () => {
    expect(refusal(() => check({ period: "2016-13" }))).toEqual({
      code: "progress.invalid",
      message: "period: a period is YYYY-MM (2016-06) or YYYY-Qn (2016-Q2)",
      details: { field: "period" },
    });
    expect(refusal(() => check({ value: 5, target: 1, evidence: ["not a link"] }))).toMatchObject({
      code: "progress.invalid",
      message: expect.stringMatching(/^evidence\.0: /),
      details: { field: "evidence.0" },
    });
    expect(refusal(() => checkProgress(plan, null))).toMatchObject({ code: "progress.invalid", message: expect.stringMatching(/^report: /), details: { field: "" } });
  });

  it("a unit of characters nobody sees", () => {
    expect(refusal(() => check({ unit: "\u200B", value: 5 }))).toEqual({ code: "progress.invalid", message: "unit: empty: say which unit reports", details: { field: "unit" } });
  });

  it("a report on a target and a milestone at once", () => {
    expect(refusal(() => checkProgress(plan, { task: "3", unit: "省发展改革委", period: "2016-06", target: 1, milestone: 1, status: "done" }))).toEqual({
      code: "progress.invalid",
      message: "a report is for a target or for a milestone, not both",
      details: { field: "target" },
    });
  });

  it("a target or a milestone the task does not have", () => {
    expect(refusal(() => check({ target: 3, value: 5 }))).toEqual({
      code: "target.not-found",
      message: "任务1只有2项指标 / task 1 has 2 target(s), not 3",
      details: { task: "1", target: 3 },
    });
    expect(refusal(() => checkProgress(plan, { task: "3", unit: "省发展改革委", period: "2016-06", milestone: 2, status: "done" }))).toEqual({
      code: "milestone.not-found",
      message: "task 3 has 1 milestone(s), not 2",
      details: { task: "3", milestone: 2 },
    });
    expect(checkProgress(plan, { task: "3", unit: "省发展改革委", period: "2016-06", milestone: 1, status: "done" })).toMatchObject({ milestone: 1, target: null, value: null });
  });

  it("a value on a task of two targets that does not say which", () => {
    expect(refusal(() => check({ value: 5 }))).toEqual({ code: "progress.invalid", message: "task 1 has 2 targets: say which with --target 1…2", details: { field: "target" } });
    // A milestone named is not a target left out: it is refused as a milestone the task lacks.
    expect(refusal(() => check({ milestone: 1, value: 5 })).code).toBe("milestone.not-found");
  });

  it("a value on the milestone of a task of one target, rather than taking it for the target", () => {
    const [, rate, milestone] = plan.tasks as unknown as [unknown, (typeof plan.tasks)[number], (typeof plan.tasks)[number]];
    const both = { ...plan, tasks: [{ ...rate, milestones: milestone.milestones }] };
    expect(refusal(() => checkProgress(both, { task: "2", unit: "省发展改革委", period: "2016-06", milestone: 1, value: 5 }))).toEqual({
      code: "progress.invalid",
      message: "a milestone is done or not: report its status, not a value",
      details: { field: "value" },
    });
    expect(checkProgress(both, { task: "2", unit: "省发展改革委", period: "2016-06", value: 5 })).toMatchObject({ target: 1, milestone: null, value: 5 });
  });

  it("a second target of a task of one, rather than taking it as the first", () => {
    expect(refusal(() => checkProgress(plan, { task: "2", unit: "省发展改革委", period: "2016-06", target: 2, value: 5 }))).toEqual({
      code: "target.not-found",
      message: "任务2只有1项指标 / task 2 has 1 target(s), not 2",
      details: { task: "2", target: 2 },
    });
  });

  it("a report on a target without a value, and a report with neither value nor status", () => {
    expect(refusal(() => check({ target: 1, status: "on-track" }))).toEqual({ code: "progress.invalid", message: "a report on a target needs a value", details: { field: "value" } });
    expect(refusal(() => checkProgress(plan, { task: "6", unit: "市财政局", period: "2016-06" }))).toEqual({
      code: "progress.invalid",
      message: "a report needs a value or a status",
      details: { field: "value" },
    });
  });

  it("a unit the task does not name, listing the units it does", () => {
    expect(refusal(() => check({ unit: "省教育厅", target: 1, value: 5 }))).toEqual({
      code: "progress.unit-not-responsible",
      message: "\u201C省教育厅\u201D不是任务1的责任单位 / 省教育厅 is not responsible for task 1 (its units: 省交通运输厅、省财政厅)",
      details: { task: "1", unit: "省教育厅" },
    });
  });

  it("a value where there is no measure: on a milestone, or on a task without targets", () => {
    expect(refusal(() => checkProgress(plan, { task: "3", unit: "省发展改革委", period: "2016-06", milestone: 1, value: 5 }))).toEqual({
      code: "progress.invalid",
      message: "a milestone is done or not: report its status, not a value",
      details: { field: "value" },
    });
    expect(refusal(() => checkProgress(plan, { task: "6", unit: "市财政局", period: "2016-06", value: 5 }))).toEqual({
      code: "progress.invalid",
      message: "task 6 has no numeric target: report a status, not a value",
      details: { field: "value" },
    });
  });

  it("a period outside the plan's years, naming them", () => {
    expect(refusal(() => check({ target: 1, value: 5, period: "2018-01" }))).toEqual({
      code: "progress.invalid",
      message: "period: 2018-01 is outside the years reports are taken for (the plan runs 2016\u20132017)",
      details: { field: "period", period: "2018-01", planYears: { first: 2016, last: 2017 } },
    });
    expect(check({ target: 1, value: 5, period: "2017-12" }).period).toBe("2017-12");
    const single = parsePlan("2016年工作要点\n1.推进工作。(责任单位:市财政局)\n");
    expect(refusal(() => checkProgress(single, { task: "1", unit: "市财政局", period: "2017-01", status: "on-track" })).message).toBe(
      "period: 2017-01 is outside the years reports are taken for (the plan runs 2016)",
    );
    const undated = parsePlan("工作要点\n1.推进工作。(责任单位:市财政局)\n");
    expect(refusal(() => checkProgress(undated, { task: "1", unit: "市财政局", period: "1949-12", status: "on-track" }))).toEqual({
      code: "progress.invalid",
      message: "period: 1949-12 is outside the years reports are taken for (1950\u20132100)",
      details: { field: "period", period: "1949-12" },
    });
  });

  it("a negative value, and takes zero", () => {
    expect(refusal(() => check({ target: 1, value: "-5" }))).toEqual({
      code: "progress.invalid",
      message: "value: -5 is negative; a report gives the cumulative figure achieved",
      details: { field: "value" },
    });
    expect(check({ target: 1, value: 0 }).value).toBe(0);
  });

  it("a value no target could mean, naming the target and its measure", () => {
    expect(refusal(() => check({ target: 2, value: 300_001 }))).toEqual({
      code: "progress.invalid",
      message: "value: 300001 is not a plausible figure for \u201C改造危桥300座\u201D (300座); give it in 座",
      details: { field: "value", task: "1", target: 2 },
    });
    expect(check({ target: 2, value: 300_000 }).value).toBe(300_000);
    expect(refusal(() => checkProgress(plan, { task: "7", unit: "市人社局", period: "2016-06", value: 50_000_001 })).message).toBe(
      "value: 50000001 is not a plausible figure for \u201C新增就业5万以上\u201D (50000); give it in the target's measure",
    );
  });
});

describe("checkProgress takes", () => {
  it("a report by a sub-office's printing or by the unit it means", () => {
    const rate = { task: "2", period: "2016-06", value: 30 };
    expect(checkProgress(plan, { ...rate, unit: "省发展改革委(苏区办)" }).unit).toBe("省发展改革委");
    expect(checkProgress(plan, { ...rate, unit: "省发展改革委" }).unit).toBe("省发展改革委");
  });

  it("a value on a task of one target as a report on that target", () => {
    expect(checkProgress(plan, { task: "2", unit: "省发展改革委", period: "2016-06", value: "30%" })).toMatchObject({ task: "2", target: 1, value: 30 });
  });

  it("a status alone on a task of one or two targets, for the task itself", () => {
    expect(checkProgress(plan, { task: "2", unit: "省发展改革委", period: "2016-06", status: "at-risk" })).toMatchObject({ target: null, value: null, status: "at-risk" });
    expect(check({ status: "behind" })).toMatchObject({ target: null, value: null, status: "behind" });
  });

  it("a status on a task without targets", () => {
    expect(checkProgress(plan, { task: "6", unit: "市财政局", period: "2016-06", status: "on-track" })).toMatchObject({ task: "6", target: null, milestone: null, value: null, status: "on-track" });
  });

  it("any plausible value on a target of zero: there is no multiple of it to compare", () => {
    expect(checkProgress(plan, { task: "5", unit: "市财政局", period: "2016-06", value: 5 })).toMatchObject({ target: 1, value: 5 });
  });
});
