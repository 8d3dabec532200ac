// The forms every parser test runs on: the printed one must really be full-width, or the tests
// that run on both would run twice on ASCII.
import { describe, expect, it } from "vitest";
import { FORMS, printed } from "./test-helpers.js";

const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16));

describe("printed", () => {
  it("prints brackets, colon, comma and semicolon full-width, and leaves numbers alone", () => {
    const text = printed("(责任单位:市财政局,市审计局;1,200户,10:30)");
    expect(codes(text).filter((c) => c.startsWith("ff"))).toEqual(["ff08", "ff1a", "ff0c", "ff1b", "ff0c", "ff09"]);
    expect(text).toContain("1,200");
    expect(text).toContain("10:30");
    expect(text.replace("1,200", "").replace("10:30", "")).not.toMatch(/[(:;),]/);
  });

  it("is the second of the two forms, and the first leaves the text as copied", () => {
    const [[, copied], [, asPrinted]] = FORMS as [[string, (t: string) => string], [string, (t: string) => string]];
    expect(copied("(a:b)")).toBe("(a:b)");
    expect(codes(asPrinted("(a:b)"))).toEqual(["ff08", "61", "ff1a", "62", "ff09"]);
  });
});
