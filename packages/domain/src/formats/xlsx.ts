// Spreadsheets (.xlsx) as rows of cells: shared and inline strings, numbers, dates by their
// number format, merged cells filled from their top-left cell (and marked, so a merged task
// number is not read as a new row). Besides Excel's own way of writing a sheet, it reads what
// other writers do: inline strings, rich-text runs, cells and rows without an address.
//
// A sheet's size is what it holds, not what its addresses claim: cells are kept only where they
// hold data, rows (those the sheet writes) are padded only to the last column that holds data, and
// merged areas are filled only within those rows and columns. An empty cell or row beyond
// LIMITS.sheetRows or LIMITS.sheetColumns is passed over (writers format whole rows and columns);
// one that holds data there is a LimitError. The cells a sheet fills (its rows times its width)
// count against LIMITS.sheetCells, across the workbook, and are refused before any is made; their
// text, merged copies included, counts against LIMITS.textChars.
//
// Two things a reader of figures must not take for what they look like are marked on the cells:
// a formula whose value was never saved (openpyxl, exceljs and other programs that write formulas
// without calculating them) reads as empty but is kept, `unsaved`, as a cell that holds data is;
// and every cell of a merged area that was filled, its first cell and the copies, names the `area`.

import type { Cell } from "../parse/table.js";
import { LIMITS, LimitError } from "../limits.js";
import { openPackage, PackageError } from "./zip.js";
import { childrenNamed, findAll, findFirst, partParser, textOf, type XmlNode } from "./xml.js";

/** A merged area of a sheet: its reference as written (F4:F9) and its bounds. */
export interface MergedArea {
  readonly ref: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell of a worksheet, with what its text alone does not say. */
export interface SheetCell extends Cell {
  /** A formula with no value saved in the file: its text is empty because nothing calculated it, not because nobody filled it in. */
  readonly unsaved?: true;
  /** The merged area the cell is part of, on its first cell and on each copy, when the area was filled. */
  readonly area?: MergedArea;
}

/** A worksheet by its name, as rows of cells (merged areas filled with copies). */
export interface Sheet {
  readonly name: string;
  readonly rows: SheetCell[][];
}

/** "B12" → { row: 12, column: 2 }; undefined for anything else. Far addresses (ZZZZZZZZ1) come out as large numbers, which the limits refuse. */
const address = (ref: string | undefined): { row: number; column: number } | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref ?? "");
  if (!m) return undefined;
  const letters = m[1]!;
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return { row: Number(m[2]), column };
};

/** A row's own number (r="12"), when it is one. */
const rowNumber = (r: string | undefined): number | undefined => (r !== undefined && /^\d+$/.test(r) && Number(r) > 0 ? Number(r) : undefined);

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** Style indexes whose number format shows a date. */
const dateStyles = (root: readonly XmlNode[] | undefined): Set<number> => {
  const dates = new Set<number>();
  if (!root) return dates;
  const custom = new Map(findAll(root, "numFmt").map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode ?? ""]));
  const isDate = (id: number) => BUILTIN_DATE_FORMATS.has(id) || /(^|[^"\\])[ymd]/i.test((custom.get(id) ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, ""));
  const cellXfs = findFirst(root, "cellXfs");
  childrenNamed(cellXfs ?? { tag: "", attrs: {}, children: [], text: "" }, "xf").forEach((xf, i) => {
    if (isDate(Number(xf.attrs.numFmtId ?? 0))) dates.add(i);
  });
  return dates;
};

// The serial day numbers of Excel's dates: 1900-01-00 to 9999-12-31.
const LAST_SERIAL = 2958465;
// A number as a cell's value (v) holds one.
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** Excel's serial day number (1900 system) as an ISO date; undefined for a number that is no date Excel shows. */
const serialDate = (serial: number): string | undefined =>
  serial >= 0 && serial <= LAST_SERIAL ? new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000).toISOString().slice(0, 10) : undefined;

