// Hostile files: every attack on the file readers that was measured against them is read or
// refused with the right typed error, within a bounded heap; and a brief fuzz run finds nothing
// but Plans and PlanErrors. The long run is `pnpm fuzz` (fuzz/run.ts). No timings are asserted
// here: speed belongs to the fuzz report.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileCase } from "../fuzz/arbitraries.js";
import * as hostile from "../fuzz/hostile.js";
import { describeError, runCase } from "../fuzz/outcome.js";
import { spawnWorker } from "../fuzz/spawn.js";
import type { Done, Message } from "../fuzz/worker.js";
import { deflateRepeat, zipOf } from "../fuzz/zip-writer.js";
import { LIMITS, LimitError, PackageError, Plan, parsePlanFile, PlanError, readCsv, readDocx, readXlsx } from "../src/index.js";

/** The error reading the bytes throws (parsePlanFile, under the given name), or undefined when it reads them. */
const refusal = (bytes: Uint8Array, name: string): PlanError | undefined => {
  try {
    parsePlanFile(bytes, { name });
    return undefined;
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
};
const limitOf = (bytes: Uint8Array, name: string) => {
  const error = refusal(bytes, name);
  expect(error).toBeInstanceOf(LimitError);
  expect(error!.code).toBe("input.too-large");
  return (error as LimitError).limit;
};
const texts = (bytes: Uint8Array) => readXlsx(bytes).map((s) => s.rows.map((r) => r.map((c) => c.text)));
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe("spreadsheets that claim more than they hold", () => {
  it("reads the merge bomb (A1:XFD1048576 over one cell) as the one cell it holds", () => {
    const [sheet] = readXlsx(hostile.mergeBomb());
    expect(sheet!.rows).toEqual([[{ text: "x", line: 1, column: 1 }]]);
  });

  it("fills a merged area only within the rows and columns that hold data, and marks the copies", () => {
    const rows = `<row r="1">${cell("A1", "领域")}${cell("C1", "c")}</row><row r="2">${cell("C2", "d")}</row><row r="3">${cell("B3", "e")}</row>`;
    const bytes = hostile.xlsxOf(hostile.worksheet(rows, '<mergeCells><mergeCell ref="A1:Z100000"/></mergeCells>'));
    expect(texts(bytes)).toEqual([
      [
        ["领域", "领域", "领域"],
        ["领域", "领域", "领域"],
        ["领域", "领域", "领域"],
      ],
    ]);
    expect(readXlsx(bytes)[0]!.rows[2]![1]).toMatchObject({ merged: true, line: 3, column: 2 });
  });

  it("refuses data at column ZZZZ or row 99,999,999, naming the limit and the part", () => {
    expect(limitOf(hostile.farCell("ZZZZ1"), "far.xlsx")).toBe("sheetColumns");
    expect(refusal(hostile.farCell("ZZZZ1"), "far.xlsx")!.message).toBe("xl/worksheets/sheet1.xml: a cell holds data in column 475,254, over the limit of 16,384 (sheetColumns)");
    expect(limitOf(hostile.farCell("A99999999"), "far.xlsx")).toBe("sheetRows");
  });

  it("passes over empty cells and rows beyond the limits, as writers format whole rows and columns", () => {
    const bytes = hostile.xlsxOf(hostile.worksheet(`<row r="1">${cell("A1", "a")}<c r="ZZZZ1" s="1"/></row><row r="1048576"><c r="A1048576" s="1"/></row>`));
    expect(texts(bytes)).toEqual([[["a"]]]);
  });

  it("pads rows only to the last column that holds data", () => {
    const bytes = hostile.xlsxOf(hostile.worksheet(`<row r="1">${cell("B1", "b")}<c r="XFD1" s="1"/></row><row r="2"/>`));
    expect(texts(bytes)).toEqual([
      [
        ["", "b"],
        ["", ""],
      ],
    ]);
  });

  it("refuses a sheet whose rows, padded to its last column, come to more than LIMITS.sheetCells, before making them", () => {
    const error = refusal(hostile.wideSheet(200), "wide.xlsx")!;
    expect((error as LimitError).limit).toBe("sheetCells");
    expect(error.message).toBe("xl/worksheets/sheet1.xml: the workbook fills more cells (this sheet 200 rows by 16,384 columns), over the limit of 500,000 (sheetCells)");
  });

  it("fills a repeated merged area once, and refuses merged areas that overlap past the sheet's size", () => {
    const rows = `<row r="1">${cell("A1", "a")}${cell("B1", "b")}</row><row r="2"/>`;
    const merges = (refs: string[]) => `<mergeCells>${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
    expect(texts(hostile.xlsxOf(hostile.worksheet(rows, merges(["A1:A2", "A1:A2"]))))).toEqual([
      [
        ["a", "b"],
        ["a", ""],
      ],
    ]);
    const overlapping = hostile.xlsxOf(hostile.worksheet(rows, merges(["A1:B2", "A1:B3", "A1:B4", "A1:B5"])));
    expect(limitOf(overlapping, "overlap.xlsx")).toBe("sheetCells");
  });

  it("refuses a long shared string repeated over thousands of cells (textChars)", () => {
    expect(limitOf(hostile.sharedStringBomb(), "shared.xlsx")).toBe("textChars");
  });

  it("reads a sheet part that thousands of sheets point at once", () => {
    const sheets = readXlsx(hostile.sheetBomb(2_000));
    expect(sheets).toHaveLength(2_000);
    expect(sheets.filter((s) => s.rows.length > 0)).toHaveLength(1);
  });

  it("leaves date serials that are no date as written", () => {
    const serials = ["-1", "1e308", "NaN", "99999999999", "2958466", "Infinity", "0x10", "45838", "2958465"];
    expect(texts(hostile.bogusDates(serials))[0]![0]).toEqual(["-1", "1e308", "NaN", "99999999999", "2958466", "Infinity", "0x10", "2025-06-30", "9999-12-31"]);
  });
});

describe("packages that inflate past the limits", () => {
  it("refuses a 1 GiB part whose headers declare 1,000 bytes, without inflating it (partBytes)", () => {
    const error = refusal(hostile.zipBomb(2 ** 30, 1000), "bomb.docx")!;
    expect(error).toBeInstanceOf(LimitError);
    expect(error.details).toEqual({ limit: "partBytes", max: LIMITS.partBytes, part: "word/document.xml" });
    expect(error.message).toBe("word/document.xml: inflates to more bytes, over the limit of 33,554,432 (partBytes)");
  });

  it("counts every part a reader opens against packageBytes", () => {
    // Three sheets of 30 MiB each: under partBytes one by one, over packageBytes together.
    const part = (i: number) => ({ name: `xl/worksheets/sheet${i}.xml`, data: deflateRepeat(30 * 2 ** 20) });
    const parts = hostile.workbookParts(["", "", ""]);
    const entries = Object.entries(parts)
      .filter(([path]) => !path.startsWith("xl/worksheets/"))
      .map(([name, xml]) => ({ name, data: new TextEncoder().encode(xml), method: 0 as const }));
    expect(limitOf(zipOf([...entries, part(1), part(2), part(3)]), "three.xlsx")).toBe("packageBytes");
  });

  it("refuses more than LIMITS.zipEntries entries from the directory alone, and reads as many", () => {
    expect(limitOf(hostile.entryBomb(10_001), "entries.docx")).toBe("zipEntries");
    expect(readDocx(hostile.entryBomb(10_000))).toBe("");
  });

  it("lists a package's parts without inflating them: a bomb beside the document costs nothing", () => {
    const bytes = zipOf([
      { name: "word/document.xml", data: new TextEncoder().encode(hostile.wordDocument("<w:p><w:r><w:t>1.新建公园10个(责任单位:市园林局)</w:t></w:r></w:p>")), method: 0 },
      { name: "word/media/image1.png", data: deflateRepeat(2 ** 30), declaredSize: 100 },
    ]);
    expect(readDocx(bytes)).toBe("1.新建公园10个(责任单位:市园林局)");
  });

  it("refuses a non-zip .docx, a cut-short package and corrupt deflate data with a PackageError", () => {
    expect(refusal(new TextEncoder().encode("not a zip"), "plan.docx")).toBeInstanceOf(PackageError);
    const real = hostile.docxOf("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
    expect(refusal(real.slice(0, real.length - 30), "plan.docx")).toBeInstanceOf(PackageError);
    const corrupt = zipOf([{ name: "word/document.xml", data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) }]);
    expect(refusal(corrupt, "plan.docx")!.message).toMatch(/^word\/document\.xml is corrupt/);
  });
});

describe("malformed and deep XML", () => {
  it("refuses nesting deeper than LIMITS.xmlDepth, and reads nesting to the limit", () => {
    expect(limitOf(hostile.deepNesting(100_000), "deep.docx")).toBe("xmlDepth");
    // w:document and w:body are two levels: 254 more make 256.
    expect(readDocx(hostile.deepNesting(254, "w:sdt"))).toBe("");
    expect(limitOf(hostile.deepNesting(255, "w:sdt"), "deep.docx")).toBe("xmlDepth");
  });

  it("refuses a part of millions of empty elements before building them (xmlNodes)", () => {
    expect(limitOf(hostile.nodeBomb(30 * 2 ** 20), "nodes.xlsx")).toBe("xmlNodes");
  });

  it("names the part that is not well-formed", () => {
    const error = refusal(hostile.docxOf("<w:p><!-- never closed"), "plan.docx")!;
    expect(error).toBeInstanceOf(PackageError);
    expect(error.message).toMatch(/^word\/document\.xml is not well-formed XML: a comment is never closed at offset \d+/);
    expect(error.details).toEqual({ part: "word/document.xml" });
    expect(refusal(hostile.xlsxOf('<worksheet><sheetData><row><c r="A1" t="s></row>'), "plan.xlsx")!.message).toMatch(/^xl\/worksheets\/sheet1\.xml is not well-formed XML/);
  });

  it("reads numbering with levels, starts and label patterns out of any range Word writes", () => {
    // Level 0 starts at 1e300 in upper Roman, which has no such numeral: written in digits. Levels
    // 1 and 8 are not defined, and the level at 1,000,000,000 is no level at all.
    expect(readDocx(hostile.numberingBomb(2, "%1.%2.%9.")).split("\n")).toEqual(["1E+300.1.1.x", "1E+300.1.1.x"]);
    // A label pattern of 15,000 characters is cut to 255.
    expect(readDocx(hostile.numberingBomb(1)).length).toBeLessThan(2_000);
  });
});

describe("CSV", () => {
  it("reads a quoted field of a million characters and doubled quotes in one pass", () => {
    const rows = readCsv(`a,"${'x""'.repeat(333_333)}"\n`);
    expect(rows[0]![1]!.text).toHaveLength(666_666);
  });

  it("refuses more rows, columns or cells than a sheet may have", () => {
    expect(() => readCsv("\n".repeat(LIMITS.sheetRows + 1) + "x")).toThrow(LimitError);
    expect(() => readCsv(",".repeat(LIMITS.sheetColumns))).toThrow(/sheetColumns/);
  });
});

it("refuses a file over LIMITS.fileBytes before reading it", () => {
  expect(limitOf(new Uint8Array(LIMITS.fileBytes + 1), "big.txt")).toBe("fileBytes");
});

it(`reads or refuses every bomb within the ${LIMITS.readMemoryMb} MB heap a server gives a read`, async () => {
  // In a worker thread whose heap is capped: a bomb that needed more would stop it (ERR_WORKER_OUT_OF_MEMORY).
  const worker = spawnWorker(LIMITS.readMemoryMb);
  const done: Done[] = [];
  let started = "";
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (message: Message) => {
        if (message.type === "start") started = message.label;
        else if (message.type === "done") done.push(message);
        else resolve();
      });
      worker.on("error", (error) => reject(new Error(`${started}: ${String(error)}`)));
      worker.postMessage({ type: "bombs" });
    });
  } finally {
    await worker.terminate();
  }
  expect(done.map((d) => [hostile.NAMED_BOMBS[d.index]!.name, d.kind, d.limit ?? d.code ?? d.error ?? ""])).toEqual([
    ["merge bomb A1:XFD1048576", "read", ""],
    ["cell at ZZZZ1", "typed", "sheetColumns"],
    ["cell at A99999999", "typed", "sheetRows"],
    ["zip bomb, 1 GiB part", "typed", "partBytes"],
    ["zip bomb, 200 MiB part", "typed", "partBytes"],
    ["10,001 entries", "typed", "zipEntries"],
    ["nesting 100,000 deep", "typed", "xmlDepth"],
    ["30 MiB of empty elements", "typed", "xmlNodes"],
    ["50,000 sheets on one part", "read", ""],
    ["9,990 sheets with a header each", "read", ""],
    ["200 rows padded to column XFD: 3.3M cells", "typed", "sheetCells"],
    ["a 1M-character shared string in 5,000 cells", "typed", "textChars"],
    ["numbering out of range", "read", ""],
    ["a 5M-character quoted CSV field", "typed", "textChars"],
    ["5 MB of UTF-16 with a control character every other character, one line", "typed", "input.undecodable"],
  ]);
}, 120_000);

it("reads hostile files of every kind into a Plan or a PlanError, never anything else", () => {
  fc.assert(
    fc.property(hostileCase(), (c) => {
      const outcome = runCase(c, c.bytes());
      if (outcome.kind === "untyped") throw new Error(`${c.family} ${c.label} via ${c.reader}: ${describeError(outcome.error)}`);
      if (outcome.kind === "read" && c.reader === "parsePlanFile") expect(Plan.safeParse(outcome.value).success).toBe(true);
    }),
    { numRuns: 300 },
  );
}, 120_000);
