// The parser says where it had to guess or gave up, as located findings.
import { describe, expect, it } from "vitest";
import { validatePlan } from "../rules/index.js";
import { noTasksReason } from "./no-tasks.js";
import { parsePlan } from "./plan.js";
import { FORMS } from "./test-helpers.js";

describe.each(FORMS)("parser notes %s", (_name, form) => {
  it("notes a bracket that reads like a responsibility clause but gave no unit, where it stands", () => {
    const plan = parsePlan(form("2025年要点\n1.推进某项工作。(此项工作需要有关单位共同研究)\n2.建成大桥1座。(责任单位:市交通局)\n"));
    expect(plan.notes.map(({ code, task, line, column }) => ({ code, task, line, column }))).toEqual([{ code: "parse.unread-units", task: "1", line: 2, column: 10 }]);
    expect(validatePlan(plan).map((f) => f.code)).toContain("parse.unread-units");
  });

  it("notes a table header whose columns it could not map, and still reads the rest", () => {
    const plan = parsePlan(form("2025年要点\n序号\t工作类目\t经办人\t说明\n1\t某事\t某人\t无\n1.建成大桥1座。(责任单位:市交通局)\n"));
    expect(plan.notes.map(({ code, line }) => ({ code, line }))).toEqual([{ code: "parse.unmapped-table", line: 2 }]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["建成大桥1座"]);
  });
});

describe.each(FORMS)("why a document gave no task %s", (_name, form) => {
  it("says what was expected, or where the parser gave up", () => {
    expect(noTasksReason(parsePlan(form("某局工作总结\n今年工作很好。\n")))).toMatch(/no numbered tasks found \(expected lines such as/);
    expect(noTasksReason(parsePlan(form("2025年要点\n序号\t工作类目\t经办人\t说明\n1\t某事\t某人\t无\n")))).toBe(
      "no numbered tasks found (line 2 looks like a table header (序号 | 工作类目 | 经办人 | 说明) but no task column was recognised; name the columns with --columns)",
    );
  });
});