const resolve = (base: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
};

type Parts = (path: string) => XmlNode[] | undefined;

/** A workbook's related parts by relationship id, with their type and path in the package. */
const relationships = (xml: Parts, part: string) => {
  const relsPath = part.replace(/([^/]*)$/, "_rels/$1.rels");
  return findAll(xml(relsPath) ?? [], "Relationship").map((r) => ({
    id: r.attrs.Id ?? "",
    type: r.attrs.Type ?? "",
    path: resolve(part, r.attrs.Target ?? ""),
  }));
};

/** What the workbook's sheets have made so far, against LIMITS.sheetCells and LIMITS.textChars. */
interface Made {
  cells: number;
  chars: number;
}

/**
 * Every sheet of a workbook, in order. Throws PackageError when the bytes are not a readable
 * package, LimitError when it asks for more than LIMITS allow.
 */
export const readXlsx = (bytes: Uint8Array): Sheet[] => {
  const xml = partParser(openPackage(bytes).text);
  const workbook = xml("xl/workbook.xml");
  if (workbook === undefined) throw new PackageError("the file has no xl/workbook.xml: it is not an Excel workbook");
  const rels = relationships(xml, "xl/workbook.xml");
  const byId = new Map(rels.map((r) => [r.id, r.path]));
  // Found by relationship type: writers other than Excel name these parts as they like.
  const related = (type: string, fallback: string) => xml(rels.find((r) => r.type.endsWith(`/${type}`))?.path ?? fallback);
  const shared = findAll(related("sharedStrings", "xl/sharedStrings.xml") ?? [], "si").map(stringText);
  const dates = dateStyles(related("styles", "xl/styles.xml"));
  const made: Made = { cells: 0, chars: 0 };
  // Each sheet has a part of its own; a second sheet on a part already read is read as empty, so
  // that a workbook listing one part thousands of times costs no more than the part.
  const read = new Set<string>();
  return findAll(workbook, "sheet").map((sheet) => {
    const path = byId.get(sheet.attrs["r:id"] ?? "");
    const root = path === undefined || read.has(path) ? undefined : (read.add(path), xml(path));
    return { name: sheet.attrs.name ?? "", rows: root ? readSheet(root, shared, dates, path!, made) : [] };
  });
};

/** The text of a shared (si) or inline (is) string: plain, or rich-text runs; phonetic runs (rPh) are reading aids, not text. */
const stringText = (node: XmlNode): string =>
  node.children
    .filter((c) => c.tag !== "rPh")
    .map(textOf)
    .join("");

/**
 * Whether a cell holds a formula whose value the file does not save: a formula (f) with no value
 * (v), or an empty one that is no text result (t="str" with an empty v is a formula that gave "").
 */
const unsavedFormula = (c: XmlNode): boolean => {
  if (findFirst(c.children, "f") === undefined) return false;
  const type = c.attrs.t ?? "n";
  if (type === "inlineStr") return findFirst(c.children, "is") === undefined;
  const v = findFirst(c.children, "v");
  return v === undefined || (type !== "str" && textOf(v) === "");
};

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
  // A date cell whose number is no date (negative, past 9999, not a number) stays as written.
  if (type === "n" && NUMBER.test(raw) && dates.has(Number(c.attrs.s ?? -1))) return serialDate(Number(raw)) ?? raw;
  // A date cell in ISO 8601 (t="d"): the day, as a serial date reads.
  if (type === "d") return raw.replace(/^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?Z?$/, "$1");
  // "str" is a formula's text result, "e" an error such as #N/A: both as written.
  return raw;
};

