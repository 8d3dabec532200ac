import { describe, expect, it } from "vitest";
import { chineseNumeral, scaledDecimal } from "./numerals.js";

describe("chineseNumeral", () => {
  it.each([
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["三十", 30],
    ["一百二十", 120],
    ["一百零五", 105],
    ["两千", 2000],
    ["兩千五百", 2500],
    ["三十万", 300000],
    ["一亿二千万", 120000000],
    ["二〇一六", 2016],
  ])("%s → %d", (text, value) => expect(chineseNumeral(text)).toBe(value));

  it("rejects text that is not a numeral", () => {
    expect(chineseNumeral("三个")).toBeNull();
    expect(chineseNumeral("")).toBeNull();
  });
});

describe("scaledDecimal", () => {
  it("scales decimals without binary rounding error", () => {
    expect(scaledDecimal("1.08", 4)).toBe(10800);
    expect(scaledDecimal("2.5", 4)).toBe(25000);
    expect(scaledDecimal("29", 8)).toBe(2900000000);
    expect(scaledDecimal("0.3", 0)).toBe(0.3);
    expect(scaledDecimal("1,200", 0)).toBe(1200);
  });
});
