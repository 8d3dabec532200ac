import { describe, expect, it } from "vitest";
import { closingBracket, splitOutside } from "./brackets.js";

describe("brackets", () => {
  it("finds the bracket that closes, past nested ones", () => {
    const text = "(省发展改革委(苏区办))。";
    expect(closingBracket(text, 1)).toBe(text.length - 2);
    expect(closingBracket("(未闭合", 1)).toBe(-1);
  });

  it("splits only at separators outside brackets", () => {
    const text = "各县(市、区)人民政府、省财政厅";
    expect(splitOutside(text, 0, text.length, "、").map(([s, e]) => text.slice(s, e))).toEqual(["各县(市、区)人民政府", "省财政厅"]);
  });
});
