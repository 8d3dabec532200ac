// What a progress sheet's cells show is not always what they hold, and the reader refuses rather
// than guesses: a formula whose value the file does not save (exceljs and openpyxl write them so;
// Excel, WPS and LibreOffice save the value), one figure merged over the rows of several items,
// a unit of characters nobody sees. A file beyond a limit is refused as too large, named. Real
// files: written by exceljs and openpyxl (test/fixtures/openpyxl-progress.xlsx, see make.sh), and
// saved by LibreOffice.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as hostile from "../fuzz/hostile.js";
import { progressTemplateXlsx } from "../src/office/index.js";
import { checkProgress, checkSheetRows, formatSheetProblem, LIMITS, PlanError, parsePlanFile, planStatus, progressTemplate, readProgressSheets } from "../src/index.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const plan = parsePlanFile(readFileSync(seed), { name: "seed.txt" });
const status = planStatus(plan, [], { asOf: "2016-06-30" });
const ROAD = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const ROAD_SIMPLIFIED = "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385"; // 省交通运输厅
const VALUE = "\u7D2F\u8BA1\u5B8C\u6210"; // 累计完成
const UNIT = "\u8D23\u4EFB\u5355\u4F4D"; // 责任单位
const TARGET = (n: number) => `\u6307\u6807${n}`; // 指标n
const MILESTONE = (n: number) => `\u8282\u70B9${n}`; // 节点n
const SHEET = "\u8FDB\u5C55\u586B\u62A5"; // 进展填报
// 任务编号 指标/节点 责任单位 填报期间 累计完成 完成状态
const HEADER = ["\u4EFB\u52A1\u7F16\u53F7", "\u6307\u6807/\u8282\u70B9", UNIT, "\u586B\u62A5\u671F\u95F4", VALUE, "\u5B8C\u6210\u72B6\u6001"];
const NO_SAVED_VALUE = /has no saved value .*open the file in Excel or WPS and save it, so that the value is stored/;

