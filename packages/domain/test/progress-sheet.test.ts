// Progress sheets (进展情况填报表): the template written with exceljs, filled in as a unit would
// (exceljs), or typed as CSV and saved by LibreOffice, read back with the domain's own readers;
// bad rows named by file, sheet, row and column, all in one pass.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { progressTemplateXlsx } from "../src/office/index.js";
import { checkSheetRows, formatSheetProblem, parsePlanFile, planStatus, progressTemplate, readProgressSheets, readXlsx, templateCsv } from "../src/index.js";
import { normalisePeriod } from "../src/progress-sheet/read.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const plan = parsePlanFile(readFileSync(seed), { name: "seed.txt" });
const status = planStatus(plan, [], { asOf: "2016-06-30" });
const ROAD = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const sheetsFor = (unit?: string) => progressTemplate(plan, status, { unit, period: "2016-06" });

/** The template for a unit, loaded in exceljs as the unit opens it. */
const openTemplate = async (unit = ROAD) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await progressTemplateXlsx(sheetsFor(unit))) as unknown as ArrayBuffer);
  return workbook;
};
const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());
/** The template row (1-based sheet row) of a task's item: 指标5 of task 4. */
const rowOf = (ws: ExcelJS.Worksheet, task: string, item: string) => {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).text === task && ws.getCell(r, 3).text === item) return r;
  throw new Error(`no row for ${task} ${item}`);
};

describe("the template", () => {
  it("lists the unit's tasks, targets and milestones with what is expected by the end of the period", () => {
    const [sheet] = sheetsFor("\u7701\u4EA4\u901A\u8FD0\u8F93\u5385"); // in Simplified script
    expect(sheet!.unit).toBe(ROAD);
    expect(sheet!.rows.map((r) => `${r.cells.task}/${r.cells.item}`)).toEqual([
      "4/\u6307\u68071",
      "4/\u6307\u68072",
      "4/\u6307\u68073",
      "4/\u6307\u68074",
      "4/\u6307\u68075",
      "4/\u6307\u68076",
      "14/\u4EFB\u52A1",
      "17/\u6307\u68071",
      "17/\u8282\u70B91",
    ]);
    const road = sheet!.rows[4]!.cells;
    expect(road).toMatchObject({ goal: "7,000\u516C\u91CC", expected: "3,471.23\u516C\u91CC", unit: ROAD, period: "2016-06", value: "" });
    // One sheet per unit that answers for a task.
    expect(sheetsFor().length).toBe(new Set(plan.tasks.flatMap((t) => t.units.map((u) => u.unit))).size);
  });

  it("locks the office's columns and header, opens the unit's, checks input, freezes the header and prints on A4 landscape", async () => {
    const ws = (await openTemplate()).getWorksheet(ROAD)!;
    const xml = readXlsx(await progressTemplateXlsx(sheetsFor(ROAD)));
    expect(xml.map((s) => s.name)).toEqual([ROAD]);
    expect(ws.getCell("A3").text).toBe("\u4EFB\u52A1\u7F16\u53F7");
    expect(ws.getCell("A1").text).toContain("\u8FDB\u5C55\u60C5\u51B5\u586B\u62A5\u8868");
    const road = rowOf(ws, "4", "\u6307\u68075");
    const milestone = rowOf(ws, "17", "\u8282\u70B91");
    // Locked: the header, the task id, the expected figure; open: the value of a target, the status of a milestone.
    expect(ws.getCell("A3").protection?.locked ?? true).toBe(true);
    expect(ws.getCell(`F${road}`).protection?.locked ?? true).toBe(true);
    expect(ws.getCell(`I${road}`).protection?.locked).toBe(false);
    expect(ws.getCell(`J${road}`).protection?.locked ?? true).toBe(true);
    expect(ws.getCell(`J${milestone}`).protection?.locked).toBe(false);
    expect(ws.getCell(`J${milestone}`).dataValidation).toMatchObject({ type: "list", formulae: ['"\u6B63\u5E38\u63A8\u8FDB,\u5B58\u5728\u98CE\u9669,\u8FDB\u5EA6\u6EDE\u540E,\u5DF2\u5B8C\u6210"'] });
    expect(ws.getCell(`L${road}`).dataValidation?.type).toBe("custom");
    expect(ws.getCell(`K${road}`).dataValidation).toMatchObject({ type: "textLength", operator: "lessThanOrEqual" });
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: "3:3" });
    expect(ws.getColumn(11).width).toBe(40);
  });

  it("prints as LibreOffice renders it: A4 landscape, one page wide, the header and the unit's rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-template-pdf-"));
    writeFileSync(join(dir, "road.xlsx"), await progressTemplateXlsx(sheetsFor(ROAD)));
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, join(dir, "road.xlsx")], { stdio: "ignore", timeout: 120_000 });
    const info = execFileSync("pdfinfo", [join(dir, "road.pdf")], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", join(dir, "road.pdf"), "-"], { encoding: "utf8" });
    for (const words of ["\u7D2F\u8BA1\u5B8C\u6210", "\u622A\u81F3\u672C\u671F\u5E94\u5B8C\u6210", ROAD, "3,471.23\u516C\u91CC"]) expect(text).toContain(words);
  }, 180_000);

  it("reads back as nothing to record while no one has filled it in", async () => {
    const reading = readProgressSheets([{ name: "blank.xlsx", bytes: await progressTemplateXlsx(sheetsFor()) }]);
    expect(reading).toEqual({ rows: [], problems: [] });
  });
});

