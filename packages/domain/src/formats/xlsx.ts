// Spreadsheets (.xlsx) as rows of cells: shared and inline strings, numbers, dates by their
// number format, merged cells filled from their top-left cell (and marked, so a merged task
// number is not read as a new row). Besides Excel's own way of writing a sheet, it reads what
// other writers do: inline strings, rich-text runs, cells and rows without an address.

import type { Cell } from "../parse/table.js";
import { openPackage, PackageError, partText } from "./zip.js";
import { childrenNamed, findAll, findFirst, parseXml, textOf, type XmlNode } from "./xml.js";

export interface Sheet {
  readonly name: string;
  readonly rows: Cell[][];
}

/** "B12" → { row: 12, column: 2 }; undefined for anything else. */
const address = (ref: string | undefined): { row: number; column: number } | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref ?? "");
  if (!m) return undefined;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
};

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** Style indexes whose number format shows a date. */
const dateStyles = (stylesXml: string | undefined): Set<number> => {
  const dates = new Set<number>();
  if (!stylesXml) return dates;
  const root = parseXml(stylesXml);
  const custom = new Map(findAll(root, "numFmt").map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode ?? ""]));
  const isDate = (id: number) =>
    BUILTIN_DATE_FORMATS.has(id) || /(^|[^"\\])[ymd]/i.test((custom.get(id) ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, ""));
  const cellXfs = findFirst(root, "cellXfs");
  childrenNamed(cellXfs ?? { tag: "", attrs: {}, children: [], text: "" }, "xf").forEach((xf, i) => {
    if (isDate(Number(xf.attrs.numFmtId ?? 0))) dates.add(i);
  });
  return dates;
};

/** Excel's serial day number (1900 system) as an ISO date. */
const serialDate = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000).toISOString().slice(0, 10);

const resolve = (base: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
};

/** A workbook's related parts by relationship id, with their type and path in the package. */
const relationships = (parts: ReadonlyMap<string, Uint8Array>, part: string) => {
  const relsPath = part.replace(/([^/]*)$/, "_rels/$1.rels");
  return findAll(parseXml(partText(parts, relsPath) ?? ""), "Relationship").map((r) => ({
    id: r.attrs.Id ?? "",
    type: r.attrs.Type ?? "",
    path: resolve(part, r.attrs.Target ?? ""),
  }));
};

/** Every sheet of a workbook, in order. Throws PackageError when the bytes are not a zip package. */
export const readXlsx = (bytes: Uint8Array): Sheet[] => {
  const parts = openPackage(bytes);
  const workbookXml = partText(parts, "xl/workbook.xml");
  if (workbookXml === undefined) throw new PackageError("the file has no xl/workbook.xml: it is not an Excel workbook");
  const rels = relationships(parts, "xl/workbook.xml");
  // Found by relationship type: writers other than Excel name these parts as they like.
  const related = (type: string, fallback: string) => partText(parts, rels.find((r) => r.type.endsWith(`/${type}`))?.path ?? fallback);
  const shared = findAll(parseXml(related("sharedStrings", "xl/sharedStrings.xml") ?? ""), "si").map(stringText);
  const dates = dateStyles(related("styles", "xl/styles.xml"));
  return findAll(parseXml(workbookXml), "sheet").map((sheet) => {
    const path = rels.find((r) => r.id === sheet.attrs["r:id"])?.path ?? "";
    return { name: sheet.attrs.name ?? "", rows: readSheet(parseXml(partText(parts, path) ?? ""), shared, dates) };
  });
};

/** The text of a shared (si) or inline (is) string: plain, or rich-text runs; phonetic runs (rPh) are reading aids, not text. */
const stringText = (node: XmlNode): string => node.children.filter((c) => c.tag !== "rPh").map(textOf).join("");

const cellValue = (c: XmlNode, shared: readonly string[], dates: ReadonlySet<number>): string => {
  const type = c.attrs.t ?? "n";
  if (type === "inlineStr") {
    const is = findFirst(c.children, "is");
    return is ? stringText(is) : "";
  }
  const v = findFirst(c.children, "v");
  const raw = v ? textOf(v) : "";
  if (type === "s") return shared[Number(raw)] ?? "";
  if (type === "b") return raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : raw;
  if (type === "n" && raw !== "" && dates.has(Number(c.attrs.s ?? -1))) return serialDate(Number(raw));
  // A date cell in ISO 8601 (t="d"): the day, as a serial date reads.
  if (type === "d") return raw.replace(/^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?Z?$/, "$1");
  // "str" is a formula's text result, "e" an error such as #N/A: both as written.
  return raw;
};

const readSheet = (root: XmlNode[], shared: readonly string[], dates: ReadonlySet<number>): Cell[][] => {
  const grid = new Map<number, Map<number, Cell>>();
  let maxColumn = 0;
  let lastRow = 0;
  for (const row of findAll(root, "row")) {
    const cs = childrenNamed(row, "c");
    // A row or cell without its address (r) follows the one before it.
    const r = Number(row.attrs.r ?? address(cs[0]?.attrs.r)?.row ?? lastRow + 1);
    lastRow = r;
    const cells = new Map<number, Cell>();
    let next = 1;
    for (const c of cs) {
      const column = address(c.attrs.r)?.column ?? next;
      next = column + 1;
      cells.set(column, { text: cellValue(c, shared, dates), line: r, column });
      maxColumn = Math.max(maxColumn, column);
    }
    grid.set(r, cells);
  }
  for (const merge of findAll(root, "mergeCell")) {
    const [a, b] = (merge.attrs.ref ?? "").split(":").map(address);
    if (!a || !b) continue;
    const value = grid.get(a.row)?.get(a.column)?.text ?? "";
    for (let r = a.row; r <= b.row; r++) {
      for (let col = a.column; col <= b.column; col++) {
        if (r === a.row && col === a.column) continue;
        if (!grid.has(r)) grid.set(r, new Map());
        grid.get(r)!.set(col, { text: value, line: r, column: col, merged: true });
      }
    }
  }
  return [...grid.keys()]
    .sort((x, y) => x - y)
    .map((r) => Array.from({ length: maxColumn }, (_, i) => grid.get(r)!.get(i + 1) ?? { text: "", line: r, column: i + 1 }));
};
