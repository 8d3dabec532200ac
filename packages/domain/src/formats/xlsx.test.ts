import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "./file.js";
import { readXlsx } from "./xlsx.js";
import { writeXlsx } from "./xlsx-write.js";

const read = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url))));
// Written by LibreOffice Calc from test/fixtures/src/tasks.fods (see make.sh).
const fixture = read("tasks.xlsx");
const texts = (rows: readonly { text: string }[][]) => rows.map((r) => r.map((c) => c.text));
const essence = (name: string) => {
  const plan = parsePlanFile(read(name), { name });
  return [plan.title, ...plan.tasks.map((t) => [t.number, t.title, t.deadline.date, t.units.map((u) => `${u.role}:${u.name}`)])];
};

/** A one-sheet workbook around the given sheetData (and what follows it), as the smallest writer would make it. */
const workbook = (sheetData: string, after = "") =>
  zipSync({
    "xl/workbook.xml": strToU8(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${after}</worksheet>`),
  });

describe("readXlsx", () => {
  it("reads every sheet, merged cells filled and marked, dates as ISO dates", () => {
    const [notes, tasks] = readXlsx(fixture);
    expect(notes!.name).toBe("说明");
    expect(tasks!.name).toBe("任务分解");
    const rows = tasks!.rows.map((r) => r.map((c) => c.text));
    expect(rows[1]).toEqual(["序号", "领域", "工作任务", "牵头单位", "配合单位", "完成时限"]);
    expect(rows[2]).toEqual(["1", "产业发展", "新增规模以上工业企业50家。", "市工业和信息化局", "市统计局", "2025-12-31"]);
    expect(tasks!.rows[3]![1]).toMatchObject({ text: "产业发展", merged: true, line: 4, column: 2 });
  });
});

describe("readXlsx on workbooks that other programs write", () => {
  it("reads openpyxl's inline strings, rich-text runs, merged title and date cell", () => {
    // openpyxl writes every string inline (t="inlineStr"), a rich-text cell as runs.
    const [sheet] = readXlsx(read("openpyxl.xlsx"));
    expect(sheet!.name).toBe("\u4EFB\u52A1\u5206\u89E3");
    const rows = texts(sheet!.rows);
    expect(rows[1]).toEqual(["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]);
    expect(rows[2]).toEqual(["1", "新建城市书房10个\u3002", "县文化广电旅游局", "各乡镇人民政府", "2025-10-31"]);
    expect(rows[3]).toEqual(["2", "改造提升农贸市场3个", "县商务局", "县市场监管局\u3001县财政局", "2025年12月底前"]);
    expect(rows[4]![1]).toBe("新增城镇就业2000人以上\uFF08含高校毕业生\uFF09");
  });

  it("reads a hand-written workbook: character references, prefixed namespaces, no cell addresses", () => {
    const [sheet] = readXlsx(read("handmade.xlsx"));
    // The sheet name is written as hex references (&#x4EFB;&#x52A1;).
    expect(sheet!.name).toBe("\u4EFB\u52A1");
    expect(texts(sheet!.rows)).toEqual([
      ["某市2025年城乡供水一体化重点任务清单", "", "", "", ""],
      ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
      // Shared string in rich-text runs with a phonetic run; inline strings in hex references.
      ["1", "新建改造供水管网120公里", "市水利局", "市住房城乡建设局\u3001市财政局", "2025年12月底前"],
      // Inline rich-text runs; a formula's text result (t="str").
      ["2", "农村自来水普及率达到92%以上", "市水利局", "各县\uFF08市\u3001区\uFF09人民政府", "2025年10月底前"],
    ]);
    // Decoded to characters, not left as "&#24066;…": 市 is U+5E02.
    expect(Array.from(sheet!.rows[2]![2]!.text, (ch) => ch.codePointAt(0))).toEqual([0x5e02, 0x6c34, 0x5229, 0x5c40]);
    expect(sheet!.rows[3]![4]).toMatchObject({ line: 4, column: 5 });
  });

  it("places rows and cells without an address after the ones before them", () => {
    const [sheet] = readXlsx(
      workbook('<row r="2"><c t="inlineStr"><is><t>a</t></is></c><c r="C2" t="inlineStr"><is><t>c</t></is></c><c><v>4</v></c></row><row><c t="str"><f>A1</f><v>b</v></c></row>'),
    );
    expect(texts(sheet!.rows)).toEqual([
      ["a", "", "c", "4"],
      ["b", "", "", ""],
    ]);
    expect(sheet!.rows.map((r) => r[0]!.line)).toEqual([2, 3]);
  });

  it("marks a formula whose value the file does not save, as exceljs and openpyxl write them, apart from one whose value is saved", () => {
    const [sheet] = readXlsx(
      workbook(
        '<row r="7">' +
          // exceljs: no v; openpyxl: an empty v; a shared formula's other cells: f alone.
          '<c r="A7"><f>1500+2000</f></c><c r="B7"><f>1+2</f><v></v></c><c r="C7"><f t="shared" si="0"/></c>' +
          // LibreOffice and Excel: the value saved, a number or a text that came out empty.
          '<c r="D7" t="n"><f>1500+2000</f><v>3500</v></c><c r="E7" t="str"><f>IF(1,"","")</f><v></v></c>' +
          // An empty cell, and an inline string with a formula and no text.
          '<c r="F7" s="1"/><c r="G7" t="inlineStr"><f>B1</f></c></row>',
      ),
    );
    expect(texts(sheet!.rows)).toEqual([["", "", "", "3500", "", "", ""]]);
    expect(sheet!.rows[0]!.map((c) => c.unsaved ?? false)).toEqual([true, true, true, false, false, false, true]);
    expect(sheet!.rows[0]![1]).toEqual({ text: "", line: 7, column: 2, unsaved: true });
  });

  it("names the merged area on its first cell and on every copy", () => {
    const [sheet] = readXlsx(
      workbook(
        '<row r="4"><c r="A4" t="inlineStr"><is><t>4</t></is></c><c r="F4"><v>3500</v></c></row><row r="5"><c r="A5"><v>5</v></c></row><row r="6"><c r="A6"><v>6</v></c></row>',
        '<mergeCells><mergeCell ref="F4:F9"/></mergeCells>',
      ),
    );
    expect(texts(sheet!.rows).map((r) => r[5])).toEqual(["3500", "3500", "3500"]);
    const area = { ref: "F4:F9", top: 4, left: 6, bottom: 9, right: 6 };
    expect(sheet!.rows.map((r) => r[5])).toEqual([
      { text: "3500", line: 4, column: 6, area },
      { text: "3500", line: 5, column: 6, merged: true, area },
      { text: "3500", line: 6, column: 6, merged: true, area },
    ]);
    expect(sheet!.rows[0]![0]!.area).toBeUndefined();
  });

  it("reads an inline string without its text as empty, not as its formula", () => {
    const [sheet] = readXlsx(workbook('<row r="1"><c r="A1" t="inlineStr"><f>B1</f></c><c r="B1" t="d"><v>2025-06-30T00:00:00Z</v></c></row>'));
    expect(texts(sheet!.rows)).toEqual([["", "2025-06-30"]]);
  });
});

describe("parsePlanFile on spreadsheets", () => {
  it("reads the tasks of openpyxl's and a hand-written workbook alike", () => {
    expect(essence("openpyxl.xlsx")).toEqual([
      "某县2025年为民办实事项目任务分解表",
      ["1", "新建城市书房10个", "2025-10-31", ["lead:县文化广电旅游局", "responsible:各乡镇人民政府"]],
      ["2", "改造提升农贸市场3个", "2025-12-31", ["lead:县商务局", "responsible:县市场监管局", "responsible:县财政局"]],
      ["3", "新增城镇就业2000人以上\uFF08含高校毕业生\uFF09", "2025-12-31", ["lead:县人力资源社会保障局"]],
    ]);
    expect(essence("handmade.xlsx")).toEqual([
      "某市2025年城乡供水一体化重点任务清单",
      ["1", "新建改造供水管网120公里", "2025-12-31", ["lead:市水利局", "responsible:市住房城乡建设局", "responsible:市财政局"]],
      ["2", "农村自来水普及率达到92%以上", "2025-10-31", ["lead:市水利局", "responsible:各县\uFF08市\u3001区\uFF09人民政府"]],
    ]);
  });

  it("finds the task sheet and its header below a title row", () => {
    const plan = parsePlanFile(fixture, { name: "tasks.xlsx" });
    expect(plan.title).toBe("某市2025年重点任务分解表");
    expect(plan.year).toBe(2025);
    expect(plan.areas.map((a) => [a.name, a.tasks, a.inferred])).toEqual([
      ["产业发展", ["1", "2"], false],
      ["民生保障", ["3"], false],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.title, t.deadline.date, t.targets.map((x) => `${x.value}${x.unit}${x.comparator}`)])).toEqual([
      ["1", "新增规模以上工业企业50家", "2025-12-31", ["50家="]],
      ["2", "完成工业投资500亿元以上", "2025-12-31", ["50000000000元>="]],
      ["3", "新增城镇就业2.5万人", "2025-11-30", ["25000人="]],
    ]);
    expect(plan.tasks[1]!.units.map((u) => `${u.role}:${u.name}`)).toEqual(["lead:市工业和信息化局", "support:市发展改革委", "support:市财政局"]);
    expect(plan.tasks[0]).toMatchObject({ line: 3, column: 1 });
  });
});

describe("writeXlsx", () => {
  it("writes a workbook that reads back cell for cell", () => {
    const bytes = writeXlsx([
      {
        name: "任务",
        rows: [
          ["序号", "工作任务"],
          [1, "新建<公园>&绿道 “20”个"],
          [2, null],
        ],
        widths: [6, 40],
      },
    ]);
    const [sheet] = readXlsx(bytes);
    expect(sheet!.name).toBe("任务");
    expect(sheet!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["序号", "工作任务"],
      ["1", "新建<公园>&绿道 “20”个"],
      ["2", ""],
    ]);
  });
});
