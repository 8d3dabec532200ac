import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readCsv } from "./csv.js";
import { parsePlanFile } from "./file.js";

describe("readCsv", () => {
  it("reads quotes, doubled quotes and line breaks inside quotes, with positions", () => {
    const rows = readCsv('序号,工作任务\r\n1,"新建公园,绿道"\r\n2,"他说""好""\n第二行"\n');
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ["序号", "工作任务"],
      ["1", "新建公园,绿道"],
      ["2", '他说"好"\n第二行'],
    ]);
    expect(rows[2]![1]).toMatchObject({ line: 3, column: 3 });
  });

  it("takes the delimiter from the first line", () => {
    expect(readCsv("a\tb\n1\t2").map((r) => r.length)).toEqual([2, 2]);
    expect(readCsv("a;b;c\n1;2;3")[1]!.map((c) => c.text)).toEqual(["1", "2", "3"]);
  });
});

describe("parsePlanFile on CSV", () => {
  const csv = '序号,工作任务,牵头单位,责任单位,完成时限\n1,新建5G基站1500个,市工业和信息化局,各区县人民政府,2025年12月底前\n2,改造老旧小区45个,市住房城乡建设局,"市财政局、各区县人民政府",第三季度\n';

  it("reads the table in UTF-8 and in GB18030 alike", () => {
    const utf8 = parsePlanFile(new TextEncoder().encode(csv), { name: "t.csv", title: "2025年任务" });
    const gb = parsePlanFile(new Uint8Array(iconv.encode(csv, "gb18030")), { name: "t.csv", title: "2025年任务" });
    expect(gb.tasks).toEqual(utf8.tasks);
    expect(utf8.tasks.map((t) => [t.number, t.title, t.units.length, t.deadline.date])).toEqual([
      ["1", "新建5G基站1500个", 2, "2025-12-31"],
      ["2", "改造老旧小区45个", 3, "2025-09-30"],
    ]);
  });
});
