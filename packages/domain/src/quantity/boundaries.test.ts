// Quantities at the edges of their rules: where printing switches to 万 (10,000, exact to two
// places, or from 1,000,000 on) and to 亿 (100,000,000), how many decimals a small value keeps,
// which measures are shares, every other spelling of a measure and every scale word, and the
// forms of a number that read and those that do not.
import { describe, expect, it } from "vitest";
import { formatQuantity } from "./format.js";
import { canonicalMeasure } from "./measure.js";
import { parseQuantity } from "./parse.js";
import { refusal } from "../test-refusal.js";

describe("formatQuantity, where it shortens", () => {
  it.each([
    [9_999, "9,999元"],
    [10_000, "1万元"],
    [10_001, "10,001元"],
    [10_010, "10,010元"],
    [10_100, "1.01万元"],
    [10_000.01, "10,000.01元"],
    [999_999, "999,999元"],
    [1_000_000, "100万元"],
    [1_000_001, "100万元"],
    [1_234_567, "123.46万元"],
    [100_000_000, "1亿元"],
    [100_000_001, "1亿元"],
    [145_000_000, "1.45亿元"],
    [-10_000, "-1万元"],
    [-1_000_000, "-100万元"],
    [-100_000_000, "-1亿元"],
  ])("%d → %s", (value, text) => {
    expect(formatQuantity(value, "元")).toBe(text);
  });

  it("keeps four decimals below 1, two from 1 on, none for 0", () => {
    expect(formatQuantity(0.12345, "")).toBe("0.1235");
    expect(formatQuantity(-0.12345, "")).toBe("-0.1235");
    expect(formatQuantity(0.5, "")).toBe("0.5");
    expect(formatQuantity(1.23456, "")).toBe("1.23");
    expect(formatQuantity(1, "")).toBe("1");
    expect(formatQuantity(0, "")).toBe("0");
  });

  it("prints a value that is no number as it is", () => {
    expect(formatQuantity(Number.NaN, "元")).toBe("NaN元");
    expect(formatQuantity(Number.POSITIVE_INFINITY, "元")).toBe("Infinity元");
  });

  it("never shortens a share of a whole (%, ‰, 百分点 in either script)", () => {
    for (const unit of ["%", "‰", "百分点", "個百分點", "个百分点"]) expect(formatQuantity(2_500_000, unit)).toBe(`2,500,000${unit}`);
    expect(formatQuantity(2_500_000, "个")).toBe("250万个");
  });
});

describe("canonicalMeasure", () => {
  it("maps every other spelling of a measure to the one targets are stored in, trimmed", () => {
    const spellings: Record<string, string> = {
      千米: "公里",
      平方千米: "平方公里",
      公頃: "公顷",
      千克: "公斤",
      畝: "亩",
      噸: "吨",
      戶: "户",
      臺: "台",
      輛: "辆",
      處: "处",
      條: "条",
      張: "张",
      間: "间",
      頭: "头",
      千瓦時: "千瓦时",
      度: "千瓦时",
      個: "个",
      項: "项",
      場: "场",
      棟: "栋",
      筆: "笔",
      冊: "册",
      場次: "场次",
      門: "门",
      百分點: "百分点",
      个百分点: "百分点",
      個百分點: "百分点",
      个工作日: "工作日",
      個工作日: "工作日",
      個月: "个月",
      小時: "小时",
      分鐘: "分钟",
      人民币: "元",
      块: "元",
    };
    for (const [spelling, stored] of Object.entries(spellings)) {
      expect(canonicalMeasure(spelling), spelling).toBe(stored);
      expect(canonicalMeasure(` ${spelling} `), spelling).toBe(stored);
    }
    expect(canonicalMeasure(" 米 ")).toBe("米");
    expect(canonicalMeasure("公里")).toBe("公里");
  });

  it("lets a report use any spelling of its target's measure", () => {
    expect(parseQuantity("3千米", "公里")).toBe(3);
    expect(parseQuantity("3畝", "亩")).toBe(3);
    expect(parseQuantity("3块", "元")).toBe(3);
    expect(parseQuantity("2個百分點", "百分点")).toBe(2);
  });
});

