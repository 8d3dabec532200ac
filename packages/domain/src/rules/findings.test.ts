// What each rule tells a person, in full: the code, the severity, the message in both languages
// and where it points (task, line, column); and the declaration checks at and around each count.
import { describe, expect, it } from "vitest";
import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import { parsePlan } from "../parse/plan.js";
import { countAgainstDeclaration } from "./counts.js";
import { deadlineOutsideYear } from "./deadlines.js";
import { finding } from "./finding.js";
import { RULES, validatePlan } from "./index.js";
import { duplicateTaskNumber, missingTaskNumber } from "./numbers.js";
import { nonPositiveTarget, targetWithoutUnit } from "./targets.js";
import { emptyTitle } from "./titles.js";
import { taskWithoutUnits, unitBrokenByLineBreak } from "./units.js";

// Two focus areas of one and two tasks, and a guarantee of one: 3 tasks and 1 guarantee, as declared.
const declared = parsePlan(
  [
    "2016年工作要点",
    "抓好交通、产业两大重点工作三项具体任务,强化一个保障。",
    "一、交通",
    "1.推进甲。(责任单位:市财政局)",
    "二、产业",
    "1.推进乙。(责任单位:市财政局)",
    "2.推进丙。(责任单位:市财政局)",
    "三、强化保障",
    "1.加强组织。(责任单位:市财政局)",
  ].join("\n"),
);
const declaring = (fields: Partial<Plan["declared"]>, plan: Plan = declared): Plan => ({ ...plan, declared: { ...plan.declared, ...fields } });
const messages = (found: Finding[]) => found.map((f) => f.message);

describe("the declaration checked", () => {
  it("reads as declared: two focus areas, three tasks and one guarantee", () => {
    expect(declared.declared).toEqual({ areas: ["交通", "产业"], tasks: 3, guarantees: 1 });
    expect(declared.areas.map((a) => [a.kind, a.tasks.length])).toEqual([
      ["focus", 1],
      ["focus", 2],
      ["guarantee", 1],
    ]);
    expect(countAgainstDeclaration(declared)).toEqual([]);
  });

  it("takes the guarantee tasks counted inside the declared tasks or on top of them", () => {
    expect(countAgainstDeclaration(declaring({ tasks: 4 }))).toEqual([]);
    expect(countAgainstDeclaration(declaring({ tasks: 3 }))).toEqual([]);
  });

  it("finds a count of tasks that is neither, at the last task", () => {
    expect(countAgainstDeclaration(declaring({ tasks: 2 }))).toEqual([
      {
        code: "plan.count-mismatch",
        severity: "error",
        message: "前言写明2项任务和1项保障,文中有4项 / the preamble declares 2 tasks and 1 guarantees but the document has 4",
        task: "三.1",
        line: 9,
        column: 1,
      },
    ]);
    expect(messages(countAgainstDeclaration(declaring({ tasks: 5 })))).toEqual(["前言写明5项任务和1项保障,文中有4项 / the preamble declares 5 tasks and 1 guarantees but the document has 4"]);
  });

  it("counts tasks alone when no guarantee is declared", () => {
    expect(messages(countAgainstDeclaration(declaring({ tasks: 3, guarantees: null })))).toEqual(["前言写明3项任务,文中有4项 / the preamble declares 3 tasks but the document has 4"]);
    expect(countAgainstDeclaration(declaring({ tasks: 4, guarantees: null }))).toEqual([]);
  });

  it("finds a count of guarantees the guarantee areas do not hold", () => {
    expect(countAgainstDeclaration(declaring({ tasks: 2, guarantees: 2 }))).toEqual([
      {
        code: "plan.count-mismatch",
        severity: "error",
        message: "前言写明2项保障,文中有1项 / the preamble declares 2 guarantees but the document has 1",
        task: "三.1",
        line: 9,
        column: 1,
      },
    ]);
    expect(countAgainstDeclaration(declaring({ tasks: 4, guarantees: 0 })).map((f) => f.message)).toEqual(["前言写明0项保障,文中有1项 / the preamble declares 0 guarantees but the document has 1"]);
  });

  it("does not count guarantees in a plan without areas", () => {
    const flat = parsePlan("2016年工作要点\n1.推进甲。(责任单位:市财政局)\n2.推进乙。(责任单位:市财政局)\n");
    expect(flat.areas).toEqual([]);
    expect(countAgainstDeclaration(declaring({ tasks: 2, guarantees: 1, areas: null }, flat))).toEqual([]);
  });

  it("finds a count of areas the focus areas do not match", () => {
    expect(countAgainstDeclaration(declaring({ areas: ["交通", "产业", "民生"] }))).toEqual([
      {
        code: "plan.count-mismatch",
        severity: "error",
        message: "前言写明3个领域,文中有2个 / the preamble declares 3 areas but the document has 2",
        task: "三.1",
        line: 9,
        column: 1,
      },
    ]);
    expect(messages(countAgainstDeclaration(declaring({ areas: ["交通"] })))).toEqual(["前言写明1个领域,文中有2个 / the preamble declares 1 areas but the document has 2"]);
    expect(countAgainstDeclaration(declaring({ areas: null }))).toEqual([]);
  });

  it("points nowhere in a plan without tasks", () => {
    expect(countAgainstDeclaration(declaring({ tasks: 1, guarantees: null, areas: null }, { ...declared, tasks: [] }))).toEqual([
      {
        code: "plan.count-mismatch",
        severity: "error",
        message: "前言写明1项任务,文中有0项 / the preamble declares 1 tasks but the document has 0",
        task: null,
        line: null,
        column: null,
      },
    ]);
  });
});

