// The checks the office's verbs run before anything is written: a task or target named by a
// person, a baseline, an extension request (延期申请) and a review of a report. Each refusal is a
// PlanError whose code, message and details a front end shows as they are.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse/plan.js";
import { checkBaseline } from "./baseline-check.js";
import { accountableUnits, answersFor, checkExtension } from "./extension-check.js";
import { findTarget } from "./find-target.js";
import { findTask } from "./progress-check.js";
import { checkReview } from "./review-check.js";
import { refusal } from "../test-refusal.js";

const plan = parsePlan(
  [
    "2016年工作要点",
    "一、交通",
    "1.实施农村公路工程。新建、改造农村公路7000公里,改造危桥300座。(牵头单位:省交通运输厅;配合单位:省财政厅)",
    "2.出台工作计划。第二季度制定出台对口支援工作计划。(责任单位:省发展改革委)",
    "二、保障",
    "1.加强组织实施。(配合单位:省财政厅)",
    "2.提升水平。(责任单位:省發展改革委、省发展改革委)",
  ].join("\n"),
);
const [road, planning, support, level] = plan.tasks as [(typeof plan.tasks)[number], (typeof plan.tasks)[number], (typeof plan.tasks)[number], (typeof plan.tasks)[number]];

describe("the plan used here", () => {
  it("has two tasks numbered 1 and two numbered 2, under two headings", () => {
    expect(plan.tasks.map((t) => [t.id, t.number])).toEqual([
      ["一.1", "1"],
      ["一.2", "2"],
      ["二.1", "1"],
      ["二.2", "2"],
    ]);
  });
});

describe("findTask", () => {
  it("finds a task by id, or by a number only one task has", () => {
    expect(findTask(plan, "二.1")).toBe(support);
    const single = parsePlan("2016年要点\n1.推进工作。(责任单位:市财政局)\n2.推进工作。(责任单位:市财政局)\n");
    expect(findTask(single, "2")).toBe(single.tasks[1]);
  });

  it("refuses a number two tasks have, naming their ids", () => {
    expect(refusal(() => findTask(plan, "1"))).toEqual({
      code: "task.not-found",
      message: "任务编号1不唯一,请用任务标识(一.1、二.1) / task number 1 is ambiguous: use its id (一.1, 二.1)",
      details: { task: "1" },
    });
  });

  it("refuses a task the plan does not have", () => {
    expect(refusal(() => findTask(plan, "9"))).toEqual({ code: "task.not-found", message: "计划中没有任务9 / plan has no task 9", details: { task: "9" } });
  });
});

describe("findTarget", () => {
  it("takes a number of 1 or more as given, in digits or text", () => {
    expect(findTarget(road, 2)).toBe(2);
    expect(findTarget(road, "2")).toBe(2);
    expect(findTarget(road, " 1 ")).toBe(1);
    // Checked against the task later, with the rest of the report.
    expect(findTarget(road, 7)).toBe(7);
  });

  it("finds the one target whose text holds the words, in any script", () => {
    expect(findTarget(road, "农村公路")).toBe(1);
    expect(findTarget(road, "農村公路")).toBe(1);
    expect(findTarget(road, "危桥")).toBe(2);
  });

  it("refuses target 0, words no target holds, and words two targets hold, listing the targets", () => {
    const listed = "(1 新建、改造农村公路7000公里; 2 改造危桥300座): give its number or more of its words";
    expect(refusal(() => findTarget(road, 0))).toEqual({ code: "target.not-found", message: `target "0" matches 0 of task 一.1's targets ${listed}`, details: { task: "一.1", target: 0 } });
    expect(refusal(() => findTarget(road, "0")).code).toBe("target.not-found");
    expect(refusal(() => findTarget(road, "隧道"))).toMatchObject({ code: "target.not-found", message: `target "隧道" matches 0 of task 一.1's targets ${listed}` });
    expect(refusal(() => findTarget(road, "改造"))).toEqual({
      code: "target.ambiguous",
      message: `target "改造" matches 2 of task 一.1's targets ${listed}`,
      details: { task: "一.1", target: "改造" },
    });
    expect(refusal(() => findTarget(support, "公路")).message).toBe('target "公路" matches 0 of task 二.1\'s targets (none): give its number or more of its words');
  });
});

