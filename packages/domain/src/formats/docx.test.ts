// numbered.docx and table.docx were written by LibreOffice, handmade.docx by a script as writers
// other than Word write (see test/fixtures/make.sh).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "./file.js";
import { readDocx } from "./docx.js";
import { PackageError } from "./zip.js";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url))));

describe("readDocx", () => {
  it("renders automatic numbering as the numbering definitions say", () => {
    const lines = readDocx(fixture("numbered.docx")).split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "某市2025年营商环境优化工作要点",
      "为持续优化营商环境,现提出以下工作要点。",
      "一、提升政务服务效能",
      "\uFF08一\uFF09推进“一网通办”",
      "1.年底前实现95%以上政务服务事项网上可办。(牵头单位:市政务服务数据管理局;责任单位:市直各部门)",
    ]);
    expect(lines).toContain("\uFF08二\uFF09优化审批流程");
    expect(lines).toContain("二、强化要素保障");
  });

  it("turns tables into tab-separated rows", () => {
    const lines = readDocx(fixture("table.docx")).split("\n");
    expect(lines).toContain("序号\t工作任务\t牵头单位\t配合单位\t完成时限");
    expect(lines).toContain("1\t新建农村公路50公里\t县交通运输局\t县财政局 各乡镇人民政府\t2025年11月底前");
  });

  it("reads a hand-written document: character references, another prefix, split runs, a text box once", () => {
    expect(readDocx(fixture("handmade.docx")).split("\n")).toEqual([
      "某市2025年城乡供水一体化工作要点",
      "\uFF08此件公开发布\uFF09",
      "一\u3001推进城乡供水一体化",
      // Hex references; a bookmark between 市住房城乡 and 建设局; the deleted 、市财政局 left out.
      "1.新建改造供水管网120公里\u3002\uFF08责任单位\uFF1A市水利局\u3001市住房城乡建设局\uFF09",
      "2.农村自来水普及率达到92%以上\u3002\uFF08市水利局牵头\uFF0C各县\uFF08市\u3001区\uFF09人民政府配合\uFF09",
    ]);
  });

  it("refuses bytes that are not a Word package", () => {
    expect(() => readDocx(new TextEncoder().encode("not a zip"))).toThrow(PackageError);
  });
});

describe("parsePlanFile on Word documents", () => {
  it("reads a numbered plan with its hierarchy, units and targets", () => {
    const plan = parsePlanFile(fixture("numbered.docx"), { name: "numbered.docx" });
    expect(plan.title).toBe("某市2025年营商环境优化工作要点");
    expect(plan.tasks.map((t) => [t.path.join("/"), t.area, t.units.map((u) => `${u.role}:${u.name}`)])).toEqual([
      ["一/(一)/1", "提升政务服务效能", ["lead:市政务服务数据管理局", "responsible:市直各部门"]],
      ["一/(一)/2", "提升政务服务效能", ["responsible:市市场监管局"]],
      ["一/(二)/1", "提升政务服务效能", ["lead:市住房城乡建设局"]],
      ["二/(一)/1", "强化要素保障", ["responsible:市自然资源局"]],
    ]);
    expect(plan.tasks.flatMap((t) => t.targets.map((x) => `${x.value}${x.unit}${x.comparator}`))).toEqual(["95%>=", "1工作日<=", "3000亩="]);
    expect(plan.tasks[2]!.deadline).toEqual({ text: "第二季度", date: "2025-06-30" });
  });

  it("reads a hand-written document's tasks and units", () => {
    const plan = parsePlanFile(fixture("handmade.docx"), { name: "handmade.docx" });
    expect(plan.title).toBe("某市2025年城乡供水一体化工作要点");
    expect(plan.tasks.map((t) => [t.path.join("/"), t.title, t.units.map((u) => `${u.role}:${u.name}`)])).toEqual([
      ["一/1", "新建改造供水管网120公里", ["responsible:市水利局", "responsible:市住房城乡建设局"]],
      ["一/2", "农村自来水普及率达到92%以上", ["lead:市水利局", "support:各县\uFF08市\u3001区\uFF09人民政府"]],
    ]);
  });

  it("reads numbered paragraphs and a table in one document", () => {
    const plan = parsePlanFile(fixture("table.docx"), { name: "table.docx" });
    expect(plan.tasks.map((t) => [t.path.join("/"), t.title, t.area, t.deadline.date])).toEqual([
      ["一/1", "新建幼儿园4所", "教育医疗", "2025-09-30"],
      ["一/2", "改造村卫生室30个", "教育医疗", "2025-12-31"],
      ["二/1", "新建农村公路50公里", "交通出行", "2025-11-30"],
      ["二/2", "新增公交线路3条", "交通出行", "2025-09-30"],
    ]);
    expect(plan.tasks[2]!.units.map((u) => `${u.role}:${u.name}`)).toEqual(["lead:县交通运输局", "support:县财政局", "support:各乡镇人民政府"]);
  });
});
