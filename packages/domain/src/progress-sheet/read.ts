// Reads progress sheets (进展情况填报表, .xlsx or .csv) back into submissions: the header row found
// by the column vocabulary (columns.ts) wherever it stands in the first rows, one submission per
// row a unit filled in. Every problem is collected, never thrown, each naming the file, sheet,
// row and column, so that a clerk sees all of a batch's slips in one pass; only a file beyond one
// of LIMITS stops the reading, refused as too large. Values stay the text people typed (3000万,
// 1.2万公里): checkProgress normalises and judges them. Cells are read without the characters
// nobody sees (cleanName). What a cell shows is not always what it holds, and two such cells are
// refused rather than guessed at: a formula whose value the file does not save (it would read as
// empty, the row as not filled in), and one figure merged over the rows of several items (it
// would become each item's report, in each one's measure).

import { isCodedError, PlanError } from "../errors.js";
import { readCsv } from "../formats/csv.js";
import { detectFormat } from "../formats/file.js";
import { type MergedArea, readXlsx, type SheetCell } from "../formats/xlsx.js";
import { LIMITS, LimitError } from "../limits.js";
import type { ReportedStatus } from "../models/progress.js";
import { decodeText } from "../text/decode.js";
import { cleanName } from "../units/name.js";
import { headerKey, ITEM_WORDS, META_LABELS, PROGRESS_COLUMNS, type ProgressColumnRole, STATUS_WORDS } from "./columns.js";

/** Where a cell of a progress sheet is: the file, the sheet (empty for CSV), the row and column as a spreadsheet shows them. */
export interface SheetPlace {
  readonly file: string;
  readonly sheet: string;
  /** 1-based row; null for a problem with the whole file or sheet. */
  readonly row: number | null;
  /** Column letter (E); null for a problem with a whole row or file. */
  readonly column: string | null;
}

/** A problem with a progress sheet, where it is and which field it concerns. */
export interface SheetProblem extends SheetPlace {
  /** The report's field the problem is with (value, period, …), or null. */
  readonly field: string | null;
  /** The column's header as the sheet gives it, or null. */
  readonly header: string | null;
  readonly message: string;
}

/** What one row of a sheet reports, as typed: the value is the cell's text unless it is a plain number. */
export interface SheetSubmission {
  readonly task: string;
  readonly target: number | null;
  readonly milestone: number | null;
  readonly unit: string | undefined;
  readonly period: string;
  readonly value: number | string | null;
  readonly status: ReportedStatus | null;
  readonly note: string;
  readonly evidence: string[];
}

/** A row a unit filled in: its submission and where its cells are. */
export interface SheetRow {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly submission: SheetSubmission;
  /** The column letter and header of each role the sheet has. */
  readonly columns: Readonly<Partial<Record<ProgressColumnRole, { letter: string; header: string }>>>;
}

/** What a set of sheets holds: the rows filled in and every problem found. */
export interface SheetReading {
  readonly rows: SheetRow[];
  readonly problems: SheetProblem[];
}

/** How to read: the unit every row is for when the sheet does not say (a unit's key). */
export interface SheetOptions {
  readonly unit?: string | null | undefined;
}

// The header is looked for in the first rows: a title, a line with the unit and period, a blank.
const HEADER_SEARCH_ROWS = 20;
const INPUT_ROLES = PROGRESS_COLUMNS.filter((c) => c.input).map((c) => c.role);
// The columns a report is read from, with the report's field each one fills.
const FIELD_OF_ROLE = new Map(PROGRESS_COLUMNS.flatMap((c) => (c.field === undefined ? [] : [[c.role, c.field] as const])));
const ROLE_BY_KEY = new Map<string, ProgressColumnRole>(PROGRESS_COLUMNS.flatMap((c) => [c.header, ...c.synonyms].map((h) => [headerKey(h), c.role] as const)));
const STATUS_BY_WORD = new Map<string, ReportedStatus>(
  (Object.entries(STATUS_WORDS) as [ReportedStatus, readonly string[]][]).flatMap(([status, words]) => [[status, status] as const, ...words.map((w) => [w, status] as const)]),
);
const ITEM = new RegExp(`^(${[...ITEM_WORDS.target, ...ITEM_WORDS.milestone].join("|")})\\s*(\\d+)$`);
// A value with no digit and no numeral at all (abc, 见附件) is no figure whatever its unit.
const HAS_NUMERAL = /[\d\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u842C\u4EBF\u5104\u4E24\u5169]/;
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
// Between links in one cell: spaces, line breaks, commas and semicolons of either width.
const EVIDENCE_SEPARATOR = /[\s,;\u3001\uFF0C\uFF1B]+/;

