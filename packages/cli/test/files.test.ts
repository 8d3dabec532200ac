// plan units and plan export, and plans in Word, Excel and other encodings (in this process, through main).
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Plan, Unit } from "@plan/domain";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { plan as runPlan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../domain/test/fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-files-"));

const plan = (...args: string[]) => runPlan(args);
const parsed = async (...args: string[]) => Plan.parse(JSON.parse((await plan("parse", ...args, "--json")).stdout));

describe("plan units", () => {
  it("lists each unit with its tasks by role", async () => {
    const run = await plan("units", seed, "--json");
    expect(run.code).toBe(0);
    const units = z.array(Unit).parse(JSON.parse(run.stdout));
    expect(units.find((u) => u.name === "省發展改革委")).toMatchObject({ kind: "department", aliases: ["省發展改革委(蘇區辦)"] });
    expect(units.find((u) => u.name === "省發展改革委")!.tasks.responsible).toContain("28");
    expect((await plan("units", seed)).stdout).toMatch(/省交通運輸廳\s+department\s+4, 14, 17/);
  });

  it("applies a unit registry, and names the bad field of a bad one", async () => {
    const registry = join(dir, "units.json");
    writeFileSync(registry, JSON.stringify({ units: [{ name: "江西省发展和改革委员会", aliases: ["省发改委"] }], groups: { 有关设区市: ["赣州市", "吉安市", "抚州市"] } }));
    const units = z.array(Unit).parse(JSON.parse((await plan("units", seed, "--units", registry, "--json")).stdout));
    expect(units.map((u) => u.name)).toContain("江西省发展和改革委员会");
    expect(units.find((u) => u.name === "有關設區市")!.members).toEqual(["赣州市", "吉安市", "抚州市"]);

    const bad = join(dir, "bad-units.json");
    writeFileSync(bad, JSON.stringify({ units: [{ name: 42 }] }));
    expect(await plan("units", seed, "--units", bad)).toMatchObject({ code: 2, stderr: expect.stringMatching(/bad-units\.json: units\.0\.name: /) });
    writeFileSync(bad, "{ not json");
    expect(await plan("units", seed, "--units", bad)).toMatchObject({ code: 2, stderr: expect.stringMatching(/not valid JSON/) });
  });
});

describe("plan export", () => {
  it("writes csv, md and json to stdout", async () => {
    expect((await plan("export", seed, "--format", "csv")).stdout).toMatch(/^\uFEFF序号,领域,任务名称,工作任务,牵头单位,责任单位,配合单位,完成时限,指标\r\n1,精準扶貧,加大精準扶貧力度,/);
    expect((await plan("export", seed, "--format", "md")).stdout.split("\n")).toHaveLength(33 + 3);
    expect(JSON.parse((await plan("export", seed, "--format", "json")).stdout)[3]).toMatchObject({ number: "4", responsible: "有關設區市、省能源局、省電力公司、省交通運輸廳" });
  });

  it("round-trips through xlsx: same tasks, units and targets", async () => {
    const out = join(dir, "seed.xlsx");
    expect(await plan("export", seed, "--format", "xlsx", "--out", out)).toMatchObject({ code: 0, stdout: `Wrote 33 tasks to ${out}\n` });
    const essence = (p: Plan) => p.tasks.map((t) => [t.number, t.title, t.units.map((u) => `${u.role}:${u.name}`), t.targets.map((x) => `${x.value}${x.unit}${x.comparator}`)]);
    expect(essence(await parsed(out))).toEqual(essence(await parsed(seed)));
  });

  it("refuses a missing or unknown format", async () => {
    expect(await plan("export", seed)).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing --format/) });
    expect(await plan("export", seed, "--format", "pdf")).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown --format "pdf"/) });
  });
});

