import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse/plan.js";
import { validatePlan } from "./index.js";

const codes = (text: string) => validatePlan(parsePlan(text)).map((f) => `${f.severity} ${f.code} ${f.task ?? "-"}@${f.line ?? "-"}`);

const doc = (...tasks: string[]) => `2025年工作要点\n2025年是关键之年。\n${tasks.join("\n")}\n`;
const ok = (n: number, extra = "") => `${n}.推进第${n}项工作。${extra}(责任单位:市财政局)`;

describe("validation rules", () => {
  it("finds nothing in a clean plan", () => {
    expect(codes(doc(ok(1), ok(2), ok(3)))).toEqual([]);
  });

  it("task.no-units: a task with no responsibility clause", () => {
    expect(codes(doc(ok(1), "2.推进第2项工作。", ok(3)))).toEqual(["error task.no-units 2@4"]);
  });

  it("task.duplicate-number and task.missing-number", () => {
    // The second task 2 is task "2~2" in the plan: the finding names that task, not the first one.
    expect(codes(doc(ok(1), ok(2), ok(2), ok(3)))).toEqual(["error task.duplicate-number 2~2@5"]);
    expect(codes(doc(ok(1), ok(2), ok(4)))).toEqual(["error task.missing-number 3@5"]);
  });

  it("names a task by its id, which a repeated number makes unique, in every rule and parser note", () => {
    const plan = parsePlan(doc(ok(1), ok(2), "2.。(牵头:某某)", "2.推进工作。新增就业5万以上,新增0个。2026年6月底前完成。(责任单位:市财\n政局)(由市财政局负责统筹的事项)", ok(3)));
    expect(plan.tasks.map((t) => t.id)).toEqual(["1", "2", "2~2", "2~3", "3"]);
    const found = validatePlan(plan).filter((f) => f.code !== "task.missing-number");
    const named = (id: string) =>
      found
        .filter((f) => f.task === id)
        .map((f) => f.code)
        .sort();
    expect(named("2~2")).toEqual(["parse.unread-units", "task.duplicate-number", "task.empty-title", "task.no-units"]);
    expect(named("2~3")).toEqual(["deadline.outside-year", "parse.unread-units", "target.no-unit", "target.non-positive", "task.duplicate-number", "unit.line-break"].sort());
    expect(named("2")).toEqual([]);
    expect(found.find((f) => f.code === "parse.unread-units" && f.task === "2~3")!.message).toMatch(/^任务2~3的.* \/ task 2~3: /);
    const ids = new Set(plan.tasks.map((t) => t.id));
    expect(found.filter((f) => f.task !== null && !ids.has(f.task))).toEqual([]);
  });

  it("task.missing-number: a gap is one finding naming its range, however wide", () => {
    // The parser reads no 13-digit task number; a program may hand validatePlan any plan.
    const plan = parsePlan(doc(ok(1), ok(5), ok(6)));
    const huge = { ...plan.tasks[2]!, id: "1000000000000", number: "1000000000000", path: ["1000000000000"] };
    const found = validatePlan({ ...plan, tasks: [plan.tasks[0]!, plan.tasks[1]!, huge] });
    expect(found.filter((f) => f.code === "task.missing-number").map((f) => [f.task, f.message])).toEqual([
      ["2", "缺少任务2至4(任务5之前) / tasks 2 to 4 are missing (before task 5)"],
      ["6", "缺少任务6至999999999999(任务1000000000000之前) / tasks 6 to 999999999999 are missing (before task 1000000000000)"],
    ]);
  });

  it("numbering may restart under each heading", () => {
    const text = "2025年要点\n前言。\n一、甲\n1.推进甲。(责任单位:市财政局)\n2.推进乙。(责任单位:市财政局)\n二、乙\n1.推进丙。(责任单位:市财政局)\n";
    expect(codes(text)).toEqual([]);
  });

  it("plan.count-mismatch: tasks against the preamble's declaration", () => {
    const text = "2025年要点\n抓好甲、乙两大重点工作三项具体任务。\n" + [ok(1), ok(2)].join("\n");
    expect(codes(text)).toContain("error plan.count-mismatch 2@4");
  });

  it("task.empty-title", () => {
    expect(codes(doc(ok(1), "2.。(责任单位:市财政局)"))).toEqual(["error task.empty-title 2@4"]);
  });

  it("target.no-unit: a scaled quantity with a comparator but no unit", () => {
    expect(codes(doc(ok(1, "新增就业5万以上。")))).toEqual(["warning target.no-unit 1@3"]);
  });

  it("target.non-positive: a target of zero", () => {
    expect(codes(doc(ok(1, "安全事故控制在0起以内,新增0个。")))).toContain("error target.non-positive 1@3");
  });

  it("deadline.outside-year: a date in another year", () => {
    expect(codes(doc(ok(1, "2026年6月底前完成。")))).toEqual(["warning deadline.outside-year 1@3"]);
  });

  it("unit.line-break: a rejoined unit, and one that still looks cut", () => {
    expect(codes(doc("1.推进工作。(责任单位:市财\n政局)"))).toEqual(["info unit.line-break 1@3"]);
    expect(codes(doc("1.推进工作。(责任单位:市财政\n)"))).toEqual([]);
    expect(codes(doc("1.推进工作。(责任单位:市住房和城\n乡建)"))).toEqual(["warning unit.line-break 1@3"]);
  });

  it("sorts errors first, then by line", () => {
    const severities = validatePlan(parsePlan(doc("1.推进工作。(责任单位:市财\n政局)", "2.推进。"))).map((f) => f.severity);
    expect(severities).toEqual(["error", "info"]);
  });
});