/** "E" for column 5. */
export const columnLetter = (column: number): string => {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** A problem as one line: `inbox/交通厅.xlsx 进展填报!E7 累计完成: “abc” is not a number`. */
export const formatSheetProblem = (p: SheetProblem): string => {
  const cell = `${p.column ?? ""}${p.row ?? ""}`;
  const where = p.sheet && cell ? `${p.sheet}!${cell}` : p.sheet || (p.row !== null ? (p.column ? cell : `row ${p.row}`) : "");
  return `${p.file}${where ? ` ${where}` : ""} ${p.header ? `${p.header}: ` : ""}${p.message}`;
};

/** A period as people write it (2016年6月, 2016年第二季度) in the form reports take (2016-06, 2016-Q2); anything else as given. */
export const normalisePeriod = (text: string): string => {
  const t = text.normalize("NFKC").replace(/\s/g, "");
  // A month typed into a spreadsheet cell often becomes its first day (2016-06 → 2016-06-01).
  const month = /^(\d{4})(?:\u5E74|[-./])(\d{1,2})(?:\u6708(?:\u4EFD)?|-01)?$/.exec(t);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]!.padStart(2, "0")}`;
  const quarter = /^(\d{4})(?:\u5E74)?(?:\u7B2C)?([1-4\u4E00\u4E8C\u4E09\u56DB])\u5B63\u5EA6$/.exec(t) ?? /^(\d{4})-?Q([1-4])$/i.exec(t);
  if (quarter) return `${quarter[1]}-Q${"\u4E00\u4E8C\u4E09\u56DB".indexOf(quarter[2]!) + 1 || quarter[2]}`;
  return text.trim();
};

/** The roles of a row's cells when it is a header row: at least two known headers, the task's among them. */
const headerRoles = (row: readonly SheetCell[]): Map<ProgressColumnRole, number> | null => {
  const roles = new Map<ProgressColumnRole, number>();
  row.forEach((cell, i) => {
    const role = ROLE_BY_KEY.get(headerKey(cell.text));
    if (role !== undefined && !roles.has(role)) roles.set(role, i);
  });
  return roles.size >= 2 && roles.has("task") ? roles : null;
};

/** 填报单位：X  填报期间：Y on the lines above the header. */
const metaValues = (rows: readonly (readonly SheetCell[])[]): { unit?: string; period?: string } => {
  const found: { unit?: string; period?: string } = {};
  const text = rows.map((r) => r.map((c) => cleanName(c.text)).join(" ")).join("\n");
  for (const [field, labels] of Object.entries(META_LABELS) as ["unit" | "period", readonly string[]][]) {
    const m = new RegExp(`(?:${labels.join("|")})\\s*[:\\uFF1A]\\s*([^\\s:\\uFF1A]+)`).exec(text);
    if (m) found[field] = m[1]!;
  }
  return found;
};

/** Reads one sheet's rows into the reading. Returns false when the sheet has no header row. */
const readRows = (file: string, sheet: string, rows: readonly SheetCell[][], csv: boolean, options: SheetOptions, into: SheetReading): boolean => {
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => headerRoles(r) !== null);
  if (headerAt < 0) return false;
  const roles = headerRoles(rows[headerAt]!)!;
  const header = rows[headerAt]!;
  const meta = metaValues(rows.slice(0, headerAt));
  // A spreadsheet's rows and columns are where its cells say; a CSV's are its records and fields.
  const rowNumber = (i: number) => (csv ? i + 1 : (rows[i]![0]?.line ?? i + 1));
  const letterOf = (i: number) => columnLetter(csv ? i + 1 : (header[i]?.column ?? i + 1));
  const columns = Object.fromEntries([...roles].map(([role, i]) => [role, { letter: letterOf(i), header: cleanName(header[i]!.text) }]));
  const headerLine = rowNumber(headerAt);
  // The rows read, each with the merged area its value is part of, when that area spans rows; and
  // the items each such area's rows are for. One figure over the rows of two items is refused.
  const read: { row: SheetRow; area: MergedArea | undefined }[] = [];
  const spans = new Map<MergedArea, Set<string>>();
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const cell = (role: ProgressColumnRole): SheetCell | undefined => {
      const at = roles.get(role);
      return at === undefined ? undefined : cells[at];
    };
    const text = (role: ProgressColumnRole) => cleanName(cell(role)?.text ?? "");
    const row = rowNumber(i);
    const problem = (role: ProgressColumnRole | null, field: string | null, message: string) =>
      into.problems.push({ file, sheet, row, column: role && roles.has(role) ? letterOf(roles.get(role)!) : null, field, header: role ? (columns[role]?.header ?? null) : null, message });
    // A row nobody filled in (a task the unit has nothing to say about yet, a footnote) is not a
    // report; a formula the file holds no value of may be what the unit filled in.
    if (INPUT_ROLES.every((role) => text(role) === "" && !cell(role)?.unsaved)) continue;
    const unsaved = [...FIELD_OF_ROLE.keys()].filter((role) => cell(role)?.unsaved);
    if (unsaved.length > 0) {
      for (const role of unsaved) {
        const at = cell(role)!;
        problem(
          role,
          FIELD_OF_ROLE.get(role)!,
          `the formula in ${columnLetter(at.column)}${at.line} has no saved value (the file was written by a program that does not calculate formulas): open the file in Excel or WPS and save it, so that the value is stored, then send it again`,
        );
      }
      continue;
    }
    const area = cell("value")?.area;
    const spanning = area !== undefined && area.bottom > area.top && area.top > headerLine ? area : undefined;
    if (spanning) {
      const items = spans.get(spanning) ?? new Set<string>();
      items.add(JSON.stringify([text("task"), text("item").normalize("NFKC").replace(/\s/g, ""), text("unit"), text("period")]));
      spans.set(spanning, items);
    }
    const task = text("task");
    if (task === "") {
      problem("task", "task", "empty: say which task the row reports on");
      continue;
    }
    const before = into.problems.length;
    let target: number | null = null;
    let milestone: number | null = null;
    const item = text("item").normalize("NFKC").replace(/\s/g, "");
    if (item !== "" && !(ITEM_WORDS.task as readonly string[]).includes(item)) {
      const m = ITEM.exec(item);
      if (!m) problem("item", "target", `\u201C${item}\u201D is not a target (\u6307\u68071) or a milestone (\u8282\u70B91)`);
      else if ((ITEM_WORDS.milestone as readonly string[]).includes(m[1]!)) milestone = Number(m[2]);
      else target = Number(m[2]);
    }
    const valueText = text("value");
    let value: number | string | null = null;
    if (valueText !== "") {
      const plain = valueText.replace(/,/g, "");
      if (PLAIN_NUMBER.test(plain)) value = Number(plain);
      else if (!HAS_NUMERAL.test(valueText)) problem("value", "value", `\u201C${valueText}\u201D is not a number`);
      else value = valueText;
    }
    const statusText = text("status");
    const status = statusText === "" ? null : (STATUS_BY_WORD.get(statusText.replace(/\s/g, "")) ?? null);
    if (statusText !== "" && status === null) {
      problem(
        "status",
        "status",
        `\u201C${statusText}\u201D is not a status: write one of ${Object.values(STATUS_WORDS)
          .map((w) => w[0])
          .join("\u3001")}`,
      );
    }
    const unit = text("unit") || meta.unit || (options.unit ? cleanName(options.unit) : "") || undefined;
    if (unit === undefined) problem("unit", "unit", "empty: say which unit reports");
    const periodText = text("period") || meta.period || "";
    if (periodText === "") problem("period", "period", "empty: the period reported for (2016-06 or 2016-Q2)");
    const parts = [text("note"), text("problems") && `\u5B58\u5728\u95EE\u9898\uFF1A${text("problems")}`, text("nextSteps") && `\u4E0B\u6B65\u8BA1\u5212\uFF1A${text("nextSteps")}`];
    if (into.problems.length > before) continue;
    read.push({
      area: spanning,
      row: {
        file,
        sheet,
        row,
        columns,
        submission: {
          task,
          target,
          milestone,
          unit,
          period: normalisePeriod(periodText),
          value,
          status,
          note: parts.filter((p) => p !== "").join("\uFF1B"),
          evidence:
            text("evidence") === ""
              ? []
              : text("evidence")
                  .split(EVIDENCE_SEPARATOR)
                  .filter((e) => e !== ""),
        },
      },
    });
  }
  const refused = new Set<MergedArea>();
  for (const [area, items] of spans) {
    if (items.size < 2) continue;
    refused.add(area);
    const at = roles.get("value")!;
    into.problems.push({
      file,
      sheet,
      row: area.top,
      column: letterOf(at),
      field: "value",
      header: columns.value?.header ?? null,
      message: `one figure is merged across ${area.ref}, over the rows of ${items.size} items: it would be read as the value of each, in each one's measure. Each target needs its own value: unmerge ${area.ref} and fill in every row`,
    });
  }
  into.rows.push(...read.filter((r) => r.area === undefined || !refused.has(r.area)).map((r) => r.row));
  return true;
};