describe("reading filled-in sheets", () => {
  it("reads what a unit typed into the template (exceljs): values as typed, status words, links, notes with problems and next steps", async () => {
    const workbook = await openTemplate();
    const ws = workbook.getWorksheet(ROAD)!;
    const road = rowOf(ws, "4", "\u6307\u68075");
    ws.getCell(`I${road}`).value = 3500;
    ws.getCell(`K${road}`).value = "\u5DF2\u5B8C\u62103500\u516C\u91CC";
    ws.getCell(`L${road}`).value = "https://example.gov.cn/a.pdf\uFF1Bhttps://example.gov.cn/b.pdf";
    ws.getCell(`M${road}`).value = "\u96E8\u5B63";
    ws.getCell(`N${road}`).value = "\u52A0\u5FEB\u65BD\u5DE5";
    const bridges = rowOf(ws, "4", "\u6307\u68076");
    ws.getCell(`I${bridges}`).value = "1.2\u4E07";
    const milestone = rowOf(ws, "17", "\u8282\u70B91");
    ws.getCell(`J${milestone}`).value = "\u5DF2\u5B8C\u6210";
    const reading = readProgressSheets([{ name: "inbox/road.xlsx", bytes: await bytesOf(workbook) }]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((r) => [r.sheet, r.row, r.submission])).toEqual([
      [
        ROAD,
        road,
        {
          task: "4",
          target: 5,
          milestone: null,
          unit: ROAD,
          period: "2016-06",
          value: 3500,
          status: null,
          note: "\u5DF2\u5B8C\u62103500\u516C\u91CC\uFF1B\u5B58\u5728\u95EE\u9898\uFF1A\u96E8\u5B63\uFF1B\u4E0B\u6B65\u8BA1\u5212\uFF1A\u52A0\u5FEB\u65BD\u5DE5",
          evidence: ["https://example.gov.cn/a.pdf", "https://example.gov.cn/b.pdf"],
        },
      ],
      [ROAD, bridges, expect.objectContaining({ task: "4", target: 6, value: "1.2\u4E07" })],
      [ROAD, milestone, expect.objectContaining({ task: "17", target: null, milestone: 1, status: "done", value: null })],
    ]);
  });

  it("names every bad row by file, sheet, row and column, in one pass over several files", async () => {
    const workbook = await openTemplate();
    const ws = workbook.getWorksheet(ROAD)!;
    const road = rowOf(ws, "4", "\u6307\u68075");
    const milestone = rowOf(ws, "17", "\u8282\u70B91");
    ws.getCell(`I${road}`).value = "abc";
    ws.getCell(`J${milestone}`).value = "\u5DEE\u4E0D\u591A";
    const csv =
      "\uFEFF\u4EFB\u52A1\u7F16\u53F7,\u6307\u6807/\u8282\u70B9,\u8D23\u4EFB\u5355\u4F4D,\u586B\u62A5\u671F\u95F4,\u7D2F\u8BA1\u5B8C\u6210\n4,\u6307\u6807x,\u7701\u4EA4\u901A\u8FD0\u8F93\u5385,2016-06,10\n,,,,5\n";
    const reading = readProgressSheets([
      { name: "inbox/road.xlsx", bytes: await bytesOf(workbook) },
      { name: "inbox/water.csv", bytes: new TextEncoder().encode(csv) },
      { name: "inbox/notes.docx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
      { name: "inbox/empty.csv", bytes: new TextEncoder().encode("a,b\n1,2\n") },
    ]);
    expect(reading.problems.map(formatSheetProblem)).toEqual([
      `inbox/road.xlsx ${ROAD}!I${road} \u7D2F\u8BA1\u5B8C\u6210: \u201Cabc\u201D is not a number`,
      `inbox/road.xlsx ${ROAD}!J${milestone} \u5B8C\u6210\u72B6\u6001: \u201C\u5DEE\u4E0D\u591A\u201D is not a status: write one of \u6B63\u5E38\u63A8\u8FDB\u3001\u5B58\u5728\u98CE\u9669\u3001\u8FDB\u5EA6\u6EDE\u540E\u3001\u5DF2\u5B8C\u6210`,
      "inbox/water.csv B2 \u6307\u6807/\u8282\u70B9: \u201C\u6307\u6807x\u201D is not a target (\u6307\u68071) or a milestone (\u8282\u70B91)",
      "inbox/water.csv A3 \u4EFB\u52A1\u7F16\u53F7: empty: say which task the row reports on",
      expect.stringMatching(/^inbox\/notes\.docx /),
      expect.stringMatching(/^inbox\/empty\.csv no header row with \u4EFB\u52A1\u7F16\u53F7/),
    ]);
    expect(reading.rows).toEqual([]);
  });

  it("checks every row against the plan, placing each refusal in its column, and finds the batch's own duplicates", async () => {
    const csv = [
      "\u4EFB\u52A1\u7F16\u53F7,\u6307\u6807/\u8282\u70B9,\u8D23\u4EFB\u5355\u4F4D,\u586B\u62A5\u671F\u95F4,\u7D2F\u8BA1\u5B8C\u6210,\u8FDB\u5C55\u60C5\u51B5",
      `4,\u6307\u68075,${ROAD},2016-06,3500,`,
      `4,\u6307\u68079,${ROAD},2016-06,3,`,
      `1,\u6307\u68071,${ROAD},2016-06,3,`,
      `4,\u6307\u68075,${ROAD},2016-06,3500,`,
      `4,\u6307\u68075,${ROAD},2016-06,3600,`,
      `4,\u6307\u68074,${ROAD},2016-13,3,`,
      `77,,${ROAD},2016-06,3,`,
    ].join("\r\n");
    const reading = readProgressSheets([{ name: "road.csv", bytes: new TextEncoder().encode(csv) }]);
    expect(reading.problems).toEqual([]);
    const { checked, problems } = checkSheetRows(plan, reading.rows, "test");
    expect(checked.map((c) => [c.row.row, c.report.task, c.report.target, c.report.value])).toEqual([[2, "4", 5, 3500]]);
    expect(problems.map((p) => [`${p.column}${p.row}`, p.field])).toEqual([
      ["B3", null],
      ["C4", null],
      ["A6", "task"],
      ["D7", "period"],
      ["A8", null],
    ]);
    expect(problems[0]!.message).toMatch(/has 6 target\(s\), not 9/);
    expect(problems[2]!.message).toMatch(/reported differently in road\.csv row 2/);
  });

  it("reads a sheet typed in another office's layout and saved by LibreOffice: full-width punctuation, remarks in headers, unit and period above the table", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-sheet-"));
    const forms = [
      // Full-width: 填报单位：… 填报期间：2016年6月, 指标／节点, 累计完成（公里）
      [
        "fullwidth",
        "\u586B\u62A5\u5355\u4F4D\uFF1A\u7701\u4EA4\u901A\u8FD0\u8F93\u5385,\u586B\u62A5\u671F\u95F4\uFF1A2016\u5E746\u6708",
        "\u5E8F\u53F7,\u4EFB\u52A1\u7F16\u53F7\uFF08\u5FC5\u586B\uFF09,\u6307\u6807\uFF0F\u8282\u70B9,\u7D2F\u8BA1\u5B8C\u6210\uFF08\u516C\u91CC\uFF09,\u5B58\u5728\u7684\u95EE\u9898",
      ],
      // ASCII: 填报单位:… 填报期间:2016-06, 指标/节点, 累计完成(公里)
      [
        "ascii",
        "\u586B\u62A5\u5355\u4F4D:\u7701\u4EA4\u901A\u8FD0\u8F93\u5385,\u586B\u62A5\u671F\u95F4:2016-06",
        "\u5E8F\u53F7,\u4EFB\u52A1\u7F16\u53F7(\u5FC5\u586B),\u6307\u6807/\u8282\u70B9,\u7D2F\u8BA1\u5B8C\u6210(\u516C\u91CC),\u5B58\u5728\u7684\u95EE\u9898",
      ],
    ] as const;
    for (const [name, meta, header] of forms) {
      const csv = join(dir, `${name}.csv`);
      writeFileSync(csv, `${meta}\n${header}\n1,4,\u6307\u68075,3500,\u96E8\u5B63\n2,17,\u6307\u68071,120,\n`);
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir, csv], {
        stdio: "ignore",
        timeout: 120_000,
      });
      const bytes = new Uint8Array(readFileSync(join(dir, `${name}.xlsx`)));
      const reading = readProgressSheets([{ name: `${name}.xlsx`, bytes }]);
      expect(reading.problems, name).toEqual([]);
      expect(
        reading.rows.map((r) => [r.row, r.columns.value?.letter, r.submission]),
        name,
      ).toEqual([
        [
          3,
          "D",
          {
            task: "4",
            target: 5,
            milestone: null,
            unit: "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385",
            period: "2016-06",
            value: 3500,
            status: null,
            note: "\u5B58\u5728\u95EE\u9898\uFF1A\u96E8\u5B63",
            evidence: [],
          },
        ],
        [4, "D", expect.objectContaining({ task: "17", target: 1, value: 120 })],
      ]);
      const { checked, problems } = checkSheetRows(plan, reading.rows, "test");
      expect([checked.length, problems]).toEqual([2, []]);
    }
  }, 240_000);

  it("writes the CSV template that reads back to the same rows", () => {
    const csv = templateCsv(sheetsFor(ROAD)).replace("\r\n4,", "\r\n4,").split("\r\n");
    // Fill the value of the first row (指标1 of task 4: 29亿元) as typed.
    const cells = csv[1]!.split(",");
    cells[8] = "14\u4EBF";
    csv[1] = cells.join(",");
    const reading = readProgressSheets([{ name: "t.csv", bytes: new TextEncoder().encode(csv.join("\r\n")) }]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((r) => [r.row, r.submission.task, r.submission.target, r.submission.value])).toEqual([[2, "4", 1, "14\u4EBF"]]);
  });

  it("takes a period as people write it", () => {
    expect(["2016-06", "2016\u5E746\u6708", "2016\u5E7406\u6708\u4EFD", "2016.6", "2016-06-01", "2016\u5E74\u7B2C\u4E8C\u5B63\u5EA6", "2016Q2", "2016-13"].map(normalisePeriod)).toEqual([
      "2016-06",
      "2016-06",
      "2016-06",
      "2016-06",
      "2016-06",
      "2016-Q2",
      "2016-Q2",
      "2016-13",
    ]);
  });
});
