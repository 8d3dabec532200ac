// A year is never a target: four digits followed by 年 (2025年, 2025 年) or by a range (2016-2020,
// 2016至2020) name a year, even where a comparator shortens something to a number of years
// (压缩至3年以内 is a target of 3 years; 压缩至2025年 is a date, not 2025 years).
import { describe, expect, it } from "vitest";
import { FORMS, oneTask } from "./test-helpers.js";

const targets = (body: string) => oneTask(body).targets.map((t) => [t.value, t.unit, t.comparator]);

describe.each(FORMS)("a year followed by 年, %s", (_, form) => {
  it.each(["审批时限压缩至2025年。", "办理时间缩短到2030年。", "控制在2025年以内。", "控制在2025 年以内。", "压缩至2016至2020年。", "压缩至2016-2020年。"])("is no target: %s", (body) => {
    expect(targets(form(body))).toEqual([]);
  });

  it.each([
    ["压缩至3年以内。", 3],
    ["压缩至999年以内。", 999],
    ["压缩至10000年以内。", 10_000],
  ])("is four digits: %s is a number of years", (body, years) => {
    expect(targets(form(body))).toEqual([[years, "年", "<="]]);
  });

  it("leaves a year's other counts alone: 2025 days or working days are a limit", () => {
    expect(targets(form("压缩至2025个工作日以内。"))).toEqual([[2025, "工作日", "<="]]);
    expect(targets(form("压缩至2025天以内。"))).toEqual([[2025, "天", "<="]]);
  });

  it("reads the targets beside the year", () => {
    expect(targets(form("到2025年,审批时限压缩至5个工作日以内,新增就业5万人以上。"))).toEqual([
      [5, "工作日", "<="],
      [50_000, "人", ">="],
    ]);
  });
});
