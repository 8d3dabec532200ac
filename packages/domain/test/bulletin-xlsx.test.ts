// The 通报 as Excel writes it: read back with exceljs for what a clerk relies on (numbers that are
// numbers, number formats, status fills, borders, A4 landscape fitted to one page wide, frozen
// headers printed on every page, the bars as images), and printed through LibreOffice for what a
// reader sees (pages, the figures, the ranking order, the named tasks).
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderBulletin } from "../src/office/index.js";
import { bulletin, LIGHT_FILL, reminders, STATUS_LABEL } from "./bulletin-helpers.js";
import { seedStatus, seedSupervision } from "./bulletin-seed.js";
import { officeToPdf, type Pdf } from "./office-pdf.js";

const options = { number: "\u8D63\u7763\u529E\u30142016\u301512\u53F7", issuer: "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4" };
const doc = bulletin(seedStatus, reminders(seedStatus), seedSupervision, options);
const squeeze = (text: string) => text.replace(/\s+/g, "");
const SHEETS = { summary: "\u901A\u62A5", tasks: "\u4EFB\u52A1\u8FDB\u5C55", ranking: "\u5355\u4F4D\u6392\u540D", named: "\u70B9\u540D\u4EFB\u52A1", charts: "\u56FE\u8868" };

let wb: ExcelJS.Workbook;
let pdf: Pdf;
beforeAll(async () => {
  const rendered = await renderBulletin(seedStatus, "xlsx", { supervision: seedSupervision, options });
  expect(rendered.mediaType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const bytes = rendered.body as Uint8Array;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  pdf = officeToPdf(bytes, "xlsx");
}, 120_000);

const sheet = (name: string) => wb.getWorksheet(name)!;
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(2).values as unknown[]).slice(1);
const column = (ws: ExcelJS.Worksheet, title: string) => header(ws).indexOf(title) + 1;
const body = (ws: ExcelJS.Worksheet) => Array.from({ length: ws.rowCount - 2 }, (_, i) => ws.getRow(i + 3));

describe("the bulletin as Excel", () => {
  it("has the summary, a sheet per table and the charts", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.summary, SHEETS.tasks, SHEETS.ranking, SHEETS.named, "\u9000\u56DE\u62A5\u544A", "\u5EF6\u671F\u4E8B\u9879", SHEETS.charts]);
  });

  it("stores figures as numbers with number formats", () => {
    const summary = sheet(SHEETS.summary);
    const figures = new Map<string, ExcelJS.Cell>();
    summary.eachRow((row) => figures.set(String(row.getCell(1).value), row.getCell(2)));
    expect(figures.get("\u4EFB\u52A1\u603B\u6570")!.value).toBe(33);
    expect(figures.get(STATUS_LABEL.behind)!.value).toBe(3);
    expect(figures.get(STATUS_LABEL.behind)!.numFmt).toBe("0");
    expect(figures.get("\u5E8F\u65F6\u8FDB\u5EA6")!.value).toBe(doc.summary.timeElapsed);
    expect(figures.get("\u5E8F\u65F6\u8FDB\u5EA6")!.numFmt).toBe("0.0%");
    expect(figures.get("\u5B8C\u6210\u7387\uFF08\u91CF\u5316\u6307\u6807\u5E73\u5747\uFF09")!.value).toBeCloseTo(doc.summary.completion, 12);
    const tasks = sheet(SHEETS.tasks);
    const share = column(tasks, "\u5B8C\u6210\u7387");
    const four = body(tasks).find((r) => r.getCell(2).value === "4")!;
    expect(typeof four.getCell(share).value).toBe("number");
    expect(four.getCell(share).numFmt).toBe("0.0%");
    const ranking = sheet(SHEETS.ranking);
    expect(body(ranking).every((r) => typeof r.getCell(1).value === "number" && typeof r.getCell(3).value === "number")).toBe(true);
  });

  it("fills each status cell by its light and borders every cell of a table", () => {
    const tasks = sheet(SHEETS.tasks);
    const statusColumn = column(tasks, "\u72B6\u6001");
    const fills = new Map<string, Set<string>>();
    for (const row of body(tasks)) {
      const cell = row.getCell(statusColumn);
      const argb = (cell.fill as ExcelJS.FillPattern).fgColor!.argb!;
      fills.set(String(cell.value), (fills.get(String(cell.value)) ?? new Set()).add(argb));
      for (let c = 1; c <= header(tasks).length; c++) expect(row.getCell(c).border?.left?.style, `row ${row.number} column ${c}`).toBe("thin");
    }
    expect(fills.get(STATUS_LABEL.behind)).toEqual(new Set([`FF${LIGHT_FILL.red}`]));
    expect(fills.get(STATUS_LABEL.overdue)).toEqual(new Set([`FF${LIGHT_FILL.red}`]));
    expect(fills.get(STATUS_LABEL["at-risk"])).toEqual(new Set([`FF${LIGHT_FILL.amber}`]));
    expect(fills.get(STATUS_LABEL["on-track"])).toEqual(new Set([`FF${LIGHT_FILL.green}`]));
    expect(fills.get(STATUS_LABEL["not-reported"])).toEqual(new Set([`FF${LIGHT_FILL.grey}`]));
  });

  it("sets every table sheet up for print: A4 landscape, one page wide, header frozen and repeated, columns sized", () => {
    for (const name of [SHEETS.tasks, SHEETS.ranking, SHEETS.named]) {
      const ws = sheet(name);
      expect(ws.pageSetup, name).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
      expect(ws.views[0], name).toMatchObject({ state: "frozen", ySplit: 2 });
      expect(
        ws.columns.every((c) => (c.width ?? 0) >= 7),
        name,
      ).toBe(true);
    }
    expect(sheet(SHEETS.tasks).getColumn(column(sheet(SHEETS.tasks), "\u6307\u6807\u8FDB\u5C55")).width).toBeGreaterThan(30);
  });

  it("draws status by area and the ranking as bars, one image a row", () => {
    expect(sheet(SHEETS.charts).getImages()).toHaveLength(doc.areas.length + doc.ranking.length);
  });

  it("prints on A4 landscape pages with the figures, the ranking in order and the named tasks", () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(pdf.pages).toBeLessThanOrEqual(16);
    const sizes = Array.from({ length: pdf.pages }, (_, i) => pdf.pageSize(i + 1));
    expect(sizes.filter((s) => s.width > s.height && Math.round(s.width) === 842).length).toBeGreaterThanOrEqual(4);
    const text = squeeze(pdf.text());
    expect(text).toContain("\u5E73\u5747\u5B8C\u6210\u738743.6%\uFF0C\u5E8F\u65F6\u8FDB\u5EA650%");
    expect(text).toContain(`${options.number}${options.issuer}2016\u5E747\u67081\u65E5`);
    let at = text.indexOf("\u7275\u5934\u5355\u4F4D\u6392\u540D");
    for (const u of doc.ranking) {
      const found = text.indexOf(u.unit, at);
      expect(found, `${u.rank} ${u.unit}`).toBeGreaterThan(at);
      at = found;
    }
    for (const t of doc.named) expect(text).toContain(t.title);
  });
});
