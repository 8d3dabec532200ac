// Every entry of LIMITS, at the limit, just below and just above it, against the reader that
// enforces it: at the limit and below is read, one past it is a LimitError naming it. Each input is
// built at the size that matters and read by the one reader concerned, so that no test spawns
// anything or reads more than it must. readMillis and readMemoryMb are enforced by the API's worker
// thread (packages/api), not here: only their values are pinned.
import { describe, expect, it } from "vitest";
import * as hostile from "../fuzz/hostile.js";
import { zipOf } from "../fuzz/zip-writer.js";
import { readCsv } from "../src/formats/csv.js";
import { readDocx } from "../src/formats/docx.js";
import { parsePlanFile } from "../src/formats/file.js";
import { readXlsx } from "../src/formats/xlsx.js";
import { parseXml } from "../src/formats/xml.js";
import { openPackage, PackageError } from "../src/formats/zip.js";
import { LIMITS, LimitError, type LimitName } from "../src/limits.js";
import { outline } from "../src/parse/outline.js";
import type { Cell } from "../src/parse/table.js";
import { parsePlanRows, planText } from "../src/parse/plan.js";

/** The limit a call was refused for, or "read" when it was not refused. */
const refusal = (read: () => unknown): LimitName | "read" => {
  try {
    read();
    return "read";
  } catch (error) {
    if (error instanceof LimitError) return error.limit;
    throw error;
  }
};
const error = (read: () => unknown): LimitError => {
  try {
    read();
  } catch (e) {
    if (e instanceof LimitError) return e;
    throw e;
  }
  throw new Error("expected a LimitError");
};

describe("LIMITS", () => {
  it("are the documented bounds", () => {
    expect(LIMITS).toEqual({
      fileBytes: 20_971_520,
      zipEntries: 10_000,
      partBytes: 33_554_432,
      packageBytes: 67_108_864,
      xmlDepth: 256,
      xmlNodes: 4_000_000,
      sheetRows: 100_000,
      sheetColumns: 16_384,
      sheetCells: 500_000,
      textChars: 2_000_000,
      lineChars: 1_000_000,
      tasks: 20_000,
      readMillis: 10_000,
      readMemoryMb: 512,
    });
  });

  it("are refused with a LimitError naming the limit, the part and the maximum in force", () => {
    const plain = new LimitError("tasks", "the document has 20,001 tasks");
    expect(plain).toMatchObject({ name: "LimitError", code: "input.too-large", limit: "tasks", message: "the document has 20,001 tasks, over the limit of 20,000 (tasks)" });
    expect(plain.details).toEqual({ limit: "tasks", max: 20_000 });
    const inPart = new LimitError("xmlDepth", "elements nested 257 deep", "word/document.xml");
    expect(inPart.message).toBe("word/document.xml: elements nested 257 deep, over the limit of 256 (xmlDepth)");
    expect(inPart.details).toEqual({ limit: "xmlDepth", max: 256, part: "word/document.xml" });
    const own = new LimitError("readMillis", "reading the document did not finish in time", undefined, 2_500);
    expect(own.message).toBe("reading the document did not finish in time, over the limit of 2,500 (readMillis)");
    expect(own.details).toEqual({ limit: "readMillis", max: 2_500 });
  });
});

describe("fileBytes", () => {
  // Named .docx, a file within the limit goes on to the zip reader, which finds no package.
  const read = (size: number) => () => parsePlanFile(new Uint8Array(size), { name: "plan.docx" });

  it("refuses a file one byte over, before reading it", () => {
    expect(error(read(LIMITS.fileBytes + 1)).message).toBe("the file has 20,971,521 bytes, over the limit of 20,971,520 (fileBytes)");
  });

  it.each([LIMITS.fileBytes, LIMITS.fileBytes - 1])("reads a file of %d bytes", (size) => {
    expect(read(size)).toThrow(PackageError);
  });
});

describe("zipEntries", () => {
  it.each([
    [LIMITS.zipEntries - 1, "read"],
    [LIMITS.zipEntries, "read"],
    [LIMITS.zipEntries + 1, "zipEntries"],
  ])("a package of %d entries: %s", (count, outcome) => {
    expect(refusal(() => openPackage(hostile.entryBomb(count)))).toBe(outcome);
  });

  it("names the count", () => {
    expect(error(() => openPackage(hostile.entryBomb(10_001))).message).toBe("the package has 10,001 entries, over the limit of 10,000 (zipEntries)");
  });
});