describe("parseQuantity, the forms of a number", () => {
  it.each([
    ["1十", 10],
    ["1百", 100],
    ["1千", 1_000],
    ["1万", 10_000],
    ["1萬", 10_000],
    ["1十万", 100_000],
    ["1十萬", 100_000],
    ["1百万", 1_000_000],
    ["1百萬", 1_000_000],
    ["1千万", 10_000_000],
    ["1千萬", 10_000_000],
    ["1亿", 100_000_000],
    ["1億", 100_000_000],
    ["1万亿", 1_000_000_000_000],
    ["1萬億", 1_000_000_000_000],
  ])("reads the scale word of %s", (text, value) => {
    expect(parseQuantity(text, "")).toBe(value);
  });

  it.each([
    ["+5", 5],
    ["-5", -5],
    [".5", 0.5],
    ["1,234,567", 1_234_567],
    ["1,234.5", 1_234.5],
    ["12", 12],
    ["一万", 10_000],
    ["两千", 2_000],
    ["三千万", 30_000_000],
  ])("reads %s", (text, value) => {
    expect(parseQuantity(text, "")).toBe(value);
  });

  it.each(["1.", "12,34", "1,2345", "1234,567", ",123", "1,234,", "+", "-", ".", "5.5.5", "万", "十", "亿万", "x5", "5x", "5km", "1e3"])("does not read %j", (text) => {
    expect(refusal(() => parseQuantity(text, "")).code).toBe("value.invalid");
  });

  it("takes a finite number as it is, and refuses any other", () => {
    expect(parseQuantity(-3.5, "元")).toBe(-3.5);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(refusal(() => parseQuantity(value, "元"))).toEqual({
        code: "value.invalid",
        message: `数值“${value}”无法识别 / value "${value}" is not a quantity: it is not a finite number`,
        details: { field: "value", value: String(value) },
      });
    }
  });

  it("refuses text that is empty once its spaces are gone", () => {
    for (const text of ["", "  ", "\u3000", "\t\n"]) {
      expect(refusal(() => parseQuantity(text, "元"))).toEqual({
        code: "value.invalid",
        message: `数值“${text}”无法识别 / value "${text}" is not a quantity: it is empty`,
        details: { field: "value", value: text },
      });
    }
    expect(parseQuantity(" 3 500\u3000公里 ", "公里")).toBe(3_500);
  });

  it("says how to write a value, with the target's measure when it has one", () => {
    expect(refusal(() => parseQuantity("很多", "公里")).message).toBe(
      '数值“很多”无法识别 / value "很多" is not a quantity: write a number, optionally with 万 or 亿 and the target\'s measure (公里), e.g. 1.2万公里',
    );
    expect(refusal(() => parseQuantity("很多", "")).message).toBe(
      '数值“很多”无法识别 / value "很多" is not a quantity: write a number, optionally with 万 or 亿 and the target\'s measure, e.g. 1.2万',
    );
  });
});

describe("parseQuantity, the measure a value ends with", () => {
  it("reads a measure the lists do not hold when it is the target's own", () => {
    expect(parseQuantity("6课时", "课时")).toBe(6);
    expect(refusal(() => parseQuantity("6课时", "")).code).toBe("value.invalid");
  });

  it("takes any known measure for a target without one", () => {
    expect(parseQuantity("5公里", "")).toBe(5);
    expect(parseQuantity("5万人", "")).toBe(50_000);
  });

  it("reads a measure alone as no number, not as another measure", () => {
    expect(refusal(() => parseQuantity("公里", "座")).code).toBe("value.invalid");
    expect(refusal(() => parseQuantity("公里", "公里")).code).toBe("value.invalid");
  });

  it("names both measures when they differ", () => {
    expect(refusal(() => parseQuantity("5公里", "座"))).toEqual({
      code: "value.unit-mismatch",
      message: '数值“5公里”的计量单位是公里,该指标以座计 / value "5公里" is in 公里, but the target is measured in 座',
      details: { field: "value", value: "5公里", measure: "公里", targetUnit: "座" },
    });
  });

  it("prefers the longest measure: 平方公里 over 公里, 千米 over 米", () => {
    expect(parseQuantity("5平方公里", "平方公里")).toBe(5);
    expect(refusal(() => parseQuantity("5平方公里", "公里")).code).toBe("value.unit-mismatch");
    expect(parseQuantity("5千米", "公里")).toBe(5);
    expect(refusal(() => parseQuantity("5千米", "米")).code).toBe("value.unit-mismatch");
  });
});
