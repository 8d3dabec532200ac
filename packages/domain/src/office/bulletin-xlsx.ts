// The 通报 as an Excel workbook, written with exceljs and ready to print: the summary and the
// narrative on the first sheet, then a sheet per table of the layout (tasks by area, the units'
// ranking, the named tasks, returned reports, extensions) and one of charts. Figures are numbers
// with number formats (counts 0, shares 0.0%), status cells filled by their light, every table
// cell bordered; each sheet A4 landscape fitted to one page wide, its header frozen and printed
// on every page. exceljs writes no charts, so the bars are PNG images beside their labels.

import ExcelJS from "exceljs";
import { type BarChart, chartScale } from "../bulletin/bar-chart.js";
import { areaChart, rankingChart } from "../bulletin/bar-chart.js";
import { areaTable, asOfLine, type BulletinCell, type BulletinTable, extensionTable, namedTable, numberLine, rankingTable, returnedTable, summaryTable } from "../bulletin/layout.js";
import type { Bulletin } from "../bulletin/model.js";
import { LIGHT_FILL } from "../bulletin/status-light.js";
import { stackedBarPng } from "./bar-png.js";

const FONT = "仿宋";
const HEADING_FONT = "黑体";
const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const fill = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } });
const HEADER_FILL = fill("D9E1F2");
const NUMBER_FORMAT = { count: "0", share: "0.0%" } as const;
// Rows above a table: its title, then the header.
const TITLE_ROW = 1;
const HEADER_ROW = 2;

/** A4 landscape, one page wide and as many long as it takes, with the page number in the footer. */
const printReady = (ws: ExcelJS.Worksheet, titleRows: string) => {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: "\u7B2C &P \u9875\uFF0C\u5171 &N \u9875" };
};

const writeCell = (cell: ExcelJS.Cell, c: BulletinCell) => {
  cell.value = c.number !== undefined ? c.number : c.text;
  if (c.kind) cell.numFmt = NUMBER_FORMAT[c.kind];
  if (c.light) cell.fill = fill(LIGHT_FILL[c.light]);
  cell.border = THIN;
  cell.font = { name: FONT, size: 10.5 };
  cell.alignment = { vertical: "top", wrapText: true, ...(c.number !== undefined ? { horizontal: "right" } : {}) };
};

// Excel and LibreOffice do not grow a row to its wrapped text when the file says nothing, so the
// height is estimated: a Chinese character takes about two column-width units, other characters
// one, and a line of 10.5 pt text about 14 points.
const LINE_POINTS = 14;
const textWidth = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const rowHeight = (texts: readonly string[], columns: BulletinTable["columns"]) => LINE_POINTS * Math.max(1, ...texts.map((t, i) => Math.ceil(textWidth(t) / Math.max(1, columns[i]!.width)))) + 4;

/** A sheet holding one table under a title, its header frozen, filtered and repeated on every page. */
const tableSheet = (wb: ExcelJS.Workbook, title: string, table: BulletinTable) => {
  const ws = wb.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  ws.columns = table.columns.map((c) => ({ width: Math.max(10, c.width + 2) }));
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, table.columns.length);
  const head = ws.getCell(TITLE_ROW, 1);
  head.value = title;
  head.font = { name: HEADING_FONT, size: 14, bold: true };
  head.alignment = { horizontal: "center" };
  table.columns.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = c.title;
    cell.font = { name: HEADING_FONT, size: 10.5, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  table.rows.forEach((r, y) => {
    for (const [x, c] of r.entries()) writeCell(ws.getCell(HEADER_ROW + 1 + y, x + 1), c);
    ws.getRow(HEADER_ROW + 1 + y).height = rowHeight(
      r.map((c) => c.text),
      table.columns,
    );
  });
  if (table.rows.length > 0) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + table.rows.length, column: table.columns.length } };
  printReady(ws, `${TITLE_ROW}:${HEADER_ROW}`);
  return ws;
};

/** The tasks of every area in one table, the area in the first column. */
const tasksTable = (b: Bulletin): BulletinTable => {
  const tables = b.areas.map((a) => ({ area: a.name, table: areaTable(a) }));
  const columns = [{ title: "领域", width: 14 }, ...(tables[0]?.table.columns ?? areaTable({ name: "", counts: b.summary.counts, tasks: [] }).columns)];
  return { name: "任务进展", columns, rows: tables.flatMap(({ area, table }) => table.rows.map((r) => [{ text: area }, ...r])) };
};