const readSheet = (root: readonly XmlNode[], shared: readonly string[], dates: ReadonlySet<number>, part: string, made: Made): SheetCell[][] => {
  const count = (text: string) => {
    if ((made.chars += text.length) > LIMITS.textChars) throw new LimitError("textChars", "the workbook's cells hold more characters", part);
  };
  // The sheet's rows by number, each with the cells that hold data by column.
  const grid = new Map<number, Map<number, SheetCell>>();
  // The last column that holds data: every row is padded to it.
  let width = 0;
  let lastRow = 0;
  for (const row of findAll(root, "row")) {
    const cs = childrenNamed(row, "c");
    // A row or cell without its address (r) follows the one before it.
    const r = rowNumber(row.attrs.r) ?? address(cs[0]?.attrs.r)?.row ?? lastRow + 1;
    lastRow = r;
    const cells = new Map<number, SheetCell>();
    let next = 1;
    for (const c of cs) {
      const column = address(c.attrs.r)?.column ?? next;
      next = column + 1;
      const text = cellValue(c, shared, dates);
      if (text === "") {
        // Kept, empty and marked, where a cell may hold data; passed over beyond, as empty cells are.
        if (r <= LIMITS.sheetRows && column <= LIMITS.sheetColumns && unsavedFormula(c)) {
          cells.set(column, { text, line: r, column, unsaved: true });
          width = Math.max(width, column);
        }
        continue;
      }
      if (r > LIMITS.sheetRows) throw new LimitError("sheetRows", `a cell holds data in row ${r.toLocaleString("en-US")}`, part);
      if (column > LIMITS.sheetColumns) throw new LimitError("sheetColumns", `a cell holds data in column ${column.toLocaleString("en-US")}`, part);
      count(text);
      cells.set(column, { text, line: r, column });
      width = Math.max(width, column);
    }
    if (r <= LIMITS.sheetRows) grid.set(r, cells);
  }
  // What the sheet will fill, known before any of it is made: each row, padded to the width.
  const size = grid.size * width;
  if (made.cells + size > LIMITS.sheetCells)
    throw new LimitError("sheetCells", `the workbook fills more cells (this sheet ${grid.size.toLocaleString("en-US")} rows by ${width.toLocaleString("en-US")} columns)`, part);
  made.cells += size;
  const rows = [...grid.keys()].sort((x, y) => x - y);
  // Merged areas are filled only in the sheet's rows and up to its width: A1:XFD1048576 over one
  // cell fills nothing. Merged areas do not overlap in a real sheet (a writer may repeat one), so
  // they fill no more cells than the sheet has; past that they are refused rather than written
  // over and over.
  let filled = 0;
  for (const ref of new Set(findAll(root, "mergeCell").map((m) => m.attrs.ref ?? ""))) {
    const [a, b] = ref.split(":").map(address);
    if (!a || !b) continue;
    const first = grid.get(a.row)?.get(a.column);
    const value = first?.text ?? "";
    const right = Math.min(b.column, width);
    if (value === "" || a.column > right) continue;
    const area: MergedArea = { ref, top: a.row, left: a.column, bottom: b.row, right: b.column };
    let copies = 0;
    for (let i = firstAtLeast(rows, a.row); i < rows.length && rows[i]! <= b.row; i++) {
      const r = rows[i]!;
      const cells = grid.get(r)!;
      for (let column = a.column; column <= right; column++) {
        if (r === a.row && column === a.column) continue;
        if (++filled > size) throw new LimitError("sheetCells", "merged areas overlap, filling more cells than the sheet has", part);
        count(value);
        cells.set(column, { text: value, line: r, column, merged: true, area });
        copies++;
      }
    }
    // The first cell names its area too, once the area has copies.
    if (copies > 0) grid.get(a.row)!.set(a.column, { ...first!, area });
  }
  return rows.map((r) => {
    const cells = grid.get(r)!;
    return Array.from({ length: width }, (_, i) => cells.get(i + 1) ?? { text: "", line: r, column: i + 1 });
  });
};

/** The index of the first of the sorted numbers that is at least `n`. */
const firstAtLeast = (sorted: readonly number[], n: number): number => {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < n) low = middle + 1;
    else high = middle;
  }
  return low;
};
