import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan.js";
import { mapColumns } from "./table.js";
import { FORMS } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("tables %s", (_name, form) => {
  const summary = (text: string, columns = {}) =>
    parsePlan(form(text), { columns }).tasks.map((t) => ({
      number: t.number,
      title: t.title,
      units: t.units.map((u) => `${u.role}:${u.name}`),
      deadline: t.deadline.date,
      targets: t.targets.map((x) => `${x.value}${x.unit}`),
    }));

  describe("layout F: task tables flattened to text", () => {
    it("reads rows separated by single spaces", () => {
      const text = [
        "某区2025年民生实事任务分解表",
        "序号 工作任务 牵头单位 责任单位 完成时限",
        "1 完成老旧小区改造45个 区住房城乡建设局 各街道办事处 2025年11月底前",
        "2 新增公共停车泊位5000个 区城管局 区交通运输局、区公安分局 2025年12月底前",
      ].join("\n");
      expect(summary(text)).toEqual([
        { number: "1", title: "完成老旧小区改造45个", units: ["lead:区住房城乡建设局", "responsible:各街道办事处"], deadline: "2025-11-30", targets: ["45个"] },
        {
          number: "2",
          title: "新增公共停车泊位5000个",
          units: ["lead:区城管局", "responsible:区交通运输局", "responsible:区公安分局"],
          deadline: "2025-12-31",
          targets: ["5000个"],
        },
      ]);
      expect(parsePlan(form(text)).title).toBe("某区2025年民生实事任务分解表");
    });

    it("reads tab-separated and Markdown tables, and wrapped task text", () => {
      const tabs = "2025年任务\n序号\t主要任务\t牵头单位\t配合单位\n1\t建成口袋公园12个,\t市园林局\t市财政局\n\t新增绿道30公里\n";
      expect(summary(tabs)).toEqual([{ number: "1", title: "建成口袋公园12个", units: ["lead:市园林局", "support:市财政局"], deadline: "2025-12-31", targets: ["12个", "30公里"] }]);
      const markdown = "2025年任务\n\n| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 新建幼儿园3所 | 市教育局 |\n";
      expect(summary(markdown).map((t) => [t.title, t.units])).toEqual([["新建幼儿园3所", ["responsible:市教育局"]]]);
    });

    it("uses the column names a caller gives", () => {
      const text = "2025年任务\n编号  要做的事  谁来做  何时完成\n1  出台实施细则  综合处  6月底前\n";
      expect(summary(text)).toEqual([]);
      expect(summary(text, { task: "要做的事", lead: "谁来做", deadline: "何时完成" })).toEqual([{ number: "1", title: "出台实施细则", units: ["lead:综合处"], deadline: "2025-06-30", targets: [] }]);
    });

    it("mixes with numbered text in one document", () => {
      const text = ["2025年要点", "前言。", "一、重点项目", "1.建成大桥1座。(责任单位:市交通局)", "二、民生实事", "序号 工作任务 责任单位", "1 新建公厕20座 市城管局"].join("\n");
      expect(summary(text).map((t) => [t.title, t.units])).toEqual([
        ["建成大桥1座", ["responsible:市交通局"]],
        ["新建公厕20座", ["responsible:市城管局"]],
      ]);
    });
  });
});

describe("mapColumns", () => {
  it("needs a task column and one more known column", () => {
    expect(mapColumns(["序号", "工作任务", "牵头单位", "责任单位/配合单位", "完成时限"])).toEqual({ number: 0, task: 1, lead: 2, responsible: 3, deadline: 4 });
    expect(mapColumns(["姓名", "电话"])).toBeNull();
    expect(mapColumns(["工作任务"])).toBeNull();
  });
});
