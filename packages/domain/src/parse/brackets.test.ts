import { describe, expect, it } from "vitest";
import { fold } from "../text/source.js";
import { closingBracket, splitOutside } from "./brackets.js";
import { FORMS } from "./test-helpers.js";

// The parser finds brackets on folded text and cuts the text as printed at the same offsets:
// every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("brackets %s", (_name, form) => {
  it("finds the bracket that closes, past nested ones", () => {
    const text = form("(省发展改革委(苏区办))。");
    expect(closingBracket(fold(text), 1)).toBe(text.length - 2);
    expect(closingBracket(fold(form("(未闭合")), 1)).toBe(-1);
  });

  it("splits only at separators outside brackets", () => {
    const text = form("各县(市、区)人民政府、省财政厅");
    expect(splitOutside(fold(text), 0, text.length, "、").map(([s, e]) => text.slice(s, e))).toEqual([form("各县(市、区)人民政府"), "省财政厅"]);
  });
});
