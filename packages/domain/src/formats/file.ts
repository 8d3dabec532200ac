// parsePlanFile: any file a supervising office receives — text (.txt, .md, any encoding), Word
// (.docx), Excel (.xlsx) or CSV — in, a Plan out; any other file (.doc, .xls, .pdf, …) refused
// with a PlanError that says how to save it.

import type { Plan } from "../models/plan.js";
import { LIMITS, LimitError } from "../limits.js";
import { parsePlan, parsePlanRows, planText, type ParseOptions } from "../parse/plan.js";
import { readCsv } from "./csv.js";
import { readDocx } from "./docx.js";
import { openDocumentFormat, unsupportedFormat, UnsupportedFormatError } from "./unsupported.js";
import { readXlsx } from "./xlsx.js";
import { isZip, openPackage } from "./zip.js";

/** The formats plan reads a plan from. */
export type FileFormat = "text" | "docx" | "xlsx" | "csv";

/** How to read a file: its name, or its format, and the parser's options. */
export interface FileOptions extends ParseOptions {
  /** The file's name: its extension picks the format when the bytes do not. */
  readonly name?: string;
  /** Skips detection: the caller knows the format. */
  readonly format?: FileFormat;
}

/**
 * The format of a file, by its bytes first (a zip package holds word/ or xl/), then its name.
 * Throws UnsupportedFormatError for a file plan does not read (.doc, .xls, .pdf, …), saying what
 * it is and how to save it as one it does.
 */
export const detectFormat = (bytes: Uint8Array, name = ""): FileFormat => {
  const unsupported = unsupportedFormat(bytes, name);
  if (unsupported) throw new UnsupportedFormatError(unsupported);
  if (isZip(bytes)) {
    // The package's directory says which parts it has, without inflating any.
    const pkg = openPackage(bytes);
    if (pkg.has("word/document.xml")) return "docx";
    if (pkg.has("xl/workbook.xml")) return "xlsx";
    const openDocument = openDocumentFormat(pkg);
    if (openDocument) throw new UnsupportedFormatError(openDocument);
  }
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (ext === "docx") return "docx";
  if (ext === "xlsx") return "xlsx";
  if (ext === "csv" || ext === "tsv") return "csv";
  return "text";
};

/**
 * The plan in a file of any format plan reads. Every refusal is a PlanError: LimitError for a
 * file beyond LIMITS (its size, or the work it asks for), PackageError for a broken Office
 * package, UnsupportedFormatError, DecodeError, or the parser's own.
 */
export const parsePlanFile = (bytes: Uint8Array, options: FileOptions = {}): Plan => {
  if (bytes.length > LIMITS.fileBytes) throw new LimitError("fileBytes", `the file has ${bytes.length.toLocaleString("en-US")} bytes`);
  const format = options.format ?? detectFormat(bytes, options.name);
  switch (format) {
    case "docx":
      return parsePlan(readDocx(bytes), options);
    case "xlsx": {
      const sheets = readXlsx(bytes);
      // The first sheet that holds a task table; a workbook of notes falls back to its first sheet.
      // Read one sheet at a time, and never an empty one: a workbook may list thousands.
      const first = parsePlanRows(sheets[0]?.rows ?? [], options);
      if (first.tasks.length > 0) return first;
      for (const sheet of sheets.slice(1)) {
        if (sheet.rows.length === 0) continue;
        const plan = parsePlanRows(sheet.rows, options);
        if (plan.tasks.length > 0) return plan;
      }
      return first;
    }
    case "csv": {
      // Decoded as a text file is, within the same limits and with the same notes on bad bytes.
      const { text, notes } = planText(bytes, options);
      return parsePlanRows(readCsv(text), options, notes);
    }
    default:
      return parsePlan(bytes, options);
  }
};
