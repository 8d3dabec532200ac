// Spreadsheets (.xlsx) as rows of cells: shared and inline strings, numbers, dates by their
// number format, merged cells filled from their top-left cell (and marked, so a merged task
// number is not read as a new row).

import type { Cell } from "../parse/table.js";
import { openPackage, PackageError, partText } from "./zip.js";
import { childrenNamed, findAll, findFirst, parseXml, textOf, type XmlNode } from "./xml.js";

export interface Sheet {
  readonly name: string;
  readonly rows: Cell[][];
}

/** "B12" → { row: 12, column: 2 }. */
const address = (ref: string): { row: number; column: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) ?? ["", "A", "1"];
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

/** Every sheet of a workbook, in order. Throws PackageError when the bytes are not a zip package. */
export const readXlsx = (bytes: Uint8Array): Sheet[] => {
  const parts = openPackage(bytes);
  const workbookXml = partText(parts, "xl/workbook.xml");
  if (workbookXml === undefined) throw new PackageError("the file has no xl/workbook.xml: it is not an Excel workbook");
  const rels = new Map(
    findAll(parseXml(partText(parts, "xl/_rels/workbook.xml.rels") ?? ""), "Relationship").map((r) => [r.attrs.Id ?? "", r.attrs.Target ?? ""]),
  );
  const shared = findAll(parseXml(partText(parts, "xl/sharedStrings.xml") ?? ""), "si").map((si) =>
    // Phonetic runs (rPh) are reading aids, not text.
    si.children.filter((c) => c.tag !== "rPh").map(textOf).join(""),
  );
  const dates = dateStyles(partText(parts, "xl/styles.xml"));
  return findAll(parseXml(workbookXml), "sheet").map((sheet) => {
    const target = rels.get(sheet.attrs["r:id"] ?? "") ?? "";
    const xml = partText(parts, resolve("xl/workbook.xml", target)) ?? "";
    return { name: sheet.attrs.name ?? "", rows: readSheet(parseXml(xml), shared, dates) };
  });
};

const cellValue = (c: XmlNode, shared: readonly string[], dates: ReadonlySet<number>): string => {
  const type = c.attrs.t ?? "n";
  const v = findFirst(c.children, "v");
  const raw = v ? textOf(v) : "";
  if (type === "s") return shared[Number(raw)] ?? "";
  if (type === "inlineStr") return textOf(findFirst(c.children, "is") ?? c);
  if (type === "b") return raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : raw;
  if (type === "n" && raw !== "" && dates.has(Number(c.attrs.s ?? -1))) return serialDate(Number(raw));
  return raw;
};

const readSheet = (root: XmlNode[], shared: readonly string[], dates: ReadonlySet<number>): Cell[][] => {
  const grid = new Map<number, Map<number, Cell>>();
  let maxColumn = 0;
  for (const row of findAll(root, "row")) {
    const r = Number(row.attrs.r ?? grid.size + 1);
    const cells = new Map<number, Cell>();
    let next = 1;
    for (const c of childrenNamed(row, "c")) {
      const column = c.attrs.r ? address(c.attrs.r).column : next;
      next = column + 1;
      cells.set(column, { text: cellValue(c, shared, dates), line: r, column });
      maxColumn = Math.max(maxColumn, column);
    }
    grid.set(r, cells);
  }
  for (const merge of findAll(root, "mergeCell")) {
    const [from, to] = (merge.attrs.ref ?? "").split(":");
    if (!from || !to) continue;
    const a = address(from);
    const b = address(to);
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
