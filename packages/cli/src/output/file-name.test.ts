import { describe, expect, it } from "vitest";
import { distinctFileNames, safeFileName } from "./file-name.js";

describe("file names from a unit's name", () => {
  it("replace what Windows refuses, and keep Chinese", () => {
    expect(safeFileName('\u50AC\u529E\u5355-\u7701\u653F\u5E9C/\u529E\u516C\u5385:"\u7763\u67E5"<\u5BA4>|?*')).toBe(
      "\u50AC\u529E\u5355-\u7701\u653F\u5E9C_\u529E\u516C\u5385__\u7763\u67E5__\u5BA4____",
    );
    expect(safeFileName("a\\b\u0001c\td")).toBe("a_b_c_d");
  });

  it("drop trailing dots and spaces, avoid device names, never come out empty or too long", () => {
    expect(safeFileName("\u7701\u8D22\u653F\u5385. . ")).toBe("\u7701\u8D22\u653F\u5385");
    expect(safeFileName("CON")).toBe("_CON");
    expect(safeFileName("lpt1.txt")).toBe("_lpt1.txt");
    expect(safeFileName("...")).toBe("_");
    expect(safeFileName("\u5355".repeat(300))).toHaveLength(100);
  });

  it("stay distinct when two names make the same file, whatever the case", () => {
    expect(distinctFileNames(["a/b", "a:b", "A_B", "c"], "md")).toEqual(["a_b.md", "a_b-2.md", "A_B-3.md", "c.md"]);
  });
});
