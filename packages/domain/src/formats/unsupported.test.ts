// numbered.doc and tasks.xls were written by LibreOffice as Word and Excel 97–2003 files (see
// test/fixtures/make.sh); the other files are made here from the bytes that identify them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PlanError } from "../errors.js";
import { parsePlanFile } from "./file.js";
import { UnsupportedFormatError } from "./unsupported.js";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url))));

/** The error parsePlanFile throws for the file, or undefined when it reads it. */
const refusal = (bytes: Uint8Array, name: string): UnsupportedFormatError | undefined => {
  try {
    parsePlanFile(bytes, { name });
    return undefined;
  } catch (error) {
    if (error instanceof UnsupportedFormatError) return error;
    throw error;
  }
};
const formatOf = (bytes: Uint8Array, name: string) => refusal(bytes, name)?.format;

/** An OLE2 compound file's header and one directory sector naming the given streams. */
const ole = (...streams: string[]) => {
  const bytes = new Uint8Array(512 + 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ["Root Entry", ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    Array.from(name).forEach((ch, j) => {
      bytes[at + j * 2] = ch.charCodeAt(0);
    });
    bytes[at + 64] = (name.length + 1) * 2;
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return bytes;
};
const ascii = (text: string) => new TextEncoder().encode(text);
const binary = new Uint8Array([0x00, 0x9f, 0x00, 0xff, 0x13, 0x00]);

describe("files plan does not read", () => {
  it("names a Word 97–2003 file by its bytes, whatever its name, and says how to convert it", () => {
    const doc = fixture("numbered.doc");
    const error = refusal(doc, "report.doc")!;
    expect(error).toBeInstanceOf(PlanError);
    expect(error.code).toBe("input.unsupported-format");
    expect(error.details).toEqual({ format: "doc" });
    expect(error.message).toBe("a Word 97\u20132003 (.doc) file; open it in Word or WPS and save it as .docx, or save it as text");
    // By its WordDocument stream when the name says nothing, or lies.
    expect(formatOf(doc, "upload")).toBe("doc");
    expect(formatOf(doc, "plan.txt")).toBe("doc");
  });

  it("names an Excel 97–2003 workbook by its bytes", () => {
    const xls = fixture("tasks.xls");
    expect(refusal(xls, "tasks.xls")?.message).toBe("an Excel 97\u20132003 (.xls) workbook; open it in Excel or WPS and save it as .xlsx, or save it as CSV");
    expect(formatOf(xls, "tasks.csv")).toBe("xls");
  });

  it("takes the name of a WPS file, whose bytes are Word's or Excel's", () => {
    expect(refusal(fixture("numbered.doc"), "report.wps")?.message).toMatch(/^a WPS Writer \(\.wps\) file; open it in WPS and save it as \.docx/);
    expect(formatOf(fixture("tasks.xls"), "tasks.et")).toBe("et");
  });

  it("names a password-protected .docx or .xlsx, an OLE2 file holding an encrypted package", () => {
    expect(refusal(ole("EncryptionInfo", "EncryptedPackage"), "plan.docx")?.message).toBe("a password-protected Office file; open it, remove the password and save it again");
    expect(formatOf(ole("WordDocument", "1Table"), "x")).toBe("doc");
    expect(formatOf(ole("Workbook"), "x")).toBe("xls");
    expect(formatOf(ole("PowerPoint Document"), "x")).toBe("ole");
  });

  it("names PDF and RTF by their first bytes", () => {
    expect(refusal(ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "plan")?.message).toMatch(/^a PDF file; plan does not read PDF; /);
    // A PDF header may follow other bytes within the first KiB.
    expect(formatOf(new Uint8Array([...binary, ...ascii("%PDF-1.4")]), "scan.dat")).toBe("pdf");
    expect(formatOf(ascii("\uFEFF\r\n{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}"), "plan.txt")).toBe("rtf");
  });

  it("names an OpenDocument file by its mimetype part", () => {
    const odt = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.text"), "content.xml": strToU8("<office:document-content/>") });
    expect(refusal(odt, "plan.odt")?.message).toMatch(/^an OpenDocument \(\.odt\) file; /);
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet") });
    expect(formatOf(ods, "tasks")).toBe("ods");
  });

  it("goes by the name alone only when the bytes are not text", () => {
    expect(formatOf(binary, "plan.pdf")).toBe("pdf");
    expect(formatOf(binary, "plan.doc")).toBe("doc");
    // Systems export text or HTML as ".doc": read it as the text it is.
    const text = "某市2025年工作要点\n1.新建城市书房10个\u3002\uFF08责任单位\uFF1A市文化广电旅游局\uFF09\n";
    expect(parsePlanFile(ascii(text), { name: "plan.doc" }).tasks.map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([["新建城市书房10个", ["市文化广电旅游局"]]]);
    // A .docx renamed .doc is read as the Word document it is.
    expect(parsePlanFile(fixture("numbered.docx"), { name: "numbered.doc" }).tasks).toHaveLength(4);
  });
});
