import { describe, expect, it } from "vitest";
import { quotedMask } from "./quotes.js";

const masked = (text: string) => [...quotedMask(text)].map((m, i) => (m ? text[i] : "")).join("");

describe("quotedMask", () => {
  it("covers quotation and book-title marks", () => {
    expect(masked("实施“5511”工程,纳入《规划(2030)》")).toBe("“5511”《规划(2030)》");
  });

  it("ends an unclosed quote at the sentence's end", () => {
    expect(masked("实施“5511工程。新建10个")).toBe("“5511工程。");
  });
});
