import { describe, expect, it } from "vitest";
import { PlanError } from "../errors.js";
import { formatQuantity } from "./format.js";
import { parseQuantity } from "./parse.js";

// Full-width forms written as escapes: \uFF10-\uFF19 digits, \uFF0C comma, \uFF0E point, \uFF05 percent.
const FW = (ascii: string): string => ascii.replace(/[0-9,.%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe("parseQuantity", () => {
  it.each([
    ["3000万", "元", 30_000_000],
    ["3000万元", "元", 30_000_000],
    ["12亿元", "元", 1_200_000_000],
    ["1.2万公里", "公里", 12_000],
    ["1.2万千米", "公里", 12_000],
    ["1.08万", "公里", 10_800],
    ["85%", "%", 85],
    ["3,500", "座", 3500],
    ["3500", "座", 3500],
    ["12.5", "%", 12.5],
    ["3 500 座", "座", 3500],
    ["2千万元", "元", 20_000_000],
    ["三千万", "元", 30_000_000],
    ["5千瓦", "千瓦", 5],
    ["2个百分点", "百分点", 2],
    ["40万人", "人", 400_000],
    ["0.5", "", 0.5],
  ])("ASCII %s (target in %s) → %d", (text, unit, value) => {
    expect(parseQuantity(text, unit)).toBe(value);
  });

  it.each([
    ["3000万", "元", 30_000_000],
    ["1.2万公里", "公里", 12_000],
    ["85%", "%", 85],
    ["3,500", "座", 3500],
    ["12亿元", "元", 1_200_000_000],
  ])("full-width %s (target in %s) → %d", (text, unit, value) => {
    expect(parseQuantity(FW(text), unit)).toBe(value);
  });

  it("reads a doubled measure as not a number", () => expect(catchError(() => parseQuantity("12亿元元", "元")).code).toBe("value.invalid"));

  it("takes a number as it is", () => expect(parseQuantity(42, "座")).toBe(42));

  it.each([
    ["5公里", "座", "公里", "座"],
    ["85%", "座", "%", "座"],
    ["5米", "公里", "米", "公里"],
    ["3亿人", "元", "人", "元"],
  ])("%s for a target in %s is refused naming both measures", (text, unit, given, expected) => {
    const error = catchError(() => parseQuantity(text, unit));
    expect(error.code).toBe("value.unit-mismatch");
    expect(error.message).toContain(given);
    expect(error.message).toContain(expected);
    expect(error.details).toMatchObject({ field: "value", measure: given, targetUnit: expected });
  });

  it.each(["", "abc", "万", "1.2.3", "3,50", "--5", "5x公里"])("%j is not a quantity", (text) => {
    const error = catchError(() => parseQuantity(text, "公里"));
    expect(error.code).toBe("value.invalid");
    expect(error.details).toMatchObject({ field: "value" });
  });
});

describe("formatQuantity", () => {
  it.each([
    [2_900_000_000, "元", "29亿元"],
    [145_000_000, "元", "1.45亿元"],
    [1_043_956_044, "元", "10.44亿元"],
    [100_000_000_000, "元", "1000亿元"],
    [3490, "公里", "3,490公里"],
    [10_800, "公里", "1.08万公里"],
    [400_000, "人", "40万人"],
    [12_345, "人", "12,345人"],
    [1_234_567, "元", "123.46万元"],
    [7000, "", "7,000"],
    [85, "%", "85%"],
    [12.5, "%", "12.5%"],
    [250_000, "%", "250,000%"],
    [92, "座", "92座"],
    [0.5, "", "0.5"],
    [0, "座", "0座"],
    [-20_000, "元", "-2万元"],
  ])("%d %s → %s", (value, unit, text) => expect(formatQuantity(value, unit)).toBe(text));

  it.each([2_900_000_000, 10_800, 400_000, 3490, 85])("reads back what it prints: %d", (value) => {
    expect(parseQuantity(formatQuantity(value, "元"), "元")).toBe(value);
  });
});

const catchError = (run: () => unknown): PlanError => {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("expected a PlanError");
};