describe("partBytes and packageBytes", () => {
  const stored = (name: string, size: number) => ({ name, data: new Uint8Array(size), method: 0 as const });
  const deflated = (name: string, size: number) => ({ name, data: hostile.storedDeflate(size), declaredSize: size });
  const readAll = (entries: Parameters<typeof zipOf>[0]) => () => {
    const pkg = openPackage(zipOf(entries));
    return entries.map((e) => pkg.bytes(e.name)!.length);
  };

  it("reads a part of partBytes bytes, and refuses one byte more", () => {
    expect(readAll([stored("a", LIMITS.partBytes)])()).toEqual([LIMITS.partBytes]);
    expect(readAll([stored("a", LIMITS.partBytes - 1)])()).toEqual([LIMITS.partBytes - 1]);
    const over = error(readAll([stored("a", LIMITS.partBytes + 1)]));
    expect(over.limit).toBe("partBytes");
    expect(over.message).toBe("a: inflates to more bytes, over the limit of 33,554,432 (partBytes)");
  });

  it("stops inflating a part one byte past partBytes", { timeout: 30_000 }, () => {
    expect(error(readAll([deflated("a", LIMITS.partBytes + 1)])).message).toBe("a: inflates to more bytes, over the limit of 33,554,432 (partBytes)");
  });

  it("reads parts of packageBytes bytes together, and refuses one byte more", () => {
    const half = LIMITS.packageBytes / 2;
    expect(readAll([stored("a", half), stored("b", half)])()).toEqual([half, half]);
    expect(readAll([stored("a", half), stored("b", half - 1), stored("c", 1)])()).toEqual([half, half - 1, 1]);
    const over = error(readAll([stored("a", half), stored("b", half), stored("c", 1)]));
    expect(over.message).toBe("c: with the parts read before it, inflates to more bytes, over the limit of 67,108,864 (packageBytes)");
  });

  it("inflates a part only as far as what is left of the package's budget", () => {
    // Ten bytes are left after the first two parts: a deflated part of ten reads, one of eleven is refused as it inflates.
    const before = [stored("a", LIMITS.partBytes), stored("b", LIMITS.packageBytes - LIMITS.partBytes - 10)];
    expect(readAll([...before, deflated("c", 10)])().at(-1)).toBe(10);
    expect(readAll([...before, deflated("c", 9)])().at(-1)).toBe(9);
    expect(error(readAll([...before, deflated("c", 11)])).message).toBe("c: with the parts read before it, inflates to more bytes, over the limit of 67,108,864 (packageBytes)");
  });
});

describe("xmlDepth", () => {
  const nested = (depth: number) => () => parseXml(`${"<a>".repeat(depth)}${"</a>".repeat(depth)}`, "part.xml");

  it.each([
    [LIMITS.xmlDepth - 1, "read"],
    [LIMITS.xmlDepth, "read"],
    [LIMITS.xmlDepth + 1, "xmlDepth"],
  ])("elements nested %d deep: %s", (depth, outcome) => {
    expect(refusal(nested(depth))).toBe(outcome);
  });

  it("names the depth and the part", () => {
    expect(error(nested(257)).message).toBe("part.xml: elements nested 257 deep, over the limit of 256 (xmlDepth)");
  });
});

describe("xmlNodes", () => {
  // A budget already spent up to `left` nodes short of the limit, as by the parts of a file read before.
  const parse = (xml: string, left: number) => () => parseXml(xml, "part.xml", { nodes: LIMITS.xmlNodes - left });

  it("counts elements before building any of them", () => {
    const ten = `<r>${"<a/>".repeat(9)}</r>`;
    expect(refusal(parse(ten, 11))).toBe("read");
    expect(refusal(parse(ten, 10))).toBe("read");
    expect(refusal(parse(ten, 9))).toBe("xmlNodes");
  });

  it("counts attributes and text runs as they are read", () => {
    // One element, two attributes and a text run: four nodes, one of them a start tag.
    const four = '<r x="1" y="2">text</r>';
    expect(refusal(parse(four, 5))).toBe("read");
    expect(refusal(parse(four, 4))).toBe("read");
    expect(refusal(parse(four, 3))).toBe("xmlNodes");
    expect(refusal(parse('<r x="1" y="2"/>', 3))).toBe("read");
    expect(refusal(parse('<r x="1" y="2"/>', 2))).toBe("xmlNodes");
    expect(refusal(parse('<r x="1" y="2" z="3" w="4"/>', 1))).toBe("xmlNodes");
  });

  it("spends the budget it is given, and names the part", () => {
    const budget = { nodes: 0 };
    parseXml('<r x="1">text<a/></r>', "part.xml", budget);
    expect(budget.nodes).toBe(4);
    expect(error(parse("<r/>", 0)).message).toBe("part.xml: more elements, attributes and text runs, over the limit of 4,000,000 (xmlNodes)");
  });
});