const doc = (...tasks: string[]) => parsePlan(`2025年工作要点\n2025年是关键之年。\n${tasks.join("\n")}\n`);

describe("each rule's finding, in full", () => {
  it("task.no-units", () => {
    expect(taskWithoutUnits(doc("1.推进工作。(责任单位:市财政局)", "2.推进工作。"))).toEqual([
      { code: "task.no-units", severity: "error", message: "任务2没有责任单位 / task 2 names no responsible unit", task: "2", line: 4, column: 1 },
    ]);
  });

  it("task.duplicate-number and task.missing-number, a single number and a range", () => {
    const plan = doc("1.推进。(责任单位:市财政局)", "1.推进。(责任单位:市财政局)", "3.推进。(责任单位:市财政局)", "6.推进。(责任单位:市财政局)");
    expect(duplicateTaskNumber(plan)).toEqual([
      { code: "task.duplicate-number", severity: "error", message: "任务编号1重复(1~2) / task number 1 is used twice (1~2)", task: "1~2", line: 4, column: 1 },
    ]);
    expect(missingTaskNumber(plan)).toEqual([
      { code: "task.missing-number", severity: "error", message: "缺少任务2(任务3之前) / task 2 is missing (before task 3)", task: "2", line: 5, column: 1 },
      { code: "task.missing-number", severity: "error", message: "缺少任务4至5(任务6之前) / tasks 4 to 5 are missing (before task 6)", task: "4", line: 6, column: 1 },
    ]);
  });

  it("task.missing-number names the missing task under its headings", () => {
    const plan = parsePlan("2016年要点\n一、甲\n1.推进甲。(责任单位:市财政局)\n3.推进乙。(责任单位:市财政局)\n");
    expect(missingTaskNumber(plan).map((f) => [f.task, f.message])).toEqual([["一.2", "缺少任务2(任务一.3之前) / task 2 is missing (before task 一.3)"]]);
  });

  it("numbering restarts at 1 under a new heading, and carries on under it otherwise", () => {
    const restart = parsePlan("2016年要点\n一、甲\n1.推进。(责任单位:市财政局)\n2.推进。(责任单位:市财政局)\n二、乙\n1.推进。(责任单位:市财政局)\n");
    expect([...duplicateTaskNumber(restart), ...missingTaskNumber(restart)]).toEqual([]);
    const carry = parsePlan("2016年要点\n一、甲\n1.推进。(责任单位:市财政局)\n2.推进。(责任单位:市财政局)\n二、乙\n3.推进。(责任单位:市财政局)\n");
    expect([...duplicateTaskNumber(carry), ...missingTaskNumber(carry)]).toEqual([]);
    // Under a new heading a list that does not restart carries on: 2 again is a duplicate.
    const again = parsePlan("2016年要点\n一、甲\n1.推进。(责任单位:市财政局)\n2.推进。(责任单位:市财政局)\n二、乙\n2.推进。(责任单位:市财政局)\n");
    expect(duplicateTaskNumber(again).map((f) => f.task)).toEqual(["二.2"]);
  });

  it("passes over tasks whose number is not a numeral, however many", () => {
    const plan = doc("1.推进。(责任单位:市财政局)", "2.推进。(责任单位:市财政局)");
    const [one, two] = plan.tasks as [(typeof plan.tasks)[number], (typeof plan.tasks)[number]];
    const lettered = { ...plan, tasks: [one, { ...two, id: "甲", number: "甲", path: ["甲"] }, { ...two, id: "甲~2", number: "甲", path: ["甲"] }, two] };
    expect([...duplicateTaskNumber(lettered), ...missingTaskNumber(lettered)]).toEqual([]);
    // Nor does such a task fill a gap, or hide one: 2 and 3 are missing before 4.
    const mixed = { ...plan, tasks: [one, { ...two, id: "2a", number: "2a", path: ["2a"] }, { ...two, id: "a3", number: "a3", path: ["a3"] }, { ...two, id: "4", number: "4", path: ["4"] }] };
    expect(missingTaskNumber(mixed).map((f) => f.task)).toEqual(["2"]);
  });

  it("task.duplicate-number: a list that goes back to 1 under the same heading repeats it", () => {
    expect(duplicateTaskNumber(doc("1.推进。(责任单位:市财政局)", "2.推进。(责任单位:市财政局)", "1.推进。(责任单位:市财政局)")).map((f) => f.task)).toEqual(["1~2"]);
  });

  it("task.empty-title, blank or empty", () => {
    expect(emptyTitle(doc("1.推进工作。(责任单位:市财政局)", "2.。(责任单位:市财政局)"))).toEqual([
      { code: "task.empty-title", severity: "error", message: "任务2没有标题 / task 2 has an empty title", task: "2", line: 4, column: 1 },
    ]);
    const plan = doc("1.推进工作。(责任单位:市财政局)");
    expect(emptyTitle({ ...plan, tasks: [{ ...plan.tasks[0]!, title: " \u3000" }] }).map((f) => f.code)).toEqual(["task.empty-title"]);
  });

  it("target.non-positive and target.no-unit", () => {
    const plan = doc("1.推进工作。新增0个,新增就业5万以上。(责任单位:市财政局)");
    expect(nonPositiveTarget(plan)).toEqual([
      {
        code: "target.non-positive",
        severity: "error",
        message: '任务1的指标\u201C新增0个\u201D数值不为正 / task 1: target "新增0个" is not a positive number',
        task: "1",
        line: 3,
        column: expect.any(Number),
      },
    ]);
    expect(targetWithoutUnit(plan)).toEqual([
      {
        code: "target.no-unit",
        severity: "warning",
        message: '任务1的指标\u201C新增就业5万以上\u201D没有计量单位 / task 1: target "新增就业5万以上" has no unit of measure',
        task: "1",
        line: 3,
        column: expect.any(Number),
      },
    ]);
  });

  it("deadline.outside-year, as the document writes the date, or the date when it writes none", () => {
    const plan = doc("1.推进工作。2026年6月底前完成。(责任单位:市财政局)");
    expect(deadlineOutsideYear(plan)).toEqual([
      {
        code: "deadline.outside-year",
        severity: "warning",
        message: '任务1的期限\u201C2026年6月底前\u201D不在2025年内 / task 1: deadline "2026年6月底前" falls outside the plan year 2025',
        task: "1",
        line: 3,
        column: 8,
      },
    ]);
    // The task's own deadline, at the task's place.
    const task = { ...plan.tasks[0]!, targets: [], milestones: [] };
    const own = (deadline: { text: string | null; date: string | null }, year: number | null = 2025) => deadlineOutsideYear({ ...plan, year, tasks: [{ ...task, deadline }] });
    expect(own({ text: null, date: "2026-06-30" })).toEqual([
      {
        code: "deadline.outside-year",
        severity: "warning",
        message: '任务1的期限\u201C2026-06-30\u201D不在2025年内 / task 1: deadline "2026-06-30" falls outside the plan year 2025',
        task: "1",
        line: 3,
        column: 1,
      },
    ]);
    expect(messages(own({ text: "明年年中", date: "2026-06-30" }))).toEqual(['任务1的期限\u201C明年年中\u201D不在2025年内 / task 1: deadline "明年年中" falls outside the plan year 2025']);
    expect(own({ text: null, date: "2026-06-30" }, null)).toEqual([]);
    expect(own({ text: null, date: null })).toEqual([]);
    expect(own({ text: null, date: "2025-12-31" })).toEqual([]);
  });

  it("unit.line-break: rejoined and whole (info), or perhaps cut (warning), a trailing bracket left out", () => {
    expect(unitBrokenByLineBreak(doc("1.推进工作。(责任单位:市财\n政局)"))).toEqual([
      {
        code: "unit.line-break",
        severity: "info",
        message: '任务1的单位\u201C市财政局\u201D跨行,已接合 / task 1: unit "市财政局" ran across a line break and was rejoined',
        task: "1",
        line: 3,
        column: expect.any(Number),
      },
    ]);
    expect(unitBrokenByLineBreak(doc("1.推进工作。(责任单位:市住房和城\n乡建)"))).toEqual([
      {
        code: "unit.line-break",
        severity: "warning",
        message: '任务1的单位\u201C市住房和城乡建\u201D跨行,名称可能不完整 / task 1: unit "市住房和城乡建" ran across a line break and may be cut',
        task: "1",
        line: 3,
        column: expect.any(Number),
      },
    ]);
  });

  it("unit.line-break judges the name before a trailing bracket, and only a trailing one", () => {
    const plan = doc("1.推进工作。(责任单位:市财\n政局)");
    const task = plan.tasks[0]!;
    const named = (name: string, group = false) => unitBrokenByLineBreak({ ...plan, tasks: [{ ...task, units: [{ ...task.units[0]!, name, group, joined: true }] }] }).map((f) => f.severity);
    expect(named("市财政局(办公室)")).toEqual(["info"]);
    expect(named("市财政局\uFF08办公室\uFF09")).toEqual(["info"]);
    expect(named("市财政局(办公")).toEqual(["warning"]);
    expect(named("市财政局()")).toEqual(["info"]);
    expect(named("市财政(局)")).toEqual(["warning"]);
    expect(named("市财政(局)(室)")).toEqual(["warning"]);
    expect(named("局财政")).toEqual(["warning"]);
    expect(named("有关单位和个人", true)).toEqual(["info"]);
    expect(named("有关单位和个人")).toEqual(["warning"]);
  });
});

