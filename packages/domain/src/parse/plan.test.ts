import { describe, expect, it } from "vitest";
import { Plan } from "../models/plan.js";
import { parsePlan, type ParseOptions } from "./plan.js";
import { FORMS } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("reading a plan %s", (_name, form) => {
  const parse = (text: string, options?: ParseOptions) => parsePlan(form(text), options);

  describe("parsePlan", () => {
    it("reads a hierarchical plan (layout D): paths, areas from headings, deadline fields", () => {
      const plan = parse(
        [
          "某市2025年重点工作任务分工方案",
          "为做好今年工作,制定本方案。",
          "一、稳定经济增长",
          "(一)扩大有效投资。",
          "1.实施市级重点项目120个,完成年度投资300亿元以上。(责任单位:市发展改革委;完成时限:2025年12月底前)",
          "2.新开工保障性租赁住房3000套。(责任单位:市住房城乡建设局)",
          "二、强化组织保障",
          "(一)加强督查考核。年底前完成。(责任单位:市政府办公室)",
        ].join("\n"),
      );
      expect(Plan.safeParse(plan).success).toBe(true);
      expect(plan.title).toBe("某市2025年重点工作任务分工方案");
      expect(plan.year).toBe(2025);
      expect(plan.tasks.map((t) => [t.path, t.title, t.area])).toEqual([
        [["一", "(一)", "1"], "实施市级重点项目120个", "稳定经济增长"],
        [["一", "(一)", "2"], "新开工保障性租赁住房3000套", "稳定经济增长"],
        [["二", "(一)"], "加强督查考核", "强化组织保障"],
      ]);
      expect(plan.areas.map((a) => [a.name, a.kind, a.inferred])).toEqual([
        ["稳定经济增长", "focus", false],
        ["强化组织保障", "guarantee", false],
      ]);
      expect(plan.tasks[0]!.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
        [120, "个", "="],
        [30000000000, "元", ">="],
      ]);
      expect(plan.tasks[0]!.units.map((u) => u.name)).toEqual(["市发展改革委"]);
      expect(plan.tasks[0]!.deadline).toEqual({ text: "2025年12月底前", date: "2025-12-31" });
      expect(plan.tasks[1]!.deadline).toEqual({ text: null, date: "2025-12-31" });
    });

    it("takes a deadline in the title as the task's own", () => {
      const plan = parse("2025年要点\n前言。\n1.6月底前出台实施细则。(责任单位:市司法局)");
      expect(plan.tasks[0]!.deadline).toEqual({ text: "6月底前", date: "2025-06-30" });
    });

    it("gives the same id to the same text and another to any change", () => {
      const text = "2025年要点\n前言。\n1.推进工作。(责任单位:市财政局)";
      expect(parse(text).id).toBe(parse(text).id);
      expect(parse(`${text}。`).id).not.toBe(parse(text).id);
    });

    it("uses the given title when the document has no title line", () => {
      expect(parse("2016年是开局之年。\n1.推进工作。", { title: "seed" }).title).toBe("seed");
    });

    it("returns an empty plan for a document without tasks", () => {
      const plan = parse("");
      expect(plan.tasks).toEqual([]);
      expect(Plan.safeParse(plan).success).toBe(true);
    });
  });
});