describe("sheetRows and sheetColumns", () => {
  it.each([
    [LIMITS.sheetRows - 1, "read"],
    [LIMITS.sheetRows, "read"],
    [LIMITS.sheetRows + 1, "sheetRows"],
  ])("a CSV of %d rows: %s", (rows, outcome) => {
    expect(refusal(() => readCsv("x\n".repeat(rows)))).toBe(outcome);
  });

  it.each([
    [LIMITS.sheetColumns - 1, "read"],
    [LIMITS.sheetColumns, "read"],
    [LIMITS.sheetColumns + 1, "sheetColumns"],
  ])("a CSV row of %d columns: %s", (columns, outcome) => {
    expect(refusal(() => readCsv(`${"x,".repeat(columns - 1)}x\n`))).toBe(outcome);
  });

  it("reads a CSV at both limits in full", () => {
    expect(readCsv("x\n".repeat(LIMITS.sheetRows))).toHaveLength(LIMITS.sheetRows);
    expect(readCsv(`${"x,".repeat(LIMITS.sheetColumns - 1)}x`)[0]).toHaveLength(LIMITS.sheetColumns);
  });

  it.each([
    ["A99999", "read"],
    ["A100000", "read"],
    ["A100001", "sheetRows"],
    ["XFC1", "read"],
    ["XFD1", "read"],
    ["XFE1", "sheetColumns"],
  ])("a workbook with data at %s: %s", (ref, outcome) => {
    expect(refusal(() => readXlsx(hostile.farCell(ref)))).toBe(outcome);
  });

  it("names the row or column of a workbook's far cell", () => {
    expect(error(() => readXlsx(hostile.farCell("A100001"))).message).toBe("xl/worksheets/sheet1.xml: a cell holds data in row 100,001, over the limit of 100,000 (sheetRows)");
    expect(error(() => readXlsx(hostile.farCell("XFE1"))).message).toBe("xl/worksheets/sheet1.xml: a cell holds data in column 16,385, over the limit of 16,384 (sheetColumns)");
  });

  it("keeps a workbook's rows without data up to the last row a sheet may have, and passes over those past it", () => {
    const emptyRow = (r: number) => readXlsx(hostile.xlsxOf(hostile.worksheet(`<row r="${r}"><c r="A${r}" s="1"/></row>`)))[0]!.rows;
    expect(emptyRow(LIMITS.sheetRows)).toEqual([[]]);
    expect(emptyRow(LIMITS.sheetRows + 1)).toEqual([]);
  });
});

