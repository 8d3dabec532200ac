import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCsv } from "../formats/csv.js";
import { parsePlanFile } from "../formats/file.js";
import { writeXlsx } from "../formats/xlsx-write.js";
import type { Plan } from "../models/plan.js";
import { parsePlan } from "../parse/plan.js";
import { toCsv, toMarkdown } from "./delimited.js";
import { taskTable } from "./task-table.js";

const seed = readFileSync(fileURLToPath(new URL("../../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");

// What must survive a round trip: tasks, their units by role, their targets.
const essence = (plan: Plan) =>
  plan.tasks.map((t) => ({
    number: t.number,
    title: t.title,
    area: t.area,
    units: t.units.map((u) => `${u.role}:${u.name}`),
    targets: t.targets.map(({ value, unit, comparator, ambition, metric }) => ({ value, unit, comparator, ambition, metric })),
    deadline: t.deadline.date,
  }));

describe("task table export", () => {
  const plan = parsePlan(seed);

  it("has a row per task with units by role and targets", () => {
    const table = taskTable(plan);
    expect(table[0]).toEqual(["序号", "领域", "任务名称", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限", "指标"]);
    expect(table).toHaveLength(plan.tasks.length + 1);
    expect(table[1]!.slice(0, 3)).toEqual(["1", "精準扶貧", "加大精準扶貧力度"]);
    expect(table[1]![5]).toBe("有關設區市、省有關部門和單位");
    expect(table[1]![8]).toBe("≥40万人");
  });

  it("round-trips through xlsx: same tasks, units and targets", () => {
    const bytes = writeXlsx([{ name: "任务", rows: taskTable(plan) }]);
    expect(essence(parsePlanFile(bytes, { name: "seed.xlsx" }))).toEqual(essence(plan));
  });

  it("round-trips through CSV", () => {
    const csv = toCsv(taskTable(plan));
    expect(readCsv(csv.replace(/^\uFEFF/, ""))).toHaveLength(plan.tasks.length + 1);
    expect(essence(parsePlanFile(new TextEncoder().encode(csv), { name: "seed.csv" }))).toEqual(essence(plan));
  });

  it("renders Markdown with escaped pipes", () => {
    const md = toMarkdown([
      ["a", "b"],
      ["x|y", "1\n2"],
    ]);
    expect(md).toBe("| a | b |\n|---|---|\n| x\\|y | 1<br>2 |\n");
  });
});