// Chart rows: a label in column A, the bar image over columns B–F, the total in G.
const BAR_PX = { width: 480, height: 16 };
const CHART_ROW_HEIGHT = 18;

const drawChart = (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, chart: BarChart, startRow: number): number => {
  const title = ws.getCell(startRow, 1);
  title.value = chart.title;
  title.font = { name: HEADING_FONT, size: 12, bold: true };
  const scale = chartScale(chart);
  chart.rows.forEach((r, i) => {
    const row = startRow + 1 + i;
    ws.getRow(row).height = CHART_ROW_HEIGHT;
    const label = ws.getCell(row, 1);
    label.value = r.label;
    label.font = { name: FONT, size: 10.5 };
    label.alignment = { horizontal: "right", vertical: "middle" };
    const total = ws.getCell(row, 7);
    total.value = r.values.reduce((a, v) => a + v, 0);
    total.numFmt = NUMBER_FORMAT.count;
    const image = wb.addImage({
      buffer: stackedBarPng(
        r.values,
        chart.series.map((s) => s.colour),
        scale,
        BAR_PX.width,
        BAR_PX.height,
      ) as unknown as ExcelJS.Buffer,
      extension: "png",
    });
    ws.addImage(image, { tl: { col: 1, row: row - 1 + 0.1 }, ext: BAR_PX, editAs: "oneCell" });
  });
  const legendRow = startRow + chart.rows.length + 1;
  chart.series.forEach((s, i) => {
    const cell = ws.getCell(legendRow, 2 + i);
    cell.value = s.label;
    cell.fill = fill(s.colour);
    cell.font = { name: FONT, size: 9, color: { argb: "FFFFFFFF" }, bold: true };
    cell.alignment = { horizontal: "center" };
  });
  return legendRow + 2;
};

const chartSheet = (wb: ExcelJS.Workbook, b: Bulletin) => {
  const ws = wb.addWorksheet("图表");
  ws.columns = [{ width: 30 }, ...Array.from({ length: 5 }, () => ({ width: 13 })), { width: 8 }];
  let row = drawChart(wb, ws, areaChart(b), 1);
  if (b.ranking.length > 0) row = drawChart(wb, ws, rankingChart(b), row);
  printReady(ws, "1:1");
};

const summarySheet = (wb: ExcelJS.Workbook, b: Bulletin) => {
  const ws = wb.addWorksheet("通报", { views: [{ state: "frozen", ySplit: 3 }] });
  ws.columns = [{ width: 26 }, { width: 14 }, { width: 70 }];
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, height?: number) => {
    ws.mergeCells(row, 1, row, 3);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: font.bold ? "center" : "left", vertical: "top", wrapText: true };
    if (height) ws.getRow(row).height = height;
  };
  line(1, b.heading, { name: HEADING_FONT, size: 16, bold: true }, 28);
  line(2, numberLine(b), { name: FONT, size: 11 });
  line(3, asOfLine(b), { name: FONT, size: 11 });
  const table = summaryTable(b);
  const top = 5;
  table.columns.forEach((c, i) => {
    const cell = ws.getCell(top, i + 1);
    cell.value = c.title;
    cell.font = { name: HEADING_FONT, size: 10.5, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  for (const [y, r] of table.rows.entries()) for (const [x, c] of r.entries()) writeCell(ws.getCell(top + 1 + y, x + 1), c);
  let row = top + table.rows.length + 2;
  for (const [heading, text] of [
    ["总体情况", b.narrative.overall],
    ["存在问题", b.narrative.problems],
    ["下步要求", b.narrative.next],
  ] as const) {
    line(row, heading, { name: HEADING_FONT, size: 12 });
    // Row heights are not measured by Excel for merged cells: about 60 characters a line.
    line(row + 1, text, { name: FONT, size: 11 }, 16 * Math.max(1, Math.ceil(text.length / 60)));
    row += 3;
  }
  printReady(ws, "1:3");
  ws.pageSetup.orientation = "portrait";
};

/** The bulletin as an Excel workbook (.xlsx bytes). */
export const bulletinToXlsx = async (b: Bulletin): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = b.issuer ?? "plan";
  wb.title = b.heading;
  summarySheet(wb, b);
  tableSheet(wb, "各领域任务推进情况", tasksTable(b));
  tableSheet(wb, "牵头单位排名", rankingTable(b));
  tableSheet(wb, "进度滞后和逾期未完成任务\uFF08点名\uFF09", namedTable(b));
  tableSheet(wb, "退回的进展报告", returnedTable(b));
  tableSheet(wb, "延期事项", extensionTable(b));
  chartSheet(wb, b);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
