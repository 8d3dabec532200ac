// The most work any one input may ask of plan. A real work plan is a few hundred tasks in a file
// of a few megabytes; these bounds sit far above that and far below what would exhaust a
// process, so a hostile or broken file is refused early, in bounded time and memory, with an
// error that names the limit it passed. One table, so the README and every reader agree.

import { PlanError } from "./errors.js";

/** The limits every reader enforces, by name: a LimitError names the one an input passed. */
export const LIMITS = {
  /** Bytes of a plan file as received (Word, Excel, CSV or text). */
  fileBytes: 20 * 1024 * 1024,
  /** Entries in an Office (zip) package. */
  zipEntries: 10_000,
  /** Bytes one package part may inflate to. */
  partBytes: 32 * 1024 * 1024,
  /** Bytes all the parts a reader opens may inflate to together. */
  packageBytes: 64 * 1024 * 1024,
  /** Nesting depth of an XML part. */
  xmlDepth: 256,
  /** Elements, attributes and text runs of the XML parts one file is read from, together: what their element trees cost. */
  xmlNodes: 4_000_000,
  /** Rows of a worksheet. */
  sheetRows: 100_000,
  /** Columns of a worksheet (Excel's own maximum is 16,384, column XFD). */
  sheetColumns: 16_384,
  /** Cells a workbook may fill, merged areas included: cells are kept only in rows and columns that hold data. */
  sheetCells: 500_000,
  /** Characters of a document's text (about 1,000 printed pages). */
  textChars: 2_000_000,
  /** Characters of one line of text. */
  lineChars: 1_000_000,
  /** Tasks (numbered items) of one plan. */
  tasks: 20_000,
  /** Milliseconds a server gives one reading of an upload or progress sheets, or one rendering of the 通报 (Node: a worker thread, stopped past it). */
  readMillis: 10_000,
  /** Megabytes of heap a server gives one such reading or rendering. */
  readMemoryMb: 512,
} as const;

/** The name of one of LIMITS, as a LimitError reports it. */
export type LimitName = keyof typeof LIMITS;

/**
 * An input beyond one of LIMITS: names the limit, what was found and, inside an Office package, the
 * part (the adapter names the file). `max` is the limit in force when a deployment set its own.
 */
export class LimitError extends PlanError {
  constructor(
    readonly limit: LimitName,
    found: string,
    part?: string,
    max: number = LIMITS[limit],
  ) {
    super("input.too-large", `${part ? `${part}: ` : ""}${found}, over the limit of ${max.toLocaleString("en-US")} (${limit})`, {
      limit,
      max,
      ...(part ? { part } : {}),
    });
    this.name = "LimitError";
  }
}
