// fast-check generators of hostile input for the file readers: real Office files mutated (bytes
// flipped, cut short, parts edited and re-zipped), Office files made from random OOXML-like XML
// (deep nesting, far and garbled cell addresses, merged areas, bogus date serials, numbering out
// of range, malformed markup), bombs of every kind, CSV, noise, and real plans' text edited with
// what reaches the parser (days no month has, numbers past a double, invisible characters, role
// marks without a name) as text, CSV or Word. Each case names the reader it goes through and
// builds its bytes only when it runs.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import iconv from "iconv-lite";
import * as hostile from "./hostile.js";
import { READERS, type FuzzCase, type Reader } from "./outcome.js";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url))));
const FIXTURES = ["numbered.docx", "table.docx", "handmade.docx", "tasks.xlsx", "openpyxl.xlsx", "handmade.xlsx"].map((name) => {
  const bytes = fixture(name);
  return { name, bytes, parts: unzipSync(bytes) };
});

/** Remembers what a builder made for the same arguments: bombs are megabytes, made once per run. */
const memo = <A extends unknown[]>(build: (...args: A) => Uint8Array) => {
  const made = new Map<string, Uint8Array>();
  return (...args: A): Uint8Array => {
    const key = JSON.stringify(args);
    let bytes = made.get(key);
    if (!bytes) {
      if (made.size > 8) made.delete(made.keys().next().value!);
      bytes = build(...args);
      made.set(key, bytes);
    }
    return bytes;
  };
};