/**
 * Reads progress sheets (.xlsx, every sheet with a header row; or .csv) into the rows units filled
 * in and every problem found, each naming its file, sheet, row and column. A bad file does not
 * stop the reading: an unreadable one is a problem of its own, so that the other files are still
 * read. A file beyond one of LIMITS does: it throws a PlanError input.too-large naming the file.
 */
export const readProgressSheets = (files: readonly { name: string; bytes: Uint8Array }[], options: SheetOptions = {}): SheetReading => {
  const reading: SheetReading = { rows: [], problems: [] };
  for (const { name, bytes } of files) {
    const fileProblem = (message: string) => reading.problems.push({ file: name, sheet: "", row: null, column: null, field: null, header: null, message });
    try {
      if (bytes.length > LIMITS.fileBytes) throw new LimitError("fileBytes", `the file has ${bytes.length.toLocaleString("en-US")} bytes`);
      const format = detectFormat(bytes, name);
      if (format === "xlsx") {
        const found = readXlsx(bytes).filter((sheet) => readRows(name, sheet.name, sheet.rows, false, options, reading));
        if (found.length === 0) fileProblem(`no sheet has a header row with ${PROGRESS_COLUMNS[0]!.header}: is it a progress sheet (plan template)?`);
      } else if (format === "csv") {
        if (!readRows(name, "", readCsv(decodeText(bytes).text), true, options, reading)) fileProblem(`no header row with ${PROGRESS_COLUMNS[0]!.header}: is it a progress sheet (plan template)?`);
      } else fileProblem(`a progress sheet is read from .xlsx or .csv, not ${format === "docx" ? "a Word document" : "text"}`);
    } catch (error) {
      if (!isCodedError(error)) throw error;
      // A file beyond a limit is refused as too large (413 from the API), named, not listed as a slip.
      if (error.code === "input.too-large") throw new PlanError(error.code, `${name}: ${error.message}`, { ...error.details, file: name });
      fileProblem(error.message);
    }
  }
  return reading;
};