describe("sheetCells", () => {
  const csv = (rows: number, columns: number) => `${"x,".repeat(columns - 1)}x\n`.repeat(rows);

  it("reads a CSV of 500,000 cells, and one less, and refuses one more", () => {
    expect(refusal(() => readCsv(csv(5_000, 100)))).toBe("read");
    expect(refusal(() => readCsv(`${csv(4_999, 100)}${"x,".repeat(98)}x`))).toBe("read");
    expect(refusal(() => readCsv(`${csv(5_000, 100)}x`))).toBe("sheetCells");
  });

  // A sheet of `rows` rows padded to `width` columns: data at its first and last column, rows below it empty.
  const sheet = (rows: number, width: number) => {
    const columnName = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
    const cell = (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>x</t></is></c>`;
    let xml = `<row r="1">${cell("A1")}${cell(`${columnName(width)}1`)}</row>`;
    for (let r = 2; r <= rows; r++) xml += `<row r="${r}"/>`;
    return hostile.worksheet(xml);
  };
  const workbook =
    (...sheets: string[]) =>
    () =>
      readXlsx(hostile.zipParts(hostile.workbookParts(sheets)));

  it("counts the cells a workbook's sheets fill, padded, across its sheets", () => {
    expect(refusal(workbook(sheet(1_000, 500)))).toBe("read");
    expect(refusal(workbook(sheet(1, 1), sheet(999, 500)))).toBe("read");
    expect(refusal(workbook(sheet(1, 1), sheet(1_000, 500)))).toBe("sheetCells");
    expect(error(workbook(sheet(1, 1), sheet(1_000, 500))).message).toBe(
      "xl/worksheets/sheet2.xml: the workbook fills more cells (this sheet 1,000 rows by 500 columns), over the limit of 500,000 (sheetCells)",
    );
  });

  it("names the limit of a CSV", () => {
    expect(error(() => readCsv(`${csv(5_000, 100)}x`)).message).toBe("the table has more cells, over the limit of 500,000 (sheetCells)");
  });
});

describe("textChars and lineChars", () => {
  const x = (n: number) => "x".repeat(n);

  it.each([
    [LIMITS.textChars - 1, "read"],
    [LIMITS.textChars, "read"],
    [LIMITS.textChars + 1, "textChars"],
  ])("a text of %d characters in two lines: %s", (chars, outcome) => {
    expect(refusal(() => planText(`${x(LIMITS.lineChars)}\n${x(chars - LIMITS.lineChars - 1)}`))).toBe(outcome);
  });

  it.each([
    ["the only line", LIMITS.lineChars - 1, "read", ""],
    ["the only line", LIMITS.lineChars, "read", ""],
    ["the only line", LIMITS.lineChars + 1, "lineChars", ""],
    ["a line between others", LIMITS.lineChars, "read", "a\n"],
    ["a line between others", LIMITS.lineChars + 1, "lineChars", "a\n"],
  ])("%s, of %d characters: %s", (_, chars, outcome, before) => {
    expect(refusal(() => planText(`${before}${x(chars)}${before ? "\nb" : ""}`))).toBe(outcome);
  });

  it("checks the last line, after a line break", () => {
    expect(refusal(() => planText(`a\nb\n${x(LIMITS.lineChars)}`))).toBe("read");
    expect(refusal(() => planText(`a\nb\n${x(LIMITS.lineChars + 1)}`))).toBe("lineChars");
  });

  it("names the line and the count", () => {
    expect(error(() => planText(`a\n${x(LIMITS.lineChars + 1)}\nb`)).message).toBe("line 2 has 1,000,001 characters, over the limit of 1,000,000 (lineChars)");
    expect(error(() => planText(`a\nb\n${x(LIMITS.lineChars + 1)}`)).message).toMatch(/^line 3 has/);
    expect(error(() => planText(`${x(LIMITS.lineChars)}\n${x(LIMITS.lineChars)}`)).message).toBe("the document has 2,000,001 characters, over the limit of 2,000,000 (textChars)");
  });

  it("counts a Word document's text with a line break after each paragraph", () => {
    const docx = (chars: number) => () => readDocx(hostile.docxOf(`<w:p><w:r><w:t>${x(chars)}</w:t></w:r></w:p>`));
    expect(refusal(docx(LIMITS.textChars - 2))).toBe("read");
    expect(refusal(docx(LIMITS.textChars - 1))).toBe("read");
    expect(error(docx(LIMITS.textChars)).message).toBe("word/document.xml: the document's text has more characters, over the limit of 2,000,000 (textChars)");
  });

  it("counts the characters of a workbook's cells", () => {
    const xlsx = (chars: number) => () => readXlsx(hostile.xlsxOf(hostile.worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${x(chars)}</t></is></c></row>`)));
    expect(refusal(xlsx(LIMITS.textChars - 1))).toBe("read");
    expect(refusal(xlsx(LIMITS.textChars))).toBe("read");
    expect(error(xlsx(LIMITS.textChars + 1)).message).toBe("xl/worksheets/sheet1.xml: the workbook's cells hold more characters, over the limit of 2,000,000 (textChars)");
  });
});

// Twenty thousand tasks take a second or two to read: more time than the default, on a busy machine.
describe("tasks", { timeout: 30_000 }, () => {
  // Text: 一、 then 1. to 9999. (four digits at most), 二、 then 1. to 9999., so 20,000 items; one more heading makes 20,001.
  const section = (heading: string, items: number, from: number) => [
    { number: from, text: `${heading}、领域` },
    ...Array.from({ length: items }, (_, i) => ({ number: from + i + 1, text: `${i + 1}.推进工作` })),
  ];
  const text = [...section("一", 9_999, 1), ...section("二", 9_999, 10_001)];

  it("reads a text of 20,000 numbered items, and refuses the 20,001st", () => {
    expect(outline(text).items).toHaveLength(LIMITS.tasks);
    expect(outline(text.slice(0, -1)).items).toHaveLength(LIMITS.tasks - 1);
    expect(error(() => outline([...text, { number: 20_001, text: "三、领域" }])).message).toBe("the document has more than 20,000 numbered items, over the limit of 20,000 (tasks)");
  });

  // Rows: an area column, numbers 1 to 9999 in each area.
  const cell = (value: string, line: number, column: number): Cell => ({ text: value, line, column });
  const rows = (count: number): Cell[][] => [
    [cell("领域", 1, 1), cell("序号", 1, 2), cell("工作任务", 1, 3)],
    ...Array.from({ length: count }, (_, i) => [cell(`领域${Math.floor(i / 9_999) + 1}`, i + 2, 1), cell(String((i % 9_999) + 1), i + 2, 2), cell("推进工作", i + 2, 3)]),
  ];

  it("reads a table of 20,000 tasks, and refuses 20,001", () => {
    expect(parsePlanRows(rows(LIMITS.tasks)).tasks).toHaveLength(LIMITS.tasks);
    expect(error(() => parsePlanRows(rows(LIMITS.tasks + 1))).message).toBe("the document has 20,001 tasks, over the limit of 20,000 (tasks)");
  });
});