// Addresses and ranges from Excel's own to the absurd.
const REFS = [
  "A1",
  "B2",
  "C3",
  "F9",
  "XFD1",
  "XFD1048576",
  "ZZZZ1",
  "A99999999",
  "A1048577",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1",
  "A0",
  "a1",
  "1A",
  "A-1",
  "A1e5",
  "",
  " ",
  "A1:A1",
];
const RANGES = ["A1:XFD1048576", "A1:B2", "B2:A1", "A1:A100000", "A1:XFD1", "A2:A3", "A1:ZZZZ99999999", "A1", "A1:", ":B2", "A1:B2:C3"];
const NUMBERS = ["0", "1", "-1", "14", "45000", "2958465", "2958466", "1e308", "-1e308", "NaN", "Infinity", "99999999999", "0.5", "1e-400", "0x10", "", " ", "1,5"];
const TYPES = ["s", "n", "b", "d", "inlineStr", "str", "e", "x", ""];
const NS = {
  "": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
};
const WORD_TAGS = [
  "w:p",
  "w:r",
  "w:t",
  "w:tbl",
  "w:tr",
  "w:tc",
  "w:pPr",
  "w:numPr",
  "w:ilvl",
  "w:numId",
  "w:pStyle",
  "w:del",
  "w:tab",
  "w:br",
  "w:txbxContent",
  "mc:Fallback",
  "w:instrText",
  "w:sectPr",
  "w:abstractNum",
  "w:lvl",
  "w:start",
  "w:numFmt",
  "w:lvlText",
  "w:num",
  "w:abstractNumId",
  "w:lvlOverride",
  "w:startOverride",
  "w:style",
];
const SHEET_TAGS = ["row", "c", "v", "is", "t", "r", "rPh", "f", "mergeCells", "mergeCell", "si", "sst", "numFmts", "numFmt", "cellXfs", "xf", "sheets", "sheet", "Relationship", "sheetData"];
const ATTRS = [
  "r",
  "t",
  "s",
  "ref",
  "w:val",
  "w:ilvl",
  "w:numId",
  "w:styleId",
  "w:abstractNumId",
  "xmlns",
  "xmlns:w",
  "xmlns:x",
  "Id",
  "Type",
  "Target",
  "r:id",
  "numFmtId",
  "formatCode",
  "name",
  "__proto__",
  "constructor",
];
const VALUES = [
  ...REFS,
  ...RANGES,
  ...NUMBERS,
  ...TYPES,
  ...Object.values(NS),
  "urn:other",
  "worksheets/sheet1.xml",
  "../../../x",
  "/xl/worksheets/sheet1.xml",
  "yyyy-mm-dd",
  '"d"',
  "[Red]",
  "%1.%2.",
  "chineseCounting",
  "upperRoman",
  "decimalEnclosedCircle",
  "1e300",
  "999999999",
];
const TEXTS = [
  "序号",
  "工作任务",
  "牵头单位",
  "责任单位",
  "完成时限",
  "1",
  "2、",
  "一、",
  "(一)",
  "新建公园10个",
  "市财政局",
  "2025年12月底前",
  "&amp;",
  "&lt;",
  "&#20219;",
  "&#x4EFB;",
  "&#0;",
  "&#xD800;",
  "&#99999999999;",
  "&bogus;",
  "&",
  "]]>",
  "\u0000",
  "\uFFFF",
  "\uD800",
];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const attrValue = fc.oneof({ weight: 5, arbitrary: pick(VALUES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const attribute = fc
  .tuple(fc.oneof({ weight: 5, arbitrary: pick(ATTRS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), attrValue, pick(['"', "'"]))
  .map(([name, value, q]) => ` ${name}=${q}${value.replaceAll(q, "")}${q}`);

/** Random OOXML-like markup over a vocabulary of tag names: well-formed pieces, broken ones and junk. */
const markup = (tags: readonly string[]) => {
  const tag = fc.oneof({ weight: 8, arbitrary: pick(tags) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) });
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(tag, fc.array(attribute, { maxLength: 3 })).map(([t, attrs]) => `<${t}${attrs.join("")}>`) },
    { weight: 5, arbitrary: tag.map((t) => `</${t}>`) },
    { weight: 3, arbitrary: fc.tuple(tag, fc.array(attribute, { maxLength: 3 })).map(([t, attrs]) => `<${t}${attrs.join("")}/>`) },
    { weight: 5, arbitrary: pick(TEXTS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
    { weight: 1, arbitrary: pick(["<!-- c -->", "<![CDATA[<w:p>&amp;]]>", '<?xml version="1.0"?>', '<!DOCTYPE a [<!ENTITY e "x">]>', "<!ENTITY x SYSTEM 'file:///etc/passwd'>"]) },
    { weight: 1, arbitrary: pick(["<", ">", "</", "<!--", "<![CDATA[", "<?", "<!", '"', "'", "=", "<a b=", '<a b="', "&#", "< a>", "<a\n\t/>"]) },
    // A run of openings: nesting from shallow to past LIMITS.xmlDepth.
    { weight: 1, arbitrary: fc.tuple(tag, fc.integer({ min: 1, max: 400 })).map(([t, n]) => `<${t}>`.repeat(n)) },
  );
  return fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join(""));
};
const wordMarkup = markup(WORD_TAGS);
const sheetMarkup = markup(SHEET_TAGS);

/** Rows of cells with addresses, types, values and styles from the pools above: the sheet reader's own vocabulary. */
const sheetRows = fc
  .array(
    fc.tuple(
      fc.option(pick([...NUMBERS, "2", "3", "100000", "100001", "1048576"]), { nil: undefined }),
      fc.array(fc.tuple(fc.option(pick(REFS), { nil: undefined }), pick(TYPES), fc.oneof(pick(NUMBERS), pick(TEXTS)), fc.option(pick(["0", "1", "2", "-1", "99"]), { nil: undefined })), {
        maxLength: 8,
      }),
    ),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows
      .map(([r, cells]) => {
        const cs = cells.map(([ref, t, v, s]) => {
          const attrs = `${ref === undefined ? "" : ` r="${ref}"`}${t ? ` t="${t}"` : ""}${s === undefined ? "" : ` s="${s}"`}`;
          return t === "inlineStr" ? `<c${attrs}><is><t>${v}</t></is></c>` : `<c${attrs}><v>${v}</v></c>`;
        });
        return `<row${r === undefined ? "" : ` r="${r}"`}>${cs.join("")}</row>`;
      })
      .join(""),
  );
const merges = fc.array(pick(RANGES), { maxLength: 4 }).map((refs) => (refs.length ? `<mergeCells>${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>` : ""));
const STYLES = `<styleSheet xmlns="${NS[""]}"><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;

const syntheticXlsx = fc
  .record({
    sheet: fc.oneof(
      fc.tuple(sheetRows, merges).map(([rows, m]) => hostile.worksheet(rows, m)),
      sheetMarkup.map((x) => hostile.worksheet(x)),
    ),
    shared: fc.option(
      sheetMarkup.map((x) => `<sst xmlns="${NS[""]}">${x}</sst>`),
      { nil: undefined },
    ),
    styles: fc.oneof(
      fc.constant(STYLES),
      sheetMarkup.map((x) => `<styleSheet xmlns="${NS[""]}">${x}</styleSheet>`),
    ),
    drop: fc.option(pick(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/styles.xml"]), { nil: undefined }),
  })
  .map(({ sheet, shared, styles, drop }) => {
    const parts: Record<string, string> = hostile.workbookParts([sheet], { "xl/styles.xml": styles, ...(shared ? { "xl/sharedStrings.xml": shared } : {}) });
    if (drop) delete parts[drop];
    return { label: `sheet ${sheet.length} chars${drop ? `, no ${drop}` : ""}`, bytes: () => hostile.zipParts(parts) };
  });

const syntheticDocx = fc.record({ body: wordMarkup, numbering: fc.option(wordMarkup, { nil: undefined }), styles: fc.option(wordMarkup, { nil: undefined }) }).map(({ body, numbering, styles }) => {
  const wrap = (root: string, x: string) => `<${root} xmlns:w="${NS.w}" xmlns:mc="${NS.mc}">${x}</${root}>`;
  const extra: Record<string, string> = {};
  if (numbering !== undefined) extra["word/numbering.xml"] = wrap("w:numbering", numbering);
  if (styles !== undefined) extra["word/styles.xml"] = wrap("w:styles", styles);
  return { label: `body ${body.length} chars`, bytes: () => hostile.docxOf(body, extra) };
});

/** A real file changed: bytes flipped, cut short, or a part edited with hostile markup and zipped again. */
const mutatedFixture = fc.oneof(
  fc.tuple(pick(FIXTURES), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })).map(([f, flips]) => ({
    label: `${f.name}, ${flips.length} bytes flipped`,
    bytes: () => {
      const out = f.bytes.slice();
      for (const [at, value] of flips) out[at % out.length] = value;
      return out;
    },
  })),
  fc.tuple(pick(FIXTURES), fc.double({ min: 0, max: 1, noNaN: true })).map(([f, share]) => ({
    label: `${f.name} cut at ${(share * 100).toFixed(1)}%`,
    bytes: () => f.bytes.slice(0, Math.floor(f.bytes.length * share)),
  })),
  fc
    .tuple(pick(FIXTURES), fc.nat(), fc.nat(), fc.nat({ max: 2000 }), fc.oneof(wordMarkup, sheetMarkup, sheetRows), pick(["insert", "replace", "duplicate", "delete"] as const), fc.boolean())
    .map(([f, which, at, span, inserted, edit, stored]) => {
      const paths = Object.keys(f.parts).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"));
      const path = paths[which % paths.length]!;
      return {
        label: `${f.name}: ${edit} in ${path}`,
        bytes: () => {
          const text = new TextDecoder().decode(f.parts[path]);
          const from = at % (text.length + 1);
          const to = Math.min(text.length, from + span);
          const edited =
            edit === "insert"
              ? text.slice(0, from) + inserted + text.slice(from)
              : edit === "replace"
                ? text.slice(0, from) + inserted + text.slice(to)
                : edit === "duplicate"
                  ? text.slice(0, to) + text.slice(from, to).repeat(1 + (span % 50)) + text.slice(to)
                  : text.slice(0, from) + text.slice(to);
          return zipSync({ ...f.parts, [path]: strToU8(edited) }, { level: stored ? 0 : 6 });
        },
      };
    }),
);

const mebibytes = (min: number, max: number) => fc.integer({ min: min * 2 ** 20, max: max * 2 ** 20 });

/** The bombs of hostile.ts, with their sizes drawn; `heavy` lets them reach the full sizes an attacker would use. */
const bombs = (heavy: boolean) => {
  const zipBomb = memo(hostile.zipBomb);
  const nodeBomb = memo(hostile.nodeBomb);
  const entryBomb = memo(hostile.entryBomb);
  const bomb = <A extends unknown[]>(name: string, args: fc.Arbitrary<A>, build: (...a: A) => Uint8Array) =>
    args.map((a) => ({
      label: `${name}(${a.map((x) => (typeof x === "string" && x.length > 20 ? `${x.length} chars` : JSON.stringify(x))).join(", ")})`,
      // Read under its own kind of name: a CSV bomb is no zip, and the name is all that says it is CSV.
      file: name.startsWith("csv") ? "plan.csv" : undefined,
      bytes: () => build(...a),
    }));
  return fc.oneof(
    bomb("mergeBomb", fc.tuple(), hostile.mergeBomb),
    bomb("farCell", fc.tuple(pick(REFS)), hostile.farCell),
    bomb("zipBomb", fc.tuple(heavy ? mebibytes(33, 1024) : mebibytes(33, 48), fc.integer({ min: 0, max: 2 ** 32 - 2 })), zipBomb),
    bomb("entryBomb", fc.tuple(pick([9_999, 10_000, 10_001, 65_535])), entryBomb),
    bomb("deepNesting", fc.tuple(fc.oneof(fc.integer({ min: 250, max: 260 }), fc.constant(heavy ? 1_000_000 : 100_000)), pick(["w:p", "w:r", "w:tbl", "a"])), hostile.deepNesting),
    bomb("nodeBomb", fc.tuple(heavy ? mebibytes(1, 31) : mebibytes(1, 9)), nodeBomb),
    bomb("sheetBomb", fc.tuple(fc.integer({ min: 1, max: heavy ? 200_000 : 20_000 })), hostile.sheetBomb),
    bomb("headerSheets", fc.tuple(fc.integer({ min: 1, max: heavy ? 9_999 : 1_000 })), hostile.headerSheets),
    bomb("wideSheet", fc.tuple(fc.integer({ min: 1, max: 400 })), hostile.wideSheet),
    bomb("sharedStringBomb", fc.tuple(fc.integer({ min: 1, max: 3_000_000 }), fc.integer({ min: 1, max: 20_000 })), hostile.sharedStringBomb),
    bomb("bogusDates", fc.tuple(fc.array(fc.oneof(pick(NUMBERS), fc.double().map(String)), { minLength: 1, maxLength: 26 })), hostile.bogusDates),
    bomb(
      "numberingBomb",
      fc.tuple(
        fc.integer({ min: 1, max: 20_000 }),
        fc.string({ maxLength: 400 }).map((s) => s.replace(/[<&"]/g, "")),
      ),
      hostile.numberingBomb,
    ),
    bomb("csvQuoteBomb", fc.tuple(fc.integer({ min: 1, max: heavy ? 15_000_000 : 3_000_000 }), fc.integer({ min: 1, max: 1000 })), hostile.csvQuoteBomb),
  );
};

/** CSV from quoted and unquoted fields, delimiters and line breaks, in UTF-8 or GB18030. */
const csv = fc
  .tuple(
    fc.array(fc.oneof(pick(TEXTS), fc.string({ maxLength: 8 }), pick(['"', '""', '"a""b"', '"x\ny"', "\r", "\n", "\r\n", ",", "\t", ";"])), { maxLength: 200 }),
    pick([",", "\t", ";"]),
    pick(["utf-8", "gb18030", "utf-16le"]),
  )
  .map(([fields, delimiter, encoding]) => ({
    label: `csv ${fields.length} fields, ${encoding}`,
    bytes: () => new Uint8Array(iconv.encode(fields.join(delimiter), encoding)),
  }));

const noise = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ label: `${b.length} random bytes`, bytes: () => b })),
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ label: `zip magic + ${b.length} random bytes`, bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]) })),
);

// The annotated plans of corpus/ (at the repository's root), as copied and as printed.
const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));
const PLANS = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(`${CORPUS}${name}`, "utf8") }));

/** What an edit puts into a plan's text: the words the parser reads, and what breaks them. */
const SNIPPETS = [
  // Days no month has, months and quarters out of range, years far off.
  "2月30日前",
  "2018年2月29日",
  "2025年4月31日前",
  "6月0日",
  "6月99号",
  "2025-02-30",
  "2025/4/31",
  "114年2月30日",
  "13月底前",
  "第五季度",
  "9999年12月31日",
  "2025年0月",
  // Numbers past what a double holds, in digits and in words.
  "9".repeat(400),
  `达到${"9".repeat(320)}个`,
  `增长${"1".repeat(330)}%以上`,
  `新建${"亿".repeat(40)}个`,
  `一千${"亿".repeat(40)}元`,
  "0.0%",
  "1e999",
  // Characters nobody sees, and white space of every width.
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00A0",
  "\u3000",
  "\u2028",
  "\u00AD",
  "\u200E",
  "\u202E",
  "\t",
  "\r",
  "\n",
  "\uD800",
  "\u0000",
  // Labels, role marks and brackets with nothing in them.
  "(责任单位:)",
  "\uFF08牵头单位\uFF1A\u00A0\u3011",
  "(牵头单位:\u200B)",
  "责任单位:\u200B",
  "(牵头)",
  "、(牵头)",
  "(配合)",
  "(下同)",
  "、、",
  "等",
  "由",
  "(",
  ")",
  "\uFF08",
  "\uFF09",
  "\u3010",
  "\u3011",
  ":",
  "\uFF1A",
  // Numbering and table rows.
  "\n1.",
  "\n一、",
  "\n(一)",
  "\n\uFF08一\uFF09",
  "\n序号\t领域\t工作任务\t牵头单位\t完成时限\n1\t\u200B\t推进工作\t\u00A0\t2月30日\n",
  "\n|序号|工作任务|责任单位|\n|1|推进工作|(牵头)|\n",
];

/** A plan's text edited: snippets inserted or put in place of a character, spans deleted or repeated, text from another plan spliced in. */
const editedText = fc
  .tuple(
    pick(PLANS),
    fc.array(fc.tuple(pick(["insert", "replace", "delete", "repeat", "splice"] as const), fc.nat(), pick(SNIPPETS), fc.nat({ max: 60 }), pick(PLANS)), { minLength: 1, maxLength: 10 }),
    fc.option(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })), { nil: undefined }),
  )
  .map(([plan, edits, window]) => {
    let text = plan.text;
    for (const [edit, at, snippet, span, other] of edits) {
      const from = at % (text.length + 1);
      if (edit === "insert") text = text.slice(0, from) + snippet + text.slice(from);
      else if (edit === "replace") text = text.slice(0, from) + snippet + text.slice(from + 1);
      else if (edit === "delete") text = text.slice(0, from) + text.slice(from + 1 + span);
      else if (edit === "repeat") text = text.slice(0, from) + text.slice(from, from + 1 + span).repeat(2 + (span % 3)) + text.slice(from + 1 + span);
      else text = text.slice(0, from) + other.text.slice(at % other.text.length, (at % other.text.length) + span * 5) + text.slice(from);
    }
    // A few lines of it: a short document, a table cut from its header, a task without its area.
    if (window) {
      const lines = text.split("\n");
      text = lines.slice(window[0] % lines.length, (window[0] % lines.length) + window[1]).join("\n");
    }
    return { text, label: `${plan.name}, ${edits.length} edits${window ? `, ${window[1]} lines` : ""}` };
  });

const xmlText = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** The edited text as a text file (UTF-8, GB18030 or UTF-16LE), a CSV or TSV, or a Word document of a paragraph per line. */
const mutatedText = fc.tuple(editedText, pick(["txt", "csv", "tsv", "docx"] as const), pick(["utf-8", "utf-8", "gb18030", "utf-16le"])).map(([{ text, label }, as, encoding]) => ({
  label: `${label}, .${as}${as === "docx" ? "" : ` ${encoding}`}`,
  file: `plan.${as}`,
  bytes: () =>
    as === "docx"
      ? hostile.docxOf(
          text
            .split("\n")
            .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`)
            .join(""),
        )
      : new Uint8Array(iconv.encode(text, encoding)),
}));

