// Hostile Office and CSV files, each the smallest form of one attack on the readers: the files the
// regression tests refuse by name, and the seeds the fuzzer varies. Each is built in time and
// memory proportional to its own size, however much it claims to hold.

import { strToU8, zipSync } from "fflate";
import { deflateRepeat, zipOf, type RawEntry } from "./zip-writer.js";

const SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKSHEET = `${REL_NS}/worksheet`;

/** A workbook's parts around the given sheet parts (each the whole XML of a worksheet), plus any others. */
export const workbookParts = (sheets: readonly string[], extra: Record<string, string> = {}): Record<string, string> => ({
  "xl/workbook.xml": `<workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map((_, i) => `<sheet name="s${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${RELS_NS}">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${WORKSHEET}" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("")}</Relationships>`,
  ...Object.fromEntries(sheets.map((xml, i) => [`xl/worksheets/sheet${i + 1}.xml`, xml])),
  ...extra,
});

/** A worksheet part around the given sheetData content and what follows it (mergeCells). */
export const worksheet = (rows: string, after = "") => `<worksheet xmlns="${SHEET_NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** A document part around the given body content. */
export const wordDocument = (body: string) => `<w:document xmlns:w="${WORD_NS}"><w:body>${body}</w:body></w:document>`;

/** Parts by path as an honest zip package. */
export const zipParts = (parts: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([path, content]) => [path, typeof content === "string" ? strToU8(content) : content])));

export const xlsxOf = (sheetXml: string, extra: Record<string, string> = {}) => zipParts(workbookParts([sheetXml], extra));
export const docxOf = (body: string, extra: Record<string, string> = {}) => zipParts({ "word/document.xml": wordDocument(body), ...extra });

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A one-cell sheet whose merged area claims every cell Excel has (the 1,122-byte file that took 4.2 GB). */
export const mergeBomb = (): Uint8Array => xlsxOf(worksheet(`<row r="1">${inline("A1", "x")}</row>`, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));

/** One cell at a far address (column ZZZZ, or row 99,999,999) holding data. */
export const farCell = (ref = "ZZZZ1"): Uint8Array => xlsxOf(worksheet(`<row>${inline(ref, "x")}</row>`));

/** A .docx whose document part inflates to `size` bytes (a gibibyte by default) while its headers declare `declared`. */
export const zipBomb = (size = 2 ** 30, declared = 1000): Uint8Array =>
  zipOf([{ name: "word/document.xml", data: deflateRepeat(size, "\0", `<w:document xmlns:w="${WORD_NS}"><w:body><w:p><w:r><w:t>`), declaredSize: declared }]);

/** A .docx with `count` entries, the document one of them. */
export const entryBomb = (count = 10_001): Uint8Array => {
  const entries: RawEntry[] = [{ name: "word/document.xml", data: strToU8(wordDocument("<w:p/>")), method: 0 }];
  const empty = new Uint8Array(0);
  for (let i = 1; i < count; i++) entries.push({ name: `e/${i}`, data: empty, method: 0 });
  return zipOf(entries);
};

/** A .docx whose body nests `depth` elements. */
export const deepNesting = (depth = 100_000, tag = "w:p"): Uint8Array => docxOf(`<${tag}>`.repeat(depth) + `</${tag}>`.repeat(depth));

/** An .xlsx whose sheet part is `size` bytes of empty elements: millions of nodes from a small file. */
export const nodeBomb = (size = 30 * 2 ** 20): Uint8Array => {
  const parts = workbookParts([""]);
  const entries: RawEntry[] = Object.entries(parts)
    .filter(([path]) => path !== "xl/worksheets/sheet1.xml")
    .map(([name, xml]) => ({ name, data: strToU8(xml), method: 0 }));
  entries.push({ name: "xl/worksheets/sheet1.xml", data: deflateRepeat(size, "<a/>", `<worksheet xmlns="${SHEET_NS}"><sheetData>`) });
  return zipOf(entries);
};

/** A workbook listing `count` sheets that all point at one part. */
export const sheetBomb = (count = 50_000): Uint8Array => {
  const sheet = worksheet(`<row r="1">${inline("A1", "序号")}${inline("B1", "工作任务")}</row>`);
  return zipParts({
    "xl/workbook.xml": `<workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets>${'<sheet name="s" r:id="rId1"/>'.repeat(count)}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${WORKSHEET}" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheet,
  });
};

/** `count` sheets, each its own part with a task table's header and nothing under it: every one is a table to try. */
export const headerSheets = (count = 9_990): Uint8Array =>
  zipParts(workbookParts(Array.from({ length: count }, () => worksheet(`<row r="1">${inline("A1", "序号")}${inline("B1", "工作任务")}${inline("C1", "责任单位")}</row>`))));

/** A number in each of `rows` rows, a cell at XFD1 and one merged area over them all: every row padded to 16,384 columns, mostly merged copies. */
export const wideSheet = (rows = 200): Uint8Array => {
  let xml = `<row r="1">${inline("A1", "x")}${inline("XFD1", "y")}</row>`;
  for (let r = 2; r <= rows; r++) xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
  return xlsxOf(worksheet(xml, `<mergeCells><mergeCell ref="A1:XFD${rows}"/></mergeCells>`));
};