describe("checkBaseline", () => {
  it("finds the target by number or words, and reads the value in the target's unit", () => {
    expect(checkBaseline(plan, "一.1", 1, "1.2万公里")).toEqual({ task: "一.1", target: 1, text: "新建、改造农村公路7000公里", unit: "公里", baseline: 12_000 });
    expect(checkBaseline(plan, "一.1", "危桥", 150)).toEqual({ task: "一.1", target: 2, text: "改造危桥300座", unit: "座", baseline: 150 });
  });

  it("refuses a target the task does not have, and a value in another measure", () => {
    expect(refusal(() => checkBaseline(plan, "一.1", 3, 5))).toEqual({
      code: "target.not-found",
      message: "任务一.1只有2项指标 / task 一.1 has 2 target(s), not 3",
      details: { task: "一.1", target: 3 },
    });
    expect(refusal(() => checkBaseline(plan, "一.1", 1, "5座")).code).toBe("value.unit-mismatch");
    expect(refusal(() => checkBaseline(plan, "9", 1, 5)).code).toBe("task.not-found");
  });
});

describe("who answers for a task", () => {
  it("is its lead and responsible units, once each, not its supporting units", () => {
    expect(accountableUnits(road)).toEqual(["省交通运输厅"]);
    expect(accountableUnits(support)).toEqual([]);
    expect(accountableUnits(level)).toEqual(["省发展改革委"]);
    expect(answersFor(road, "省交通运输厅")).toBe("省交通运输厅");
    expect(answersFor(road, "省交通運輸廳")).toBe("省交通运输厅");
    expect(answersFor(road, "省财政厅")).toBeNull();
    expect(answersFor(planning, "省发展改革委")).toBe("省发展改革委");
    expect(answersFor(level, "省發展改革委")).toBe("省发展改革委");
  });
});

