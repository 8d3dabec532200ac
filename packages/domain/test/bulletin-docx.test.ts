// The 通报 as Word writes it and as a reader sees it: the docx rendered by LibreOffice to PDF and
// read back (pages, the figures, the ranking order, the named tasks, the status colours on the
// page), and the document's XML for the shading of each status cell and the native charts.
import { renderBulletin } from "../src/office/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { bulletin, openPackageForTest, reminders, STATUS_LABEL } from "./bulletin-helpers.js";
import { seedStatus, seedSupervision } from "./bulletin-seed.js";
import { officeToPdf, type Pdf } from "./office-pdf.js";

const NUMBER = "\u8D63\u7763\u529E\u30142016\u301512\u53F7";
const ISSUER = "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4";
const options = { number: NUMBER, issuer: ISSUER };
const doc = bulletin(seedStatus, reminders(seedStatus), seedSupervision, options);
// pdftotext puts spaces between Chinese and Latin text and breaks lines in cells: compare without them.
const squeeze = (text: string) => text.replace(/\s+/g, "");

let bytes: Uint8Array;
let pdf: Pdf;
let text: string;
beforeAll(async () => {
  const rendered = await renderBulletin(seedStatus, "docx", { supervision: seedSupervision, options });
  expect(rendered.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(rendered.fileName).toBe(`report-${seedStatus.planId}-2016-07-01.docx`);
  bytes = rendered.body as Uint8Array;
  pdf = officeToPdf(bytes, "docx");
  text = squeeze(pdf.text());
}, 120_000);

describe("the bulletin as Word", () => {
  it("prints on a few A4 pages", () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(6);
    expect(pdf.pages).toBeLessThanOrEqual(16);
  });

  it("opens with the 文号 line, the title and the as-of date", () => {
    expect(text.startsWith(`${NUMBER}${ISSUER}2016\u5E747\u67081\u65E5`)).toBe(true);
    expect(text).toContain(squeeze(doc.heading));
    expect(text).toContain("\uFF08\u6570\u636E\u622A\u81F32016\u5E747\u67081\u65E5\uFF0C\u672C\u671F\u5E94\u62A52016\u5E746\u6708");
  });

  it("gives 完成率 against 序时进度 and the counts by status", () => {
    expect(text).toContain("14\u9879\u91CF\u5316\u6307\u6807\u5E73\u5747\u5B8C\u6210\u738743.6%\uFF0C\u5E8F\u65F6\u8FDB\u5EA650%");
    for (const [status, n] of Object.entries(doc.summary.counts)) expect(text).toContain(`${STATUS_LABEL[status as keyof typeof STATUS_LABEL]}${n}\u9879`);
  });

  it("ranks the lead units in the bulletin's order", () => {
    const section = text.slice(text.indexOf("\u4E8C\u3001\u7275\u5934\u5355\u4F4D\u6392\u540D"), text.indexOf("\u4E09\u3001\u5B58\u5728\u95EE\u9898"));
    let at = 0;
    for (const u of doc.ranking) {
      const found = section.indexOf(`${u.unit}${u.tasks}${u.onTime}${u.late}${u.notReported}`, at);
      expect(found, `${u.rank} ${u.unit} after the units ranked above it`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it("names the late and overdue tasks with their lead units, in order", () => {
    const section = text.slice(text.indexOf("\uFF08\u4E00\uFF09\u8FDB\u5EA6\u6EDE\u540E"), text.indexOf("\uFF08\u4E8C\uFF09\u9000\u56DE"));
    let at = 0;
    for (const t of doc.named) {
      const found = section.indexOf(`${t.id}${squeeze(t.title)}${t.statusLabel}${t.lead.join("\u3001")}`, at);
      expect(found, `task ${t.id}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it("shades each status cell by its light", () => {
    const xml = openPackageForTest(bytes).text("word/document.xml")!;
    // Header cells (shaded D9E1F2) may carry a status word as a column title.
    const HEADER = 'w:fill="D9E1F2"';
    const cells = xml.match(/<w:tc>.*?<\/w:tc>/gs)!;
    const fillOf = (label: string) => new Set(cells.filter((c) => c.replace(/<[^>]+>/g, "") === label && !c.includes(HEADER)).map((c) => /w:fill="([0-9A-F]{6})"/.exec(c)?.[1]));
    expect(fillOf(STATUS_LABEL.behind)).toEqual(new Set(["FFC7CE"]));
    expect(fillOf(STATUS_LABEL.overdue)).toEqual(new Set(["FFC7CE"]));
    expect(fillOf(STATUS_LABEL["at-risk"])).toEqual(new Set(["FFEB9C"]));
    expect(fillOf(STATUS_LABEL["on-track"])).toEqual(new Set(["C6EFCE"]));
    expect(fillOf(STATUS_LABEL["not-reported"])).toEqual(new Set(["E7E6E6"]));
  });

  it("paints the status colours on the page", () => {
    const page = pdf.pixels(1, 40);
    const seen = new Set<string>();
    for (let y = 0; y < page.height; y++) for (let x = 0; x < page.width; x++) seen.add(page.at(x, y).join(","));
    for (const rgb of ["255,199,206", "255,235,156", "198,239,206", "231,230,230"]) expect(seen, rgb).toContain(rgb);
  });

  it("draws status by area and the ranking as native charts", () => {
    const pkg = openPackageForTest(bytes);
    const charts = pkg.names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(2);
    const areaChart = charts.map((n) => pkg.text(n)!).find((x) => x.includes(doc.areas[0]!.name))!;
    expect(areaChart).toContain('<c:grouping val="stacked"/>');
    for (const a of doc.areas) expect(areaChart).toContain(a.name);
    expect(text).toContain("\u5404\u9886\u57DF\u4EFB\u52A1\u63A8\u8FDB\u60C5\u51B5");
  });
});