/** A shared string of `length` characters that `cells` cells refer to. */
export const sharedStringBomb = (length = 1_000_000, cells = 5_000): Uint8Array =>
  xlsxOf(worksheet(`<row r="1">${'<c t="s"><v>0</v></c>'.repeat(cells)}</row>`), {
    "xl/sharedStrings.xml": `<sst xmlns="${SHEET_NS}"><si><t>${"长".repeat(length)}</t></si></sst>`,
  });

/** Date cells whose serials are no dates: negative, past 9999, not numbers. */
export const bogusDates = (serials = ["-1", "1e308", "NaN", "99999999999", "2958466", "Infinity", "0x10", " ", "1e-400"]): Uint8Array =>
  xlsxOf(worksheet(`<row r="1">${serials.map((v, i) => `<c r="${String.fromCharCode(65 + (i % 26))}1" s="1"><v>${v}</v></c>`).join("")}</row>`), {
    "xl/styles.xml": `<styleSheet xmlns="${SHEET_NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
  });

/** Numbering whose levels, starts and label patterns are out of any range Word writes, on `paragraphs` paragraphs. */
export const numberingBomb = (paragraphs = 2_000, label = "%1.".repeat(5_000)): Uint8Array =>
  docxOf('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'.repeat(paragraphs), {
    "word/numbering.xml": `<w:numbering xmlns:w="${WORD_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1e300"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="${label}"/></w:lvl><w:lvl w:ilvl="1000000000"><w:start w:val="-5"/><w:numFmt w:val="chineseCounting"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="99999999"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`,
  });

/** A CSV whose one quoted field is `length` characters with a doubled quote every `every`. */
export const csvQuoteBomb = (length = 5_000_000, every = 2): Uint8Array => new TextEncoder().encode(`序号,工作任务\n1,"${("x".repeat(every - 1) + '""').repeat(Math.ceil(length / (every + 1)))}"\n`);

/** `pairs` UTF-16LE characters, every other one a control character, on one line: a bad run to place at every second character. */
export const controlRuns = (pairs = 1_250_000): Uint8Array => {
  const bytes = new Uint8Array(pairs * 4);
  for (let i = 0; i < pairs; i++) [bytes[i * 4], bytes[i * 4 + 2]] = [0x01, 0x41];
  return bytes;
};

/** The attacks above at full size, each with the name it is read under: what the regression tests and the fuzz report run by name. */
export const NAMED_BOMBS: readonly { readonly name: string; readonly file: string; readonly bytes: () => Uint8Array }[] = [
  { name: "merge bomb A1:XFD1048576", file: "merge.xlsx", bytes: mergeBomb },
  { name: "cell at ZZZZ1", file: "far.xlsx", bytes: () => farCell("ZZZZ1") },
  { name: "cell at A99999999", file: "far.xlsx", bytes: () => farCell("A99999999") },
  { name: "zip bomb, 1 GiB part", file: "bomb.docx", bytes: () => zipBomb(2 ** 30) },
  { name: "zip bomb, 200 MiB part", file: "bomb.docx", bytes: () => zipBomb(200 * 2 ** 20) },
  { name: "10,001 entries", file: "entries.docx", bytes: () => entryBomb(10_001) },
  { name: "nesting 100,000 deep", file: "deep.docx", bytes: () => deepNesting(100_000) },
  { name: "30 MiB of empty elements", file: "nodes.xlsx", bytes: () => nodeBomb(30 * 2 ** 20) },
  { name: "50,000 sheets on one part", file: "sheets.xlsx", bytes: () => sheetBomb(50_000) },
  { name: "9,990 sheets with a header each", file: "headers.xlsx", bytes: () => headerSheets(9_990) },
  { name: "200 rows padded to column XFD: 3.3M cells", file: "wide.xlsx", bytes: () => wideSheet(200) },
  { name: "a 1M-character shared string in 5,000 cells", file: "shared.xlsx", bytes: () => sharedStringBomb() },
  { name: "numbering out of range", file: "numbering.docx", bytes: () => numberingBomb() },
  { name: "a 5M-character quoted CSV field", file: "quote.csv", bytes: () => csvQuoteBomb() },
  { name: "5 MB of UTF-16 with a control character every other character, one line", file: "controls.txt", bytes: () => controlRuns() },
];

/** A raw deflate stream of `size` zero bytes in stored blocks: built by copying, without compressing anything. */
export const storedDeflate = (size: number): Uint8Array => {
  const BLOCK = 65_535;
  const blocks = Math.max(1, Math.ceil(size / BLOCK));
  const out = new Uint8Array(size + 5 * blocks);
  for (let b = 0, at = 0; b < blocks; b++) {
    const length = Math.min(BLOCK, size - b * BLOCK);
    out.set([b === blocks - 1 ? 1 : 0, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff], at);
    at += 5 + length;
  }
  return out;
};