describe("checkExtension", () => {
  const none = () => [];
  const ask = (fields: Record<string, unknown>, approved: Parameters<typeof checkExtension>[2] = none) =>
    checkExtension(plan, { task: "一.1", unit: "省交通运输厅", reason: "汛期停工", to: "2017-03-31", ...fields }, approved);

  it("takes a request for the task, a target or a milestone, with the deadline it replaces", () => {
    expect(ask({})).toEqual({ task: "一.1", target: null, milestone: null, unit: "省交通运输厅", reason: "汛期停工", from: "2016-12-31", to: "2017-03-31" });
    expect(ask({ target: "危桥", unit: "省交通運輸廳" })).toMatchObject({ target: 2, milestone: null, unit: "省交通运输厅", from: "2016-12-31" });
    expect(ask({ task: "一.2", milestone: 1, unit: "省发展改革委", to: "2016-09-30" })).toMatchObject({ task: "一.2", target: null, milestone: 1, from: "2016-06-30", to: "2016-09-30" });
  });

  it("asks for a date later than the deadline in force: the document's, or the last approved", () => {
    expect(ask({ to: "2017-01-01" }).from).toBe("2016-12-31");
    expect(refusal(() => ask({ to: "2016-12-31" }))).toEqual({
      code: "request.invalid",
      message: "to: 2016-12-31 does not move the deadline 2016-12-31: ask for a later date",
      details: { field: "to" },
    });
    expect(refusal(() => ask({ to: "2016-12-30" })).message).toBe("to: 2016-12-30 does not move the deadline 2016-12-31: ask for a later date");
    const moved = () => [{ target: null, milestone: null, to: "2017-03-31", decidedAt: "2026-01-01T00:00:00.000Z" }];
    expect(ask({ to: "2017-04-01" }, moved).from).toBe("2017-03-31");
    expect(refusal(() => ask({ to: "2017-03-31" }, moved)).message).toBe("to: 2017-03-31 does not move the deadline 2017-03-31: ask for a later date");
  });

  it("takes any date for a deadline the document does not give", () => {
    const undated = parsePlan("工作要点\n1.推进工作。(责任单位:市财政局)\n");
    expect(checkExtension(undated, { task: "1", unit: "市财政局", reason: "r", to: "1950-01-01" }, none)).toMatchObject({ from: null, to: "1950-01-01" });
  });

  it("refuses a date that is not one, or outside the working years", () => {
    expect(refusal(() => ask({ to: "2017-02-30" }))).toEqual({ code: "request.invalid", message: 'to: "2017-02-30" is not a date (YYYY-MM-DD)', details: { field: "to" } });
    expect(refusal(() => ask({ to: "2101-01-01" })).message).toBe("to: 2101-01-01 is outside the years plan works with (1950–2100)");
  });

  it("refuses a unit that does not answer for the task, naming those that do", () => {
    expect(refusal(() => ask({ unit: "省财政厅" }))).toEqual({
      code: "progress.unit-not-responsible",
      message: "省财政厅 does not answer for task 一.1 (its lead or responsible units: 省交通运输厅)",
      details: { task: "一.1", unit: "省财政厅" },
    });
    expect(refusal(() => ask({ task: "二.1", unit: "省财政厅" })).message).toBe("省财政厅 does not answer for task 二.1 (its lead or responsible units: none)");
    expect(refusal(() => ask({ task: "二.2", unit: "省财政厅" })).message).toBe("省财政厅 does not answer for task 二.2 (its lead or responsible units: 省发展改革委)");
    expect(refusal(() => ask({ unit: undefined }))).toEqual({ code: "request.invalid", message: "unit: say which unit asks", details: { field: "unit" } });
  });

  it("refuses an item the task does not have, and a request for two items", () => {
    expect(refusal(() => ask({ target: 3 }))).toEqual({ code: "target.not-found", message: "task 一.1 has 2 target(s), not 3", details: { task: "一.1", target: 3 } });
    expect(ask({ target: 2 }).target).toBe(2);
    expect(refusal(() => ask({ milestone: 1 }))).toEqual({ code: "milestone.not-found", message: "task 一.1 has 0 milestone(s), not 1", details: { task: "一.1", milestone: 1 } });
    expect(refusal(() => ask({ task: "一.2", unit: "省发展改革委", milestone: 2 })).message).toBe("task 一.2 has 1 milestone(s), not 2");
    expect(refusal(() => ask({ target: 1, milestone: 1 }))).toEqual({
      code: "request.invalid",
      message: "an extension is for the task, a target or a milestone, not two",
      details: { field: "target" },
    });
  });

  it("refuses a request that is not one, naming the field", () => {
    expect(refusal(() => ask({ reason: " " }))).toEqual({ code: "request.invalid", message: "reason: say why the deadline should move", details: { field: "reason" } });
    expect(refusal(() => ask({ bogus: 1 })).details).toEqual({ field: "request" });
    expect(refusal(() => checkExtension(plan, null, none))).toMatchObject({ code: "request.invalid", message: expect.stringMatching(/^request: /), details: { field: "request" } });
    expect(refusal(() => ask({ task: "9" })).code).toBe("task.not-found");
  });
});

describe("checkReview", () => {
  const at = "2026-02-01T00:00:00.000Z";

  it("accepts a report, with or without a note", () => {
    expect(checkReview({ decision: "accept" }, "admin", at)).toEqual({ state: "accepted", reason: null, by: "admin", at });
    expect(checkReview({ decision: "accept", reason: "好" }, "admin", at)).toEqual({ state: "accepted", reason: "好", by: "admin", at });
    expect(checkReview({ decision: "accept", reason: "" }, "admin", at).reason).toBeNull();
  });

  it("returns a report only with a reason its unit can act on", () => {
    expect(checkReview({ decision: "return", reason: "缺少佐证材料" }, "admin", at)).toEqual({ state: "returned", reason: "缺少佐证材料", by: "admin", at });
    const missing = { code: "request.invalid", message: "reason: a returned report needs a reason its unit can act on", details: { field: "reason" } };
    expect(refusal(() => checkReview({ decision: "return" }, "admin", at))).toEqual(missing);
    expect(refusal(() => checkReview({ decision: "return", reason: "  " }, "admin", at))).toEqual(missing);
  });

  it("refuses a decision that is not one, naming the field", () => {
    expect(refusal(() => checkReview({ decision: "maybe" }, "admin", at))).toMatchObject({ code: "request.invalid", message: expect.stringMatching(/^decision: /), details: { field: "decision" } });
    expect(refusal(() => checkReview(null, "admin", at))).toMatchObject({ code: "request.invalid", message: expect.stringMatching(/^decision: /), details: { field: "decision" } });
    expect(refusal(() => checkReview({ decision: "accept", extra: 1 }, "admin", at)).details).toEqual({ field: "decision" });
  });
});