const NAMES = ["plan.docx", "plan.xlsx", "plan.csv", "plan.txt", "plan", "plan.doc", "plan.xls", "plan.pdf", "plan.odt"];
interface Made {
  readonly label: string;
  readonly bytes: () => Uint8Array;
  /** The name it must be read under, when it has one. */
  readonly file?: string | undefined;
}
const family = (name: string, made: fc.Arbitrary<Made>, names: readonly string[], readers: readonly Reader[] = READERS) =>
  fc
    .tuple(made, pick(names), fc.oneof({ weight: 4, arbitrary: fc.constant<Reader>("parsePlanFile") }, { weight: 1, arbitrary: pick(readers) }))
    .map(([m, file, reader]): FuzzCase => ({ family: name, label: m.label, name: m.file ?? file, reader, bytes: m.bytes }));

/** Every kind of hostile case, in proportions that spend most runs on the readers' own formats. */
export const hostileCase = ({ heavy = false } = {}): fc.Arbitrary<FuzzCase> =>
  fc.oneof(
    { weight: 30, arbitrary: family("mutated-fixture", mutatedFixture, ["plan.docx", "plan.xlsx", "plan"]) },
    { weight: 25, arbitrary: family("synthetic-xlsx", syntheticXlsx, ["plan.xlsx", "plan"], ["readXlsx", "detectFormat"]) },
    { weight: 25, arbitrary: family("synthetic-docx", syntheticDocx, ["plan.docx", "plan"], ["readDocx", "detectFormat"]) },
    // Bombs take a hundred times longer than other cases: a long run holds one in a hundred, a brief one one in twenty.
    { weight: heavy ? 1 : 5, arbitrary: family("bomb", bombs(heavy), ["plan.docx", "plan.xlsx", "plan.csv"]) },
    { weight: 10, arbitrary: family("csv", csv, ["plan.csv", "plan.tsv"], ["readCsv"]) },
    { weight: 5, arbitrary: family("noise", noise, NAMES) },
    { weight: 15, arbitrary: family("mutated-text", mutatedText, ["plan.txt"], ["readCsv", "detectFormat"]) },
  );
