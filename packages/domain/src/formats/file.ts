// parsePlanFile: any file a supervising office receives — text (.txt, .md, any encoding), Word
// (.docx), Excel (.xlsx) or CSV — in, a Plan out; any other file (.doc, .xls, .pdf, …) refused
// with a PlanError that says how to save it.

import type { Plan } from "../models/plan.js";
import { parsePlan, parsePlanRows, type ParseOptions } from "../parse/plan.js";
import { decode } from "../text/decode.js";
import { readCsv } from "./csv.js";
import { readDocx } from "./docx.js";
import { openDocumentFormat, unsupportedFormat, UnsupportedFormatError } from "./unsupported.js";
import { readXlsx } from "./xlsx.js";
import { isZip, openPackage } from "./zip.js";

export type FileFormat = "text" | "docx" | "xlsx" | "csv";

export interface FileOptions extends ParseOptions {
  /** The file's name: its extension picks the format when the bytes do not. */
  readonly name?: string;
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
    const parts = openPackage(bytes);
    if (parts.has("word/document.xml")) return "docx";
    if (parts.has("xl/workbook.xml")) return "xlsx";
    const openDocument = openDocumentFormat(parts);
    if (openDocument) throw new UnsupportedFormatError(openDocument);
  }
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (ext === "docx") return "docx";
  if (ext === "xlsx") return "xlsx";
  if (ext === "csv" || ext === "tsv") return "csv";
  return "text";
};

export const parsePlanFile = (bytes: Uint8Array, options: FileOptions = {}): Plan => {
  const format = options.format ?? detectFormat(bytes, options.name);
  switch (format) {
    case "docx":
      return parsePlan(readDocx(bytes), options);
    case "xlsx": {
      const sheets = readXlsx(bytes);
      // The first sheet that holds a task table; a workbook of notes falls back to its first sheet.
      const plans = sheets.map((sheet) => parsePlanRows(sheet.rows, options));
      return plans.find((p) => p.tasks.length > 0) ?? plans[0] ?? parsePlanRows([], options);
    }
    case "csv":
      return parsePlanRows(readCsv(decode(bytes, options.encoding)), options);
    default:
      return parsePlan(bytes, options);
  }
};
