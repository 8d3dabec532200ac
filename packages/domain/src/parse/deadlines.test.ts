import { describe, expect, it } from "vitest";
import { Deadline } from "../models/deadline.js";
import { fold } from "../text/source.js";
import { findDeadlines } from "./deadlines.js";
import { planPeriod } from "./period.js";
import { FORMS } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("deadlines %s", (_name, form) => {
  /** What the parser does: find on the folded text, report as printed. */
  const find = (copied: string, year: number | null) => {
    const text = form(copied);
    return findDeadlines(fold(text), text, year);
  };
  const first = (text: string, year: number | null = 2016) => find(text, year)[0]?.deadline;
  const period = (title: string, preamble: string, text: string) => planPeriod(fold(form(title)), fold(form(preamble)), fold(form(text)));

  describe("deadline phrases", () => {
    it.each([
      ["年底前完成", "年底前", "2016-12-31"],
      ["年内建成", "年内", "2016-12-31"],
      ["全年完成", "全年", "2016-12-31"],
      ["第二季度制定出台", "第二季度", "2016-06-30"],
      ["第一季度", "第一季度", "2016-03-31"],
      ["上半年完成", "上半年", "2016-06-30"],
      ["6月底前完成", "6月底前", "2016-06-30"],
      ["2月底前", "2月底前", "2016-02-29"],
      ["十一月底前", "十一月底前", "2016-11-30"],
      ["2017年3月底前", "2017年3月底前", "2017-03-31"],
      ["2025年10月底前", "2025年10月底前", "2025-10-31"],
      ["力争2016年全面完成", "2016年", "2016-12-31"],
      ["2018年底前", "2018年底前", "2018-12-31"],
      ["2025-12-31", "2025-12-31", "2025-12-31"],
      ["2025/6/3", "2025/6/3", "2025-06-03"],
      ["于 2025 年底前完成", "2025 年底前", "2025-12-31"],
      ["2025 年 6 月底前", "2025 年 6 月底前", "2025-06-30"],
      ["2021.8", "2021.8", "2021-08-31"],
      ["7月1日前投入使用", "7月1日前", "2016-07-01"],
      ["10月中旬", "10月中旬", "2016-10-20"],
      ["2017年3月上旬", "2017年3月上旬", "2017-03-10"],
      ["到2027年", "2027年", "2027-12-31"],
      ["2024年第三季度", "2024年第三季度", "2024-09-30"],
      ["2025年上半年完成", "2025年上半年", "2025-06-30"],
      ["年中前完成", "年中前", "2016-06-30"],
      ["力争年中完成改造", "年中", "2016-06-30"],
      ["并在 2023 年中完成其余法例的检讨", "2023 年中", "2023-06-30"],
      ["2024年中前,全面建成", "2024年中前", "2024-06-30"],
      ["(2025年下半年)", "2025年下半年", "2025-12-31"],
    ])("%s", (text, printed, date) => {
      expect(first(text)).toEqual({ text: form(printed), date });
    });

    it("reads the date after a step's number glued to it (1.4月底前), and none from a decimal (增长1.4月)", () => {
      expect(find("1.4月底前完成选址;2.6月底前开工", 2022).map((d) => d.deadline)).toEqual([
        { text: "4月底前", date: "2022-04-30" },
        { text: "6月底前", date: "2022-06-30" },
      ]);
      expect(find("工作举措: 1.11月底前建成", 2022).map((d) => d.deadline.date)).toEqual(["2022-11-30"]);
      expect(find("同比增长1.4月均值", 2022)).toEqual([]);
    });

    it("reads no date from a decimal that only looks like a year and a month: 2020.5万元", () => {
      expect(find("投入2020.5万元,建成2021.6公里", 2016)).toEqual([]);
    });

    it("reads 年中 as a deadline only where one ends or an action follows, not 年中考核 or 2023年中央", () => {
      expect(find("市政府将于年中考核", 2016)).toEqual([]);
      expect(first("落实2023年中央一号文件")).toEqual({ text: "2023年", date: "2023-12-31" });
      expect(find("开展年中国际交流", 2016)).toEqual([]);
      for (const text of ["力争明年中完成", "次年中完成验收", "在今后五年中,完成改造", "三年中实现"]) expect(find(text, 2016)).toEqual([]);
    });

    it("gives open-ended phrases no date", () => {
      expect(first("持续推进")).toEqual({ text: "持续推进", date: null });
      expect(first("長期堅持")).toEqual({ text: "長期堅持", date: null });
    });

    it("leaves relative phrases undated when the plan has no year", () => {
      expect(first("年底前完成", null)).toEqual({ text: "年底前", date: null });
    });

    // Found by the fuzzer: each gave a date the Plan schema refuses (2025-02-30).
    it.each([
      ["2月30日前", "2月30日前", "2025-02-28"],
      ["2月29日前", "2月29日前", "2025-02-28"],
      ["2024年2月29日", "2024年2月29日", "2024-02-29"],
      ["2018年2月29日", "2018年2月29日", "2018-02-28"],
      ["4月31日前", "4月31日前", "2025-04-30"],
      ["6月0日", "6月0日", "2025-06-30"],
      ["6月99号前", "6月99号前", "2025-06-30"],
      ["2025-02-30", "2025-02-30", "2025-02-28"],
      ["2025/4/31", "2025/4/31", "2025-04-30"],
      ["114年2月30日", "114年2月30日", "2025-02-28"],
    ])("reads a day its month does not have as the month's end: %s", (text, printed, date) => {
      const deadline = first(text, 2025);
      expect(deadline).toEqual({ text: form(printed), date });
      expect(Deadline.safeParse(deadline).success).toBe(true);
    });

    it("does not read a period as a due date", () => {
      expect(find("制定2016-2017年工作计划", 2016)).toEqual([]);
    });

    it("does not read a point of reference as a due date: 比2015年, 较2020年底, 从2016年开始, 自2025年1月1日起", () => {
      for (const text of ["用水量比2015年下降24%", "较2020年底增长一倍", "从2016年开始逐年提高", "自2025年1月1日起施行"]) {
        expect(find(text, 2018)).toEqual([]);
      }
      expect(find("到2020年,用水量比2015年下降24%", 2018).map((d) => d.deadline.date)).toEqual(["2020-12-31"]);
    });
  });

  describe("planPeriod", () => {
    it("is the first year named, by the title before the preamble before the text", () => {
      expect(period("", "2016年是开局之年,到2020年", "")).toEqual({ year: 2016, due: "2016-12-31" });
      expect(period("2021年要点", "2016年", "")).toEqual({ year: 2021, due: "2021-12-31" });
      expect(period("", "没有年份", "")).toEqual({ year: null, due: null });
      // A year of reference (since, until, compared with) is not the plan's; 关于2024年 is.
      expect(period("", "从2016年开始,我部每年公开指标。2018年,我们继续制定。", "")).toEqual({ year: 2018, due: "2018-12-31" });
      expect(period("", "用水量比2015年下降,到2020年达标。2018年工作安排如下。", "")).toEqual({ year: 2018, due: "2018-12-31" });
      expect(period("关于2024年全市重点工作任务分工的通知", "", "")).toEqual({ year: 2024, due: "2024-12-31" });
    });

    it("runs to the last year of a span of years", () => {
      expect(period("2023\u20142025年行动方案", "", "")).toEqual({ year: 2023, due: "2025-12-31" });
      expect(period("2023年至2025年行动计划", "", "")).toEqual({ year: 2023, due: "2025-12-31" });
    });

    it("reads a document number and ROC years", () => {
      expect(period("", "昆政发\u30142016\u301513号", "")).toEqual({ year: 2016, due: "2016-12-31" });
      expect(period("民國114年施政計畫", "", "")).toEqual({ year: 2025, due: "2025-12-31" });
      expect(period("114年度工作計畫", "", "")).toEqual({ year: 2025, due: "2025-12-31" });
      expect(period("", "庆祝建党100年", "")).toEqual({ year: null, due: null });
    });
  });

  describe("ROC dates", () => {
    it("reads 114年6月底前 and 民國114年12月31日 as 2025", () => {
      expect(find("114年6月底前完成", 2025).map((d) => d.deadline)).toEqual([{ text: "114年6月底前", date: "2025-06-30" }]);
      expect(find("民國114年12月31日", null).map((d) => d.deadline.date)).toEqual(["2025-12-31"]);
    });
  });
});
