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
      for (const marker of ["1.", "1、", "1.", "1﹒", "1 、", "1。"]) {
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

    it("nests levels in the conventional order, whichever style comes first: (一) after 1. items does not swallow the item before it", () => {
      const text = "前言。\n1.推进甲。(责任单位:市财政局)\n2.推进乙。(责任单位:市财政局)\n(二)第二部分\n3.推进丙。(责任单位:市财政局)";
      expect(tasksOf(text).map((t) => t.path)).toEqual([["1"], ["2"], ["(二)", "3"]]);
      const capital = "前言。\n壹、總則\n一、推動甲。\n二、推動乙。\n貳、分項\n一、推動丙。";
      expect(tasksOf(capital).map((t) => t.path)).toEqual([
        ["壹", "一"],
        ["壹", "二"],
        ["貳", "一"],
      ]);
    });

    it("never reads 、 as a decimal point: 4、5个乡镇 is item 4", () => {
      const text = "前言。\n3.推进甲。\n4、5个乡镇开展试点。\n5、推进乙。";
      expect(tasksOf(text).map((t) => [t.path[0], t.text])).toEqual([
        ["3", "推进甲。"],
        ["4", "5个乡镇开展试点。"],
        ["5", "推进乙。"],
      ]);
    });

    it("reads an item number followed by digits as the next item of the list (11.365服务热线), not as a decimal elsewhere", () => {
      const text = "前言。\n10.推进甲。\n11.365服务热线升级。\n12.推进乙。";
      expect(tasksOf(text).map((t) => [t.path[0], t.text])).toEqual([
        ["10", "推进甲。"],
        ["11", "365服务热线升级。"],
        ["12", "推进乙。"],
      ]);
      // After a finished sentence, 1.5 under item 3 is not the next number: text of item 3.
      expect(tasksOf("前言。\n3.推进甲。\n1.5万人参加培训。\n4.推进乙。").map((t) => t.path[0])).toEqual(["3", "4"]);
    });

    it("reads four-digit numbers as the next items of a long list, and a year as no item", () => {
      const many = Array.from({ length: 1002 }, (_, i) => `${i + 1}.任务${i + 1}。`).join("\n");
      const paths = tasksOf(`前言。\n${many}\n2025.全年完成。`).map((t) => t.path[0]);
      expect(paths).toHaveLength(1002);
      expect(paths.slice(-3)).toEqual(["1000", "1001", "1002"]);
    });

    it("reads the enumerated characters of word processors and half brackets: ㈠ ⒈ ⑴ 1)", () => {
      const text = "前言。\n\u3220推进甲\n\u2488任务一。\n\u2474子项一。\n\u2475子项二。\n\u2489任务二。\n1)要点一。\n2)要点二。";
      expect(tasksOf(text).map((t) => t.path.join("/"))).toEqual(["(一)/1/(1)", "(一)/1/(2)", "(一)/2/(1)", "(一)/2/(2)"]);
    });

    it("keeps a list an item opens in its own text as that text where the list goes on at the start of a line", () => {
      const text = "前言。\n3.农村危房改造:(1)完成改造500户。\n(2)8月底竣工50%以上。\n牵头单位:住建局\n4.农村道路建设。";
      expect(tasksOf(text).map((t) => t.path)).toEqual([["3"], ["4"]]);
      expect(tasksOf(text)[0]!.text).toContain(form("(2)8月底竣工"));
    });

    it("passes over Markdown heading and bold marks before a number", () => {
      const text = "前言。\n## 一、稳增长\n**1.** 推进甲。\n**2.** 推进乙。";
      expect(tasksOf(text).map((t) => [t.path.join("/"), t.text])).toEqual([
        ["一/1", "推进甲。"],
        ["一/2", "推进乙。"],
      ]);
    });

    it("sets an unnumbered group heading between items apart instead of gluing it to the item above", () => {
      const text = "前言。\n1.推进甲。(责任单位:市财政局)\n农业农村\n2.推进乙。(责任单位:市农业农村局)";
      const read = outline(lines(text));
      expect(read.items.map((i) => i.block.text)).toEqual([form("推进甲。(责任单位:市财政局)"), form("推进乙。(责任单位:市农业农村局)")]);
      expect(read.groups).toEqual([{ line: 3, text: "农业农村" }]);
      // A title broken over lines, a unit or a person on a line of their own, is no heading.
      expect(outline(lines("前言。\n1.推进\n城乡供水一体化。\n2.推进乙。")).groups).toEqual([]);
      expect(outline(lines("前言。\n1.推进甲。\n市财政局\n2.推进乙。")).groups).toEqual([]);
      expect(outline(lines("前言。\n1.推进甲。\n分管领导 李四\n2.推进乙。")).groups).toEqual([]);
    });
  });
});
