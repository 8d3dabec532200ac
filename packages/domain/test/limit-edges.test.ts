// The limit checks that guard work rather than outcome, seen from outside: a part with too many
// elements or attributes is refused for its size before anything malformed further on is read, each
// refusal names its site's count; a workbook's formula cells without a saved value are kept up to
// the last row and column a sheet may have, and passed over beyond.
import { describe, expect, it } from "vitest";
import * as hostile from "../fuzz/hostile.js";
import { zipOf } from "../fuzz/zip-writer.js";
import { readCsv } from "../src/formats/csv.js";
import { readXlsx } from "../src/formats/xlsx.js";
import { parseXml } from "../src/formats/xml.js";
import { openPackage, PackageError } from "../src/formats/zip.js";
import { LIMITS, LimitError } from "../src/limits.js";

/** What a call threw: the limit's name, "malformed" for a PackageError, or "read". */
const outcome = (read: () => unknown): string => {
  try {
    read();
    return "read";
  } catch (error) {
    if (error instanceof LimitError) return `${error.limit}: ${error.message}`;
    if (error instanceof PackageError) return "malformed";
    throw error;
  }
};
const parse = (xml: string, left: number) => () => parseXml(xml, "part.xml", { nodes: LIMITS.xmlNodes - left });
const OVER = "xmlNodes: part.xml: more elements, attributes and text runs, over the limit of 4,000,000 (xmlNodes)";

describe("xmlNodes, before the XML is read", () => {
  it("refuses a part whose start tags alone are too many before reading a malformed tag in it", () => {
    const tags = `<r x=1>${"<a/>".repeat(20)}</r>`;
    expect(outcome(parse(tags, 21))).toBe("malformed");
    expect(outcome(parse(tags, 20))).toBe(OVER);
    expect(outcome(parse(tags, 1))).toBe(OVER);
  });

  it("refuses a tag's attributes as they are counted, before reading a malformed one after them", () => {
    const attributes = '<r a="1" b="2" c="3" d=4/>';
    expect(outcome(parse(attributes, 4))).toBe("malformed");
    expect(outcome(parse(attributes, 3))).toBe("malformed");
    expect(outcome(parse(attributes, 2))).toBe(OVER);
    expect(outcome(parse(attributes, 1))).toBe(OVER);
  });

  it("names the limit when a text run passes it", () => {
    expect(outcome(parse("<r>text</r>", 2))).toBe("read");
    expect(outcome(parse("<r>text</r>", 1))).toBe(OVER);
  });
});

describe("formula cells without a saved value", () => {
  const formula = (ref: string) => readXlsx(hostile.xlsxOf(hostile.worksheet(`<row r="${/\d+/.exec(ref)![0]}"><c r="${ref}"><f>SUM(B1:B2)</f></c></row>`)))[0]!.rows;

  it("are kept, marked unsaved, in the last row and column a sheet may have", () => {
    expect(formula(`A${LIMITS.sheetRows}`)).toEqual([[expect.objectContaining({ text: "", line: LIMITS.sheetRows, column: 1, unsaved: true })]]);
    expect(formula(`A${LIMITS.sheetRows - 1}`)[0]).toEqual([expect.objectContaining({ unsaved: true })]);
    const last = formula("XFD1")[0]!;
    expect(last).toHaveLength(LIMITS.sheetColumns);
    expect(last.at(-1)).toEqual(expect.objectContaining({ text: "", line: 1, column: LIMITS.sheetColumns, unsaved: true }));
  });

  it("are passed over one row or one column beyond, as an empty cell is", () => {
    expect(formula(`A${LIMITS.sheetRows + 1}`)).toEqual([]);
    // Passed over, it widens no row of the sheet.
    const below = `<row r="${LIMITS.sheetRows + 1}"><c r="C${LIMITS.sheetRows + 1}"><f>SUM(B1:B2)</f></c></row>`;
    const rows = readXlsx(hostile.xlsxOf(hostile.worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>${below}`)))[0]!.rows;
    expect(rows).toEqual([[expect.objectContaining({ text: "x", line: 1, column: 1 })]]);
    expect(formula("XFE1")).toEqual([[]]);
    expect(formula("XFC1")[0]).toHaveLength(LIMITS.sheetColumns - 1);
  });
});

describe("packageBytes while a part inflates", () => {
  it("names the package's budget when a part bigger than any part may be would pass what is left of it", { timeout: 30_000 }, () => {
    const entries = [
      { name: "a", data: new Uint8Array(LIMITS.partBytes), method: 0 as const },
      { name: "b", data: new Uint8Array(LIMITS.packageBytes - LIMITS.partBytes - 10), method: 0 as const },
      { name: "c", data: hostile.storedDeflate(LIMITS.partBytes + 1), declaredSize: LIMITS.partBytes + 1 },
    ];
    const pkg = openPackage(zipOf(entries));
    pkg.bytes("a");
    pkg.bytes("b");
    expect(outcome(() => pkg.bytes("c"))).toBe("packageBytes: c: with the parts read before it, inflates to more bytes, over the limit of 67,108,864 (packageBytes)");
  });
});

describe("a CSV past sheetRows or sheetColumns", () => {
  it("names what it has more of", () => {
    expect(outcome(() => readCsv("x\n".repeat(LIMITS.sheetRows + 1)))).toBe("sheetRows: the table has more rows, over the limit of 100,000 (sheetRows)");
    expect(outcome(() => readCsv(`${"x,".repeat(LIMITS.sheetColumns)}x\n`))).toBe("sheetColumns: a row has more columns, over the limit of 16,384 (sheetColumns)");
  });
});