/** The template for the roads department, loaded in exceljs as the unit opens it. */
const openTemplate = async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await progressTemplateXlsx(progressTemplate(plan, status, { unit: ROAD, period: "2016-06" }))) as unknown as ArrayBuffer);
  return { workbook, ws: workbook.getWorksheet(ROAD)! };
};
const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());
/** The template row of a task's item: 指标5 of task 4. */
const rowOf = (ws: ExcelJS.Worksheet, task: string, item: string) => {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).text === task && ws.getCell(r, 3).text === item) return r;
  throw new Error(`no row for ${task} ${item}`);
};
/** Converts a file to .xlsx with LibreOffice, as a clerk opens and saves it; the new file's bytes. */
const savedByLibreOffice = (name: string, content: string | Uint8Array, filter: string[] = []) => {
  const dir = mkdtempSync(join(tmpdir(), "plan-sheet-saved-"));
  const out = join(dir, "out");
  writeFileSync(join(dir, name), content);
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, ...filter, "--convert-to", "xlsx", "--outdir", out, join(dir, name)], { stdio: "ignore", timeout: 120_000 });
  return new Uint8Array(readFileSync(join(out, name.replace(/\.[^.]+$/, ".xlsx"))));
};
const csvBytes = (rows: readonly (readonly (string | number)[])[]) => new TextEncoder().encode(rows.map((r) => r.join(",")).join("\r\n"));
const refusal = (work: () => unknown): PlanError => {
  try {
    work();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("not refused");
};

describe("a formula whose value the file does not save", () => {
  it("is refused naming the file, sheet and cell (exceljs); with its value saved it is read as that value", async () => {
    const { workbook, ws } = await openTemplate();
    const road = rowOf(ws, "4", TARGET(5));
    ws.getCell(`I${road}`).value = { formula: "1500+2000" } as ExcelJS.CellFormulaValue;
    const reading = readProgressSheets([{ name: "inbox/road.xlsx", bytes: await bytesOf(workbook) }]);
    expect(reading.problems.map(formatSheetProblem)).toEqual([expect.stringMatching(new RegExp(`^inbox/road\\.xlsx ${ROAD}!I${road} ${VALUE}: the formula in I${road} ${NO_SAVED_VALUE.source}`))]);
    expect(reading.problems[0]).toMatchObject({ file: "inbox/road.xlsx", sheet: ROAD, row: road, column: "I", field: "value" });
    expect(reading.rows).toEqual([]);

    ws.getCell(`I${road}`).value = { formula: "1500+2000", result: 3500 } as ExcelJS.CellFormulaValue;
    const saved = readProgressSheets([{ name: "inbox/road.xlsx", bytes: await bytesOf(workbook) }]);
    expect(saved.problems).toEqual([]);
    expect(saved.rows.map((r) => [r.row, r.submission.task, r.submission.target, r.submission.value])).toEqual([[road, "4", 5, 3500]]);
  });

  it("is refused in the sheet openpyxl writes (E4), the other rows read; the same file saved by LibreOffice is read whole", () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL("fixtures/openpyxl-progress.xlsx", import.meta.url))));
    const reading = readProgressSheets([{ name: "openpyxl-progress.xlsx", bytes }]);
    expect(reading.problems.map(formatSheetProblem)).toEqual([expect.stringMatching(new RegExp(`^openpyxl-progress\\.xlsx ${SHEET}!E4 ${VALUE}: the formula in E4 ${NO_SAVED_VALUE.source}`))]);
    expect(reading.rows.map((r) => [r.row, r.submission.task, r.submission.target, r.submission.milestone, r.submission.value, r.submission.status])).toEqual([
      [5, "4", 6, null, 12000, null],
      [6, "17", null, 1, null, "done"],
    ]);

    const resaved = readProgressSheets([{ name: "resaved.xlsx", bytes: savedByLibreOffice("openpyxl-progress.xlsx", bytes) }]);
    expect(resaved.problems).toEqual([]);
    expect(resaved.rows.map((r) => [r.row, r.submission.unit, r.submission.period, r.submission.target, r.submission.value])).toEqual([
      [4, ROAD_SIMPLIFIED, "2016-06", 5, 3500],
      [5, ROAD_SIMPLIFIED, "2016-06", 6, 12000],
      [6, ROAD_SIMPLIFIED, "2016-06", null, null],
    ]);
    expect(checkSheetRows(plan, resaved.rows, "test").problems).toEqual([]);
  }, 180_000);

  it("is read as its value when LibreOffice saved it (a formula typed into a CSV)", () => {
    const bytes = savedByLibreOffice("typed.csv", `${HEADER.join(",")}\n4,${TARGET(5)},${ROAD_SIMPLIFIED},2016-06,=1500+2000,\n`, ["--infilter=CSV:44,34,76,1"]);
    const reading = readProgressSheets([{ name: "typed.xlsx", bytes }]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((r) => [r.row, r.submission.task, r.submission.target, r.submission.value])).toEqual([[2, "4", 5, 3500]]);
  }, 180_000);

  it("in a column the reader does not take, or in a row nobody filled in, is no report and no refusal", async () => {
    const { workbook, ws } = await openTemplate();
    const road = rowOf(ws, "4", TARGET(5));
    const bridges = rowOf(ws, "4", TARGET(6));
    // 截至本期应完成 (F) is the office's column; row `bridges` has nothing filled in.
    ws.getCell(`F${road}`).value = { formula: "7000/2" } as ExcelJS.CellFormulaValue;
    ws.getCell(`F${bridges}`).value = { formula: "7000/2" } as ExcelJS.CellFormulaValue;
    ws.getCell(`I${road}`).value = 3500;
    const reading = readProgressSheets([{ name: "road.xlsx", bytes: await bytesOf(workbook) }]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((r) => [r.row, r.submission.value])).toEqual([[road, 3500]]);
  });
});

