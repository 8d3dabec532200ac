import { describe, expect, it } from "vitest";
import { fold } from "../text/source.js";
import { findDeadlines, planYear } from "./deadlines.js";

const first = (text: string, year: number | null = 2016) => findDeadlines(fold(text), text, year)[0]?.deadline;

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
  ])("%s", (text, printed, date) => {
    expect(first(text)).toEqual({ text: printed, date });
  });

  it("gives open-ended phrases no date", () => {
    expect(first("持续推进")).toEqual({ text: "持续推进", date: null });
    expect(first("長期堅持")).toEqual({ text: "長期堅持", date: null });
  });

  it("leaves relative phrases undated when the plan has no year", () => {
    expect(first("年底前完成", null)).toEqual({ text: "年底前", date: null });
  });

  it("does not read a period as a due date", () => {
    expect(findDeadlines("制定2016-2017年工作计划", "制定2016-2017年工作计划", 2016)).toEqual([]);
  });
});

describe("planYear", () => {
  it("is the first year named", () => {
    expect(planYear("2016年是开局之年,到2020年")).toBe(2016);
    expect(planYear("没有年份")).toBeNull();
  });
});
