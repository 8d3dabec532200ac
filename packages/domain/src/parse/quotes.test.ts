import { describe, expect, it } from "vitest";
import { fold } from "../text/source.js";
import { quotedMask } from "./quotes.js";
import { FORMS } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("quotedMask %s", (_name, form) => {
  const masked = (copied: string) => {
    const text = form(copied);
    return [...quotedMask(fold(text))].map((m, i) => (m ? text[i] : "")).join("");
  };

  it("covers quotation and book-title marks", () => {
    expect(masked("实施“5511”工程,纳入《规划(2030)》")).toBe(form("“5511”《规划(2030)》"));
  });

  it("ends an unclosed quote at the sentence's end", () => {
    expect(masked("实施“5511工程。新建10个")).toBe("“5511工程。");
  });
});