describe("one figure merged over the rows of several items", () => {
  it("is refused naming the merged range: each target needs its own value", async () => {
    const { workbook, ws } = await openTemplate();
    const first = rowOf(ws, "4", TARGET(1));
    const last = rowOf(ws, "4", TARGET(6));
    ws.getCell(`I${first}`).value = 3500;
    ws.mergeCells(`I${first}:I${last}`);
    const milestone = rowOf(ws, "17", MILESTONE(1));
    ws.getCell(`J${milestone}`).value = "\u5DF2\u5B8C\u6210"; // 已完成
    const reading = readProgressSheets([{ name: "road.xlsx", bytes: await bytesOf(workbook) }]);
    expect(reading.problems.map(formatSheetProblem)).toEqual([
      `road.xlsx ${ROAD}!I${first} ${VALUE}: one figure is merged across I${first}:I${last}, over the rows of 6 items: it would be read as the value of each, in each one's measure. Each target needs its own value: unmerge I${first}:I${last} and fill in every row`,
    ]);
    expect(reading.problems[0]).toMatchObject({ row: first, column: "I", field: "value" });
    // None of the merged rows is read; the rest of the sheet is.
    expect(reading.rows.map((r) => [r.row, r.submission.task, r.submission.milestone])).toEqual([[milestone, "17", 1]]);
  });

  it("is refused in the sheet openpyxl writes with E4:E9 merged, the rest of it read", () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL("fixtures/openpyxl-merged.xlsx", import.meta.url))));
    const reading = readProgressSheets([{ name: "openpyxl-merged.xlsx", bytes }]);
    expect(reading.problems.map(formatSheetProblem)).toEqual([
      expect.stringMatching(new RegExp(`^openpyxl-merged\\.xlsx ${SHEET}!E4 ${VALUE}: one figure is merged across E4:E9, over the rows of 6 items`)),
    ]);
    expect(reading.rows.map((r) => [r.row, r.submission.task, r.submission.milestone, r.submission.status])).toEqual([[10, "17", 1, "done"]]);
  });

  it("is read where the merge keeps to one item: a task number over its items' rows, an item set over two rows", async () => {
    const { workbook, ws } = await openTemplate();
    const first = rowOf(ws, "4", TARGET(1));
    const last = rowOf(ws, "4", TARGET(6));
    ws.mergeCells(`A${first}:A${last}`);
    ws.getCell(`I${first}`).value = "14\u4EBF"; // 14亿
    ws.getCell(`I${last}`).value = "1.2\u4E07"; // 1.2万
    const template = readProgressSheets([{ name: "road.xlsx", bytes: await bytesOf(workbook) }]);
    expect(template.problems).toEqual([]);
    expect(template.rows.map((r) => [r.row, r.submission.task, r.submission.target, r.submission.value])).toEqual([
      [first, "4", 1, "14\u4EBF"],
      [last, "4", 6, "1.2\u4E07"],
    ]);

    // A sheet of another office's where each item takes two rows, every column merged over them.
    const tall = new ExcelJS.Workbook();
    const sheet = tall.addWorksheet(SHEET);
    sheet.addRow(HEADER);
    sheet.addRow(["4", TARGET(5), ROAD_SIMPLIFIED, "2016-06", 3500, ""]);
    sheet.addRow([]);
    for (const column of ["A", "B", "C", "D", "E"]) sheet.mergeCells(`${column}2:${column}3`);
    const reading = readProgressSheets([{ name: "tall.xlsx", bytes: await bytesOf(tall) }]);
    expect(reading.problems).toEqual([]);
    const { checked, problems } = checkSheetRows(plan, reading.rows, "test");
    expect(problems).toEqual([]);
    expect(checked.map((c) => [c.row.row, c.report.target, c.report.value])).toEqual([[2, 5, 3500]]);
  });
});