describe("files people send", () => {
  it("reads Word and Excel files written by LibreOffice", async () => {
    expect((await parsed(fixture("numbered.docx"))).tasks).toHaveLength(4);
    expect((await parsed(fixture("tasks.xlsx"))).tasks.map((t) => t.title)).toEqual(["新增规模以上工业企业50家", "完成工业投资500亿元以上", "新增城镇就业2.5万人"]);
  });

  it("reads Word and Excel files written by openpyxl and by hand as other writers do", async () => {
    expect((await parsed(fixture("openpyxl.xlsx"))).tasks.map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([
      ["新建城市书房10个", ["县文化广电旅游局", "各乡镇人民政府"]],
      ["改造提升农贸市场3个", ["县商务局", "县市场监管局", "县财政局"]],
      ["新增城镇就业2000人以上\uFF08含高校毕业生\uFF09", ["县人力资源社会保障局"]],
    ]);
    expect((await parsed(fixture("handmade.xlsx"))).tasks.map((t) => t.units.map((u) => u.name))).toEqual([
      ["市水利局", "市住房城乡建设局", "市财政局"],
      ["市水利局", "各县\uFF08市\u3001区\uFF09人民政府"],
    ]);
    expect((await parsed(fixture("handmade.docx"))).tasks.map((t) => t.title)).toEqual(["新建改造供水管网120公里", "农村自来水普及率达到92%以上"]);
  });

  it("reads the seed in GB18030, Big5 and UTF-16 as in UTF-8", async () => {
    const text = readFileSync(seed, "utf8");
    const expected = (await parsed(seed)).tasks;
    for (const encoding of ["gb18030", "big5", "utf-16le"]) {
      const path = join(dir, `seed-${encoding}.txt`);
      writeFileSync(path, iconv.encode(text, encoding, { addBOM: encoding === "utf-16le" }));
      expect((await parsed(path)).tasks).toEqual(expected);
    }
  });

  it("reads UTF-16 without a BOM, and a file with a bad byte with a located warning; --strict refuses it", async () => {
    const text = readFileSync(seed, "utf8");
    const noBom = join(dir, "seed-utf16-nobom.txt");
    writeFileSync(noBom, iconv.encode(text, "utf-16le"));
    expect((await parsed(noBom)).tasks).toEqual((await parsed(seed)).tasks);

    const damaged = join(dir, "seed-damaged.txt");
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf(Buffer.from("\n4.", "utf8")) + 5;
    bytes[at] = 0xff;
    writeFileSync(damaged, bytes);
    const run = await plan("validate", damaged);
    expect(run.stdout).toMatch(/warning\s.*seed-damaged\.txt:9:3\s+parse\.bad-bytes\s.*line 9, column 3: 2 characters not valid UTF-8/);
    expect(await plan("validate", damaged, "--strict")).toMatchObject({ code: 2, stderr: expect.stringMatching(/seed-damaged\.txt: line 9, column 3: bytes that are not valid UTF-8 text/) });
  });

  it("refuses a file over the size limit without reading it all, a stream too", async () => {
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 21 * 1024 * 1024);
    expect(await plan("parse", huge)).toMatchObject({ code: 2, stderr: expect.stringMatching(/huge\.txt: the file has more bytes, over the limit of 20,971,520 \(fileBytes\)/) });
    expect(await plan("parse", "/dev/zero")).toMatchObject({ code: 2, stderr: expect.stringMatching(/\/dev\/zero: the file has more bytes, over the limit of 20,971,520 \(fileBytes\)/) });
  });

  it("takes column names for a table with other headers", async () => {
    const csv = join(dir, "odd.csv");
    writeFileSync(csv, "编号,要做的事,谁来办\n1,出台实施细则,综合处\n");
    expect(await plan("parse", csv)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no numbered tasks/) });
    const run = await plan("parse", csv, "--columns", "task=要做的事,lead=谁来办", "--json");
    expect(Plan.parse(JSON.parse(run.stdout)).tasks[0]!.units).toMatchObject([{ name: "综合处", role: "lead" }]);
    expect(await plan("parse", csv, "--columns", "boss=谁来办")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--columns: "boss=谁来办"/) });
  });

  it("refuses Word and Excel 97-2003, WPS, PDF and RTF files with one line saying how to convert them", async () => {
    const oneLine = async (file: string, message: string) => {
      const run = await plan("parse", file);
      expect(run).toMatchObject({ code: 2, stdout: "" });
      expect(run.stderr).toBe(`plan: ${file}: ${message}\n`);
    };
    await oneLine(fixture("numbered.doc"), "a Word 97\u20132003 (.doc) file; open it in Word or WPS and save it as .docx, or save it as text");
    await oneLine(fixture("tasks.xls"), "an Excel 97\u20132003 (.xls) workbook; open it in Excel or WPS and save it as .xlsx, or save it as CSV");
    // Known by their bytes, whatever they are called.
    const unnamed = join(dir, "report-from-email");
    writeFileSync(unnamed, readFileSync(fixture("numbered.doc")));
    await oneLine(unnamed, "a Word 97\u20132003 (.doc) file; open it in Word or WPS and save it as .docx, or save it as text");
    const wps = join(dir, "report.wps");
    writeFileSync(wps, readFileSync(fixture("numbered.doc")));
    await oneLine(wps, "a WPS Writer (.wps) file; open it in WPS and save it as .docx, or save it as text");
    const pdf = join(dir, "plan.txt");
    writeFileSync(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    expect(await plan("validate", pdf)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^plan: .*plan\.txt: a PDF file; plan does not read PDF; [^\n]*\n$/) });
    const rtf = join(dir, "plan.rtf");
    writeFileSync(rtf, "{\\rtf1\\ansi\\ansicpg936 1.\\'d0\\'c2}");
    expect(await plan("import", rtf, "--db", join(dir, "refused.db"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/plan\.rtf: a Rich Text \(\.rtf\) file; /) });
  });

  it("refuses a broken Office file with one line", async () => {
    const broken = join(dir, "broken.docx");
    writeFileSync(broken, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(50, 7)]));
    const run = await plan("parse", broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.docx: the file is not a valid Office package/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
