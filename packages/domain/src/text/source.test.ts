import { describe, expect, it } from "vitest";
import { fold, Joined, splitLines } from "./source.js";

describe("fold", () => {
  const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16));

  it("folds full-width ASCII one for one, keeping offsets", () => {
    // As printed: full-width brackets, colon, comma, semicolon, digit and full stop.
    const text = "\uFF08責任單位\uFF1A省財政廳\uFF0C市稅務局\uFF1B\uFF09\uFF11\uFF0E";
    expect(codes(text).filter((c) => c.startsWith("ff"))).toEqual(["ff08", "ff1a", "ff0c", "ff1b", "ff09", "ff11", "ff0e"]);
    const folded = fold(text);
    expect(folded).toBe("(責任單位:省財政廳,市稅務局;)1.");
    expect(codes(folded).filter((c) => c.length <= 2)).toEqual(["28", "3a", "2c", "3b", "29", "31", "2e"]);
    expect(folded.length).toBe(text.length);
  });

  it("folds the ideographic space and the lenticular and tortoise-shell brackets to ASCII", () => {
    expect(codes(fold("\u3010甲\u3011\u3000\u3014乙\u3015"))).toEqual(["28", "7532", "29", "20", "28", "4e59", "29"]);
  });

  it("leaves CJK punctuation that has no ASCII twin as it is", () => {
    expect(fold("\u3001\u3002\u201C\u201D\u300A\u300B")).toBe("\u3001\u3002\u201C\u201D\u300A\u300B");
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
    expect(
      new Joined([
        { line: 1, column: 1, text: "PPP" },
        { line: 2, column: 1, text: "mode" },
      ]).text,
    ).toBe("PPP mode");
  });
});