describe("a unit of characters nobody sees", () => {
  const road = { task: "4", target: 5, period: "2016-06", value: 3500, reportedBy: "test" };

  it("is an empty unit: refused in a report and in a sheet", () => {
    for (const unit of ["\u200B", "\uFEFF", "\u00A0\u2060\u00A0", "\u200C\u200D"]) {
      const error = refusal(() => checkProgress(plan, { ...road, unit }));
      expect([error.code, error.details.field, error.message]).toEqual(["progress.invalid", "unit", "unit: empty: say which unit reports"]);
    }
    const reading = readProgressSheets([{ name: "road.csv", bytes: csvBytes([HEADER, ["4", TARGET(5), "\u200B", "2016-06", 3500, ""]]) }]);
    expect(reading.problems.map(formatSheetProblem)).toEqual([`road.csv C2 ${UNIT}: empty: say which unit reports`]);
    expect(reading.rows).toEqual([]);
  });

  it("around a name is no part of it: the name matches the plan's unit, in a report and in a sheet", () => {
    for (const unit of [`\uFEFF${ROAD_SIMPLIFIED}`, `\u200B${ROAD}`, `${ROAD_SIMPLIFIED}\u2060`, `\u00A0${ROAD.slice(0, 2)}\u200D${ROAD.slice(2)}\u00A0`]) {
      expect(checkProgress(plan, { ...road, unit }).unit, JSON.stringify(unit)).toBe(ROAD);
    }
    // A header and the unit pasted with them too.
    const header = HEADER.map((h) => (h === VALUE ? `\u200B${VALUE}` : h));
    const reading = readProgressSheets([{ name: "road.csv", bytes: csvBytes([header, ["4", TARGET(5), `\u200B${ROAD_SIMPLIFIED}\uFEFF`, "2016-06", 3500, ""]]) }]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((r) => [r.columns.value?.header, r.submission.unit, r.submission.value])).toEqual([[VALUE, ROAD_SIMPLIFIED, 3500]]);
    expect(checkSheetRows(plan, reading.rows, "test")).toMatchObject({ checked: [{ report: { unit: ROAD } }], problems: [] });
  });
});

describe("a sheet beyond a limit", () => {
  it("is refused as too large, naming the file and the limit, not listed as a slip in a row", () => {
    const row = ["4", TARGET(5), ROAD_SIMPLIFIED, "2016-06", 1, ""];
    const long = csvBytes([HEADER, ...Array.from({ length: LIMITS.sheetRows }, () => ["4"])]);
    const csv = refusal(() =>
      readProgressSheets([
        { name: "ok.csv", bytes: csvBytes([HEADER, row]) },
        { name: "inbox/long.csv", bytes: long },
      ]),
    );
    expect([csv.code, csv.details.limit, csv.details.file]).toEqual(["input.too-large", "sheetRows", "inbox/long.csv"]);
    expect(csv.message).toBe("inbox/long.csv: the table has more rows, over the limit of 100,000 (sheetRows)");
    const wide = refusal(() => readProgressSheets([{ name: "wide.csv", bytes: csvBytes([HEADER, ...Array.from({ length: Math.ceil(LIMITS.sheetCells / HEADER.length) }, () => row)]) }]));
    expect([wide.code, wide.details.limit, wide.message]).toEqual(["input.too-large", "sheetCells", "wide.csv: the table has more cells, over the limit of 500,000 (sheetCells)"]);

    const far = refusal(() => readProgressSheets([{ name: "far.xlsx", bytes: hostile.farCell(`A${LIMITS.sheetRows + 1}`) }]));
    expect([far.code, far.details.limit, far.message]).toEqual([
      "input.too-large",
      "sheetRows",
      "far.xlsx: xl/worksheets/sheet1.xml: a cell holds data in row 100,001, over the limit of 100,000 (sheetRows)",
    ]);

    const big = refusal(() => readProgressSheets([{ name: "big.csv", bytes: new Uint8Array(LIMITS.fileBytes + 1) }]));
    expect([big.code, big.details.limit, big.details.file]).toEqual(["input.too-large", "fileBytes", "big.csv"]);
  });
});