describe("validatePlan", () => {
  it("runs every rule, the parser's notes first", () => {
    expect(RULES).toHaveLength(10);
    const plan = doc("1.推进工作。(责任单位:市财政局)");
    const note = finding("parse.unread-units", "warning", "读", "read", { task: "1", line: 3, column: 1 });
    expect(validatePlan({ ...plan, notes: [note] })).toEqual([note]);
  });

  it("orders errors, then warnings, then information; each by line, then column; those without a place first", () => {
    const plan = doc("1.推进工作。(责任单位:市财政局)");
    const at = (severity: "error" | "warning" | "info", line: number | null, column: number | null) => finding("parse.unread-units", severity, `${severity}${line}:${column}`, "x", { line, column });
    const notes = [at("info", 1, 1), at("info", 1, 5), at("warning", 5, 1), at("error", 9, 2), at("error", 9, 1), at("warning", 2, 7), at("error", 3, null), at("error", null, 4), at("warning", 2, 3)];
    expect(validatePlan({ ...plan, notes }).map((f) => f.message.split(" / ")[0])).toEqual([
      "errornull:4",
      "error3:null",
      "error9:1",
      "error9:2",
      "warning2:3",
      "warning2:7",
      "warning5:1",
      "info1:1",
      "info1:5",
    ]);
  });
});

describe("finding", () => {
  it("writes both languages and places what is not given as null", () => {
    expect(finding("task.no-units", "error", "中", "en")).toEqual({ code: "task.no-units", severity: "error", message: "中 / en", task: null, line: null, column: null });
    expect(finding("task.no-units", "info", "中", "en", { task: "2", line: 4, column: 0 })).toEqual({ code: "task.no-units", severity: "info", message: "中 / en", task: "2", line: 4, column: 0 });
  });
});
