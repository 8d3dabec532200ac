// The 通报 as HTML, in a real Chromium: the status colours as the browser paints them, the SVG
// charts (one bar a row, lengths in proportion), the ranking in order, and the page printed to
// A4 PDF with its print CSS.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulletinToHtml } from "../src/index.js";
import { bulletin, LIGHT_FILL, reminders, STATUS_LABEL } from "./bulletin-helpers.js";
import { seedStatus, seedSupervision } from "./bulletin-seed.js";

const executablePath = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
const doc = bulletin(seedStatus, reminders(seedStatus), seedSupervision, { number: "\u8D63\u7763\u529E\u30142016\u301512\u53F7" });
const rgb = (hex: string) => `rgb(${[0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage();
  await page.setContent(bulletinToHtml(doc));
}, 60_000);
afterAll(() => browser?.close());

// Strings, not functions, for the page: the test runner rewrites the functions it compiles.
const inPage = <T>(script: string): Promise<T> => page.evaluate(script) as Promise<T>;

describe("the bulletin as HTML in Chromium", () => {
  it("paints each status cell in its light's colour", async () => {
    const colours = await inPage<[string, string][]>(`[...document.querySelectorAll("td.light")].map((td) => [td.textContent, getComputedStyle(td).backgroundColor])`);
    const byLabel = new Map<string, Set<string>>();
    for (const [label, colour] of colours) byLabel.set(label, (byLabel.get(label) ?? new Set()).add(colour));
    expect(byLabel.get(STATUS_LABEL.behind)).toEqual(new Set([rgb(LIGHT_FILL.red)]));
    expect(byLabel.get(STATUS_LABEL.overdue)).toEqual(new Set([rgb(LIGHT_FILL.red)]));
    expect(byLabel.get(STATUS_LABEL["at-risk"])).toEqual(new Set([rgb(LIGHT_FILL.amber)]));
    expect(byLabel.get(STATUS_LABEL["on-track"])).toEqual(new Set([rgb(LIGHT_FILL.green)]));
    expect(byLabel.get(STATUS_LABEL["not-reported"])).toEqual(new Set([rgb(LIGHT_FILL.grey)]));
  });

  it("draws status by area and the ranking as SVG bars in proportion", async () => {
    const charts = await inPage<Record<string, { label: string; widths: number[]; values: number[] }[]>>(`Object.fromEntries(["chart-areas", "chart-ranking"].map((id) => [id,
      [...document.querySelectorAll("#" + id + " g.row")].map((g) => ({ label: g.dataset.label, widths: [...g.querySelectorAll("rect.seg")].map((r) => r.getBBox().width), values: [...g.querySelectorAll("rect.seg")].map((r) => Number(r.dataset.value)) }))]))`);
    expect(charts["chart-areas"]!.map((r) => r.label)).toEqual(doc.areas.map((a) => a.name));
    expect(charts["chart-ranking"]!.map((r) => r.label)).toEqual(doc.ranking.map((u) => `${u.rank}. ${u.unit}`));
    for (const rows of Object.values(charts)) {
      const perUnit = rows.flatMap((r) => r.widths.map((w, i) => w / r.values[i]!));
      // Widths are written to 0.1 px: within 2 % of one another.
      for (const x of perUnit) expect(Math.abs(x - perUnit[0]!) / perUnit[0]!).toBeLessThan(0.02);
    }
    const visible = await inPage<boolean>(`[...document.querySelectorAll("svg.chart")].every((s) => s.getBoundingClientRect().height > 50)`);
    expect(visible).toBe(true);
  });

  it("lists the lead units in ranking order and names the late tasks", async () => {
    const units = await inPage<string[]>(`[...document.querySelectorAll('table[data-table="\u5355\u4F4D\u6392\u540D"] tbody tr')].map((tr) => tr.cells[1].textContent)`);
    expect(units).toEqual(doc.ranking.map((u) => u.unit));
    const named = await inPage<string[]>(`[...document.querySelectorAll('table[data-table="\u70B9\u540D\u4EFB\u52A1"] tbody tr')].map((tr) => tr.cells[0].textContent)`);
    expect(named).toEqual(["28", "4", "13", "32"]);
  });

  it("prints on A4 pages with the colours kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-html-"));
    const path = join(dir, "bulletin.pdf");
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(16);
    const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(text).toContain("\u5E73\u5747\u5B8C\u6210\u738743.6%\uFF0C\u5E8F\u65F6\u8FDB\u5EA650%");
  });
});
