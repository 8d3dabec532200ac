import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan.js";
import { FORMS, oneTask } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width); names
// come back as printed, so an expected name goes through the same form.
describe.each(FORMS)("responsibility clauses %s", (_name, form) => {
  const task = (body: string, clause = "(责任单位:市财政局)") => oneTask(form(body), form(clause));
  const unitsOf = (clause: string) => task("推进某项工作。", clause).units.map(({ name, role, group }) => ({ name, role, group }));

  it("reads a trailing 责任单位 clause, full-width or ASCII punctuation", () => {
    expect(unitsOf("(责任单位:市水利局、市住房城乡建设局,市财政局)")).toEqual([
      { name: "市水利局", role: "responsible", group: false },
      { name: "市住房城乡建设局", role: "responsible", group: false },
      { name: "市财政局", role: "responsible", group: false },
    ]);
    expect(unitsOf("(責任單位:市水利局)").map((u) => u.name)).toEqual(["市水利局"]);
  });

  it("keeps brackets inside a name and does not split at the 、 they hold", () => {
    expect(unitsOf("(牽頭單位:市文化廣電旅遊局;責任單位:各縣(市、區)人民政府、省發展改革委(蘇區辦))")).toEqual([
      { name: "市文化廣電旅遊局", role: "lead", group: false },
      { name: form("各縣(市、區)人民政府"), role: "responsible", group: true },
      { name: form("省發展改革委(蘇區辦)"), role: "responsible", group: false },
    ]);
  });

  it("reads a bracket that opens with another field (a person, a deadline) to its closing bracket, which no name keeps", () => {
    const named = (clause: string) => unitsOf(clause).map((u) => `${u.role}:${u.name}`);
    expect(named("(责任领导:张某;牵头单位:区发改局)")).toEqual(["lead:区发改局"]);
    expect(named("(责任领导:张某;牵头单位:区城管局;责任单位:区财政局、区住建局)")).toEqual(["lead:区城管局", "responsible:区财政局", "responsible:区住建局"]);
    expect(named("(责任人:李某 13800000000;责任单位:市卫健委)")).toEqual(["responsible:市卫健委"]);
    expect(named("(完成时限:2023年底前;牵头单位:市商务局;配合单位:市财政局)")).toEqual(["lead:市商务局", "support:市财政局"]);
  });

  it("reads lead, responsible and supporting sections", () => {
    expect(unitsOf("(牵头单位:市政务服务数据管理局;配合单位:市直各部门,各区县人民政府等)")).toEqual([
      { name: "市政务服务数据管理局", role: "lead", group: false },
      { name: "市直各部门", role: "support", group: true },
      { name: "各区县人民政府", role: "support", group: true },
    ]);
  });

  it.each(["有关设区市", "省有关部门和单位", "各区县人民政府", "市直各部门", "对口支援省有关部门和单位"])("%s is a group", (name) => {
    expect(unitsOf(`(责任单位:${name})`)[0]!.group).toBe(true);
  });

  it("rejoins a unit name broken across lines and marks it joined", () => {
    const plan = parsePlan(form("2016年要点\n1.提升文化服务。(责任单位:有关设区市、省\n文化厅、省体育局)\n"));
    expect(plan.tasks[0]!.units.map(({ name, joined, line, column }) => ({ name, joined, line, column }))).toEqual([
      { name: "有关设区市", joined: false, line: 2, column: 16 },
      { name: "省文化厅", joined: true, line: 2, column: 22 },
      { name: "省体育局", joined: false, line: 3, column: 5 },
    ]);
  });

  // Found by the fuzzer: each gave a unit of an empty name (or one that is empty once its
  // invisible characters are dropped), which the Plan schema refuses.
  it("reads no unit from white space of any width or from characters nobody sees", () => {
    expect(unitsOf("(牵头单位:\u00A0)")).toEqual([]);
    expect(unitsOf("(责任单位:\u200B)")).toEqual([]);
    expect(unitsOf("(责任单位:市财政局、\u200B\u2060)").map((u) => u.name)).toEqual(["市财政局"]);
    expect(unitsOf("(责任单位:\u00A0市财政局\u00A0、\u200B市税务局)").map((u) => u.name)).toEqual(["市财政局", "市税务局"]);
  });

  it("reads no unit from a role mark with no name before it: 市财政局、(牵头)", () => {
    expect(unitsOf("(责任单位:(牵头))")).toEqual([]);
    expect(unitsOf("(责任单位:市财政局、(牵头))")).toEqual([{ name: "市财政局", role: "responsible", group: false }]);
    expect(unitsOf("(责任单位:市财政局(牵头)、市税务局)").map((u) => u.role)).toEqual(["lead", "responsible"]);
  });

  it("leaves a task with no clause without units and keeps the clause out of the body", () => {
    expect(task("推进某项工作。新建基站10个。", "").units).toEqual([]);
    expect(task("推进某项工作。新建基站10个。").body).toBe("新建基站10个。");
  });
});
