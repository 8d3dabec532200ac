import { describe, expect, it } from "vitest";
import { splitLines } from "../text/source.js";
import { outline } from "./outline.js";
import { FORMS } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("outline %s", (_name, form) => {
  const lines = (text: string) => splitLines(form(text));
  const tasksOf = (text: string) =>
    outline(lines(text))
      .items.filter((i) => i.isTask)
      .map((i) => ({ path: i.path, text: i.block.text }));

  describe("outline", () => {
    it("reads every numbering style", () => {
      for (const marker of ["1.", "1、", "1.", "1﹒", "1 、"]) {
        expect(tasksOf(`前言。\n${marker}任务一。\n2.任务二。`).map((t) => t.path)).toEqual([["1"], ["2"]]);
      }
    });

    it("builds paths through headings and treats items without children as tasks", () => {
      const text = ["前言。", "一、稳定经济增长", "(一)扩大有效投资。", "1.实施重点项目。", "2.新开工住房。", "(二)促进消费。", "1.发放消费券。", "二、深化改革", "(一)优化营商环境。"].join("\n");
      expect(tasksOf(text).map((t) => t.path)).toEqual([
        ["一", "(一)", "1"],
        ["一", "(一)", "2"],
        ["一", "(二)", "1"],
        ["二", "(一)"],
      ]);
    });

    it("joins a title broken over lines and a number alone on its line", () => {
      expect(tasksOf("前言。\n29.\n拓展对口\n支援内容。").map((t) => t.text)).toEqual(["拓展对口支援内容。"]);
    });

    it("reads a line that starts with a decimal inside a sentence as text, not a task", () => {
      const text = "前言。\n1.推进电网建设。新建线路\n1.08万公里。\n2.推进公路建设。";
      expect(tasksOf(text).map((t) => t.path[0])).toEqual(["1", "2"]);
      expect(tasksOf(text)[0]!.text).toContain("1.08万公里");
    });

    it("still takes an out-of-sequence number after a finished sentence (a misnumbered task)", () => {
      expect(tasksOf("前言。\n5.任务。\n6.任务。\n5.任务。").map((t) => t.path[0])).toEqual(["5", "6", "5"]);
    });

    it("keeps the lines before the first task as the preamble", () => {
      expect(outline(lines("标题\n前言。\n1.任务。")).preamble.map((l) => l.text)).toEqual(["标题", "前言。"]);
    });

    it("splits tasks run together on a line after a clause or sentence closes", () => {
      expect(tasksOf("前言。\n1.推进甲。(责任单位:省发改委)2.推进乙。(责任单位:省财政厅)\n3.推进丙。")).toEqual([
        { path: ["1"], text: form("推进甲。(责任单位:省发改委)") },
        { path: ["2"], text: form("推进乙。(责任单位:省财政厅)") },
        { path: ["3"], text: "推进丙。" },
      ]);
    });

    it("keeps a list inside a task as its text, in the task's numbering style or another", () => {
      for (const task of ["推进甲。主要措施:1.新建公路。2.改造桥梁。(责任单位:省交通运输厅)", "推进甲。(1)新建公路;(2)改造桥梁。(责任单位:省交通运输厅)"]) {
        expect(tasksOf(`前言。\n1.${task}\n2.推进乙。`)).toEqual([
          { path: ["1"], text: form(task) },
          { path: ["2"], text: "推进乙。" },
        ]);
      }
    });

    it("reads a whole document run into one line, headings and levels included", () => {
      const text = "2025年要点。前言。一、稳定经济增长。(一)扩大有效投资。1.实施重点项目。2.新开工住房。(二)促进消费。1.发放消费券。二、深化改革。(一)优化营商环境。";
      expect(tasksOf(text).map((t) => [t.path.join("/"), t.text])).toEqual([
        ["一/(一)/1", "实施重点项目。"],
        ["一/(一)/2", "新开工住房。"],
        ["一/(二)/1", "发放消费券。"],
        ["二/(一)", "优化营商环境。"],
      ]);
      expect(outline(lines(text)).preamble.map((l) => l.text)).toEqual(["2025年要点。前言。"]);
    });
  });
});
