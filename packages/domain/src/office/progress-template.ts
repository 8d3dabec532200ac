// The fill-in sheet (进展情况填报表) as an Excel workbook, written with exceljs: one worksheet per
// unit, the office's columns locked and the unit's unlocked (sheet protection without a
// password: it guards against slips, not against the unit), lists and limits where Excel checks
// input, a frozen header, widths, and an A4 landscape page that prints the header on every page.
// The rows come from progressTemplate, the columns from PROGRESS_COLUMNS: the reader
// (readProgressSheets) reads back what this writes.

import ExcelJS from "exceljs";
import { PROGRESS_COLUMNS, type ProgressColumnRole } from "../progress-sheet/columns.js";
import { TEMPLATE_STATUS_WORDS, type TemplateSheet } from "../progress-sheet/template.js";

// Rows above the table: the title, the unit and period line, then the header.
const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const HEADER_ROW = 3;
// What the unit's cells take: links and texts this long at most (the report's note holds 10,000
// characters: three texts of 2,000 and their labels fit).
const MAX_TEXT = 2000;
const MAX_LINKS = 1000;
// Excel forbids these in a sheet's name, and names are at most 31 characters.
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

const FILL = {
  header: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
  office: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } },
} as const satisfies Record<string, ExcelJS.Fill>;
const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

/** A unique, legal worksheet name for a unit. */
const sheetName = (unit: string, taken: Set<string>): string => {
  const base = unit.replace(SHEET_NAME_FORBIDDEN, "_").slice(0, SHEET_NAME_MAX) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, SHEET_NAME_MAX - String(n).length - 1)}_${n}`;
  taken.add(name.toLowerCase());
  return name;
};

/** The validation of a unit's cell, by what the row asks for. */
const validation = (role: ProgressColumnRole, address: string): ExcelJS.DataValidation | undefined => {
  switch (role) {
    case "status":
      return {
        type: "list",
        allowBlank: true,
        formulae: [`"${TEMPLATE_STATUS_WORDS.join(",")}"`],
        showErrorMessage: true,
        errorTitle: "\u5B8C\u6210\u72B6\u6001",
        error: `\u8BF7\u4ECE\u5217\u8868\u4E2D\u9009\u62E9\uFF1A${TEMPLATE_STATUS_WORDS.join("\u3001")}`,
      };
    case "evidence":
      // A link, or several separated by spaces: each begins http(s)://.
      return {
        type: "custom",
        allowBlank: true,
        formulae: [`AND(LEN(${address})<=${MAX_LINKS},OR(LEFT(${address},7)="http://",LEFT(${address},8)="https://"))`],
        showErrorMessage: true,
        errorTitle: "\u4F50\u8BC1\u6750\u6599",
        error: "\u8BF7\u586B\u5199\u4EE5 http:// \u6216 https:// \u5F00\u5934\u7684\u94FE\u63A5",
      };
    case "note":
    case "problems":
    case "nextSteps":
      return {
        type: "textLength",
        operator: "lessThanOrEqual",
        allowBlank: true,
        formulae: [MAX_TEXT],
        showErrorMessage: true,
        error: `\u4E0D\u8D85\u8FC7${MAX_TEXT}\u5B57`,
      };
    default:
      return undefined;
  }
};

// Which of the unit's cells a row opens: a value for a target, a status for a milestone or a task.
const OPEN: Record<TemplateSheet["rows"][number]["item"], ReadonlySet<ProgressColumnRole>> = {
  target: new Set(["value", "note", "evidence", "problems", "nextSteps"]),
  milestone: new Set(["status", "note", "evidence", "problems", "nextSteps"]),
  task: new Set(["status", "note", "evidence", "problems", "nextSteps"]),
};

// Excel does not fit a row's height to wrapped text until someone edits it: each row is given the
// height its longest text needs (a Chinese character is two width units), within bounds, and
// leaves room for the unit's answer.
const LINE_POINTS = 15;
const MIN_LINES = 2;
const MAX_LINES = 8;
const rowHeight = (row: TemplateSheet["rows"][number]): number => {
  const lines = Math.max(MIN_LINES, ...PROGRESS_COLUMNS.map((c) => Math.ceil((row.cells[c.role].length * 2) / c.width)));
  return Math.min(lines, MAX_LINES) * LINE_POINTS;
};

const addSheet = async (workbook: ExcelJS.Workbook, sheet: TemplateSheet, name: string): Promise<void> => {
  const last = PROGRESS_COLUMNS.length;
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: "\u7B2C &P \u9875\uFF0C\u5171 &N \u9875" },
  });
  ws.columns = PROGRESS_COLUMNS.map((c) => ({ key: c.role, width: c.width }));
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
  ws.getCell(TITLE_ROW, 1).value = sheet.title;
  ws.getCell(TITLE_ROW, 1).font = { bold: true, size: 16 };
  ws.getCell(TITLE_ROW, 1).alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(TITLE_ROW).height = 30;
  ws.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, last);
  ws.getCell(SUBTITLE_ROW, 1).value = sheet.subtitle;
  const header = ws.getRow(HEADER_ROW);
  header.values = PROGRESS_COLUMNS.map((c) => c.header);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = FILL.header;
    cell.border = THIN;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  sheet.rows.forEach((row, i) => {
    const r = ws.getRow(HEADER_ROW + 1 + i);
    r.values = PROGRESS_COLUMNS.map((c) => row.cells[c.role]);
    r.height = rowHeight(row);
    PROGRESS_COLUMNS.forEach((c, j) => {
      const cell = r.getCell(j + 1);
      cell.border = THIN;
      cell.alignment = { vertical: "top", wrapText: true };
      const open = OPEN[row.item].has(c.role);
      // Text, so that 3000万 stays as typed and an id such as 4.10 is not read as a number.
      cell.numFmt = "@";
      if (open) {
        cell.protection = { locked: false };
        const rule = validation(c.role, cell.address);
        if (rule) cell.dataValidation = rule;
      } else cell.fill = FILL.office;
    });
  });
  // Locked cells cannot be changed or selected; the unit's cells stay open. No password: the
  // lock keeps slips out of the office's columns, the reader checks everything anyway.
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
};

/** The fill-in sheets as one workbook, a worksheet per unit (named after it), ready to send. */
export const progressTemplateXlsx = async (sheets: readonly TemplateSheet[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "plan";
  const taken = new Set<string>();
  for (const sheet of sheets) await addSheet(workbook, sheet, sheetName(sheet.unit, taken));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
