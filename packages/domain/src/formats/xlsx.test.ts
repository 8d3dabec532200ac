import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "./file.js";
import { readXlsx } from "./xlsx.js";
import { writeXlsx } from "./xlsx-write.js";

// Written by LibreOffice Calc from test/fixtures/src/tasks.fods (see make.sh).
const fixture = new Uint8Array(readFileSync(fileURLToPath(new URL("../../test/fixtures/tasks.xlsx", import.meta.url))));

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

describe("parsePlanFile on spreadsheets", () => {
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
    const bytes = writeXlsx([{ name: "任务", rows: [["序号", "工作任务"], [1, "新建<公园>&绿道 “20”个"], [2, null]], widths: [6, 40] }]);
    const [sheet] = readXlsx(bytes);
    expect(sheet!.name).toBe("任务");
    expect(sheet!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["序号", "工作任务"],
      ["1", "新建<公园>&绿道 “20”个"],
      ["2", ""],
    ]);
  });
});
