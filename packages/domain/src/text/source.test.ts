import { describe, expect, it } from "vitest";
import { fold, Joined, splitLines } from "./source.js";

describe("fold", () => {
  it("folds full-width ASCII one for one, keeping offsets", () => {
    const text = "(責任單位:省財政廳)1.";
    expect(fold(text)).toBe("(責任單位:省財政廳)1.");
    expect(fold(text).length).toBe(text.length);
  });
});

describe("Joined", () => {
  const lines = splitLines("7.提升\r\n  文化館。(責任單位:省\n文化廳)");
  const joined = new Joined(lines.map((l) => ({ line: l.number, column: 1, text: l.text })));

  it("rejoins lines without inserting anything between Chinese characters", () => {
    expect(joined.text).toBe("7.提升  文化館。(責任單位:省文化廳)");
  });

  it("maps every offset back to its line and column", () => {
    const at = joined.text.indexOf("文化廳");
    expect(joined.position(at)).toEqual({ line: 3, column: 1 });
    expect(joined.position(joined.text.indexOf("省"))).toEqual({ line: 2, column: 13 });
  });

  it("tells whether a span runs across a line break", () => {
    const start = joined.text.indexOf("省文化廳");
    expect(joined.spansBreak(start, start + 4)).toBe(true);
    expect(joined.spansBreak(start + 1, start + 4)).toBe(false);
  });

  it("keeps Latin words apart when a line break falls between them", () => {
    expect(new Joined([{ line: 1, column: 1, text: "PPP" }, { line: 2, column: 1, text: "mode" }]).text).toBe("PPP mode");
  });
});
