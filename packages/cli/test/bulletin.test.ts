// The 通报 on a SQLite file (in this process, through main), after a month of the office's loop: reports
// (one returned), an extension approved, a task closed. The Word and Excel files it writes are
// opened in LibreOffice and read as PDF; the figures must be those of its JSON.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bulletin } from "@plan/domain";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { officeToPdf } from "../../domain/test/office-pdf.js";
import { plan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-bulletin-"));
const db = join(dir, "plan.db");

const run = (...args: string[]) => plan([...args, "--db", db], { cwd: dir });
const ok = async (...args: string[]) => {
  const result = await run(...args);
  expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
  return result.stdout.trim();
};
const squeeze = (text: string) => text.replace(/\s+/g, "");

const NUMBER = "\u8D63\u7763\u529E\u30142016\u301512\u53F7";
const ISSUER = "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4";
const REASON = "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599";
let id = "";
let figures: Bulletin;

beforeAll(async () => {
  id = await ok("import", seed);
  await ok("progress", "add", id, "1", "--target", "1", "--value", "25\u4E07", "--period", "2016-06", "--unit", "\u6709\u95DC\u8A2D\u5340\u5E02");
  await ok("progress", "add", id, "4", "--target", "\u519C\u6751\u516C\u8DEF", "--value", "1000", "--period", "2016-06", "--unit", "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3");
  await ok("progress", "add", id, "13", "--status", "behind", "--period", "2016-06", "--unit", "\u7701\u65C5\u767C\u59D4");
  const returned = await ok("progress", "add", id, "4", "--target", "1", "--value", "12\u4EBF\u5143", "--period", "2016-06", "--unit", "\u7701\u80FD\u6E90\u5C40");
  await ok("review", id, returned, "--return", "--reason", REASON);
  const extension = (
    await ok("extension", "request", id, "28", "--unit", "\u8D1B\u5DDE\u5E02", "--milestone", "1", "--to", "2016-09-30", "--reason", "\u5F85\u7701\u7EA7\u65B9\u6848\u51FA\u53F0")
  ).split(" ")[0]!;
  await ok("extension", "approve", id, extension);
  await ok("close", id, "27");
  figures = JSON.parse(await ok("report", id, "--as-of", "2016-07-01", "--format", "json", "--number", NUMBER, "--issuer", ISSUER)) as Bulletin;
}, 60_000);

describe("plan report", () => {
  it("gives the bulletin's figures as JSON, with the office's record", async () => {
    expect(figures).toMatchObject({ number: NUMBER, issuer: ISSUER, asOf: "2016-07-01", date: "2016-07-01", period: "2016-06" });
    expect(figures.summary).toMatchObject({ tasks: 33, closed: 1, timeElapsed: 0.5 });
    expect(figures.summary.counts.achieved).toBe(1);
    expect(figures.returned.map((r) => [r.task, r.reason])).toEqual([["4", REASON]]);
    expect(figures.extensions.map((e) => [e.task, e.from, e.to])).toEqual([["28", "2016-06-30", "2016-09-30"]]);
    expect(figures.named.map((t) => t.id)).toContain("4");
  });

  it("writes a Word 通报 a reader can check against those figures", async () => {
    const out = join(dir, "bulletin.docx");
    expect(await ok("report", id, "--as-of", "2016-07-01", "--format", "docx", "--number", NUMBER, "--issuer", ISSUER, "--out", out)).toBe(`Wrote the report as of 2016-07-01 to ${out}`);
    const pdf = officeToPdf(new Uint8Array(readFileSync(out)), "docx");
    expect(pdf.pages).toBeGreaterThanOrEqual(5);
    expect(pdf.pages).toBeLessThanOrEqual(16);
    const text = squeeze(pdf.text());
    expect(text.startsWith(`${NUMBER}${ISSUER}2016\u5E747\u67081\u65E5`)).toBe(true);
    const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;
    expect(text).toContain(`\u5E73\u5747\u5B8C\u6210\u7387${pct(figures.summary.completion)}\uFF0C\u5E8F\u65F6\u8FDB\u5EA650%`);
    expect(text).toContain("\u5DF2\u529E\u7ED31\u9879");
    expect(text).toContain(REASON);
    // A date may wrap at its hyphen in a narrow column, and pdftotext joins such a line without it.
    expect(text.replace(/-/g, "")).toContain("2016063020160930");
    let at = text.indexOf("\u4E8C\u3001\u7275\u5934\u5355\u4F4D\u6392\u540D");
    for (const u of figures.ranking) {
      const found = text.indexOf(`${u.unit}${u.tasks}${u.onTime}${u.late}${u.notReported}`, at);
      expect(found, `${u.rank} ${u.unit}`).toBeGreaterThan(at);
      at = found;
    }
    for (const t of figures.named) expect(text).toContain(`${t.statusLabel}${t.lead.join("\u3001")}`);
  });

  it("writes a print-ready Excel 通报", async () => {
    const out = join(dir, "bulletin.xlsx");
    await ok("report", id, "--as-of", "2016-07-01", "--format", "xlsx", "--out", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const ranking = wb.getWorksheet("\u5355\u4F4D\u6392\u540D")!;
    expect(ranking.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
    expect(Array.from({ length: figures.ranking.length }, (_, i) => ranking.getRow(i + 3).getCell(2).value)).toEqual(figures.ranking.map((u) => u.unit));
    expect(typeof ranking.getRow(3).getCell(3).value).toBe("number");
    const pdf = officeToPdf(new Uint8Array(readFileSync(out)), "xlsx");
    expect(squeeze(pdf.text())).toContain(REASON);
    expect(pdf.pageSize(2).width).toBeGreaterThan(pdf.pageSize(2).height);
  });

  it("writes HTML and Markdown to stdout", async () => {
    expect(await ok("report", id, "--as-of", "2016-07-01", "--format", "html")).toMatch(/^<!doctype html>[\s\S]*<svg [^>]*id="chart-areas"[\s\S]*<svg [^>]*id="chart-ranking"/);
    expect(await ok("report", id, "--as-of", "2016-07-01", "--format", "md", "--number", NUMBER)).toMatch(new RegExp(`^# .*\\n\\n${NUMBER}\u30002016\u5E747\u67081\u65E5\\n`));
  });

  it("refuses a format it does not write, a bad date and an unknown plan, with a line and an exit code", async () => {
    expect(await run("report", id, "--format", "pdf")).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("--format: use docx, xlsx, html, md, json") });
    expect(await run("report", id, "--format", "md", "--date", "2016-13-01")).toMatchObject({ code: 2, stderr: expect.stringContaining('--date: "2016-13-01" is not a date') });
    const missing = await run("report", "plan_0000000000000000", "--format", "md");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^plan: .*plan_0000000000000000/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
