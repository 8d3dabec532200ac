// Progress in bulk (in this process, through main), as a supervising office runs it: templates made for
// three units of the seed, filled in as the units would (exceljs), including bad rows, and the
// inbox imported in one command: the bad rows named and nothing recorded; corrected, every row
// recorded once; imported again, nothing new.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PlanStatus, type ProgressReport, readCsv, toCsv } from "@plan/domain";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { plan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-bulk-"));
const db = join(dir, "plan.db");

const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const ENERGY = "\u7701\u80FD\u6E90\u5C40"; // 省能源局
const WATER = "\u7701\u6C34\u5229\u5EF3"; // 省水利廳
// The files as a clerk names them: 交通厅.xlsx, 能源局.xlsx, 水利厅.xlsx.
const FILES: Record<string, string> = { [TRANSPORT]: "inbox/\u4EA4\u901A\u5385.xlsx", [ENERGY]: "inbox/\u80FD\u6E90\u5C40.xlsx", [WATER]: "inbox/\u6C34\u5229\u5385.xlsx" };
const T = (n: number) => `\u6307\u6807${n}`; // 指标n
const M = (n: number) => `\u8282\u70B9${n}`; // 节点n
const TASK = "\u4EFB\u52A1"; // 任务
// Columns of the template: value (累计完成), status (完成状态), note (进展情况), evidence (佐证材料).
const COLUMN = { value: 9, status: 10, note: 11, evidence: 12 } as const;

const run = (args: string[]) => plan([...args, "--db", db], { cwd: dir });
// The words a shell makes of the command, so that inbox/*.xlsx is the shell's glob, as the clerk
// types it: sh expands them, in its order, and plan runs on them.
const shell = (command: string) =>
  run(
    execFileSync("sh", ["-c", `printf '%s\\0' ${command}`], { encoding: "utf8", cwd: dir })
      .split("\0")
      .slice(0, -1),
  );

let id = "";
// June's reports: the other tests report for May.
const reports = async (): Promise<ProgressReport[]> => (JSON.parse((await run(["progress", "list", id, "--json"])).stdout) as ProgressReport[]).filter((r) => r.period === "2016-06");

/** Fills a unit's template as the unit would: by task and item, the cells of the unit's columns. */
const fill = async (unit: string, entries: [task: string, item: string, column: keyof typeof COLUMN, value: string | number][]) => {
  const path = join(dir, FILES[unit]!);
  const workbook = new ExcelJS.Workbook();
  // The unit's copy once it has one: corrections go into the sheet filled before.
  await workbook.xlsx.readFile(existsSync(path) ? path : join(dir, "templates", `${unit}.xlsx`));
  const ws = workbook.worksheets[0]!;
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => rows.set(`${row.getCell(1).text}/${row.getCell(3).text}`, n));
  const places: Record<string, string> = {};
  for (const [task, item, column, value] of entries) {
    const n = rows.get(`${task}/${item}`);
    if (n === undefined) throw new Error(`${unit}: no row for task ${task} ${item}`);
    ws.getCell(n, COLUMN[column]).value = value;
    places[`${task}/${item}/${column}`] = ws.getCell(n, COLUMN[column]).address;
  }
  await workbook.xlsx.writeFile(path);
  return places;
};

beforeAll(async () => {
  const imported = await run(["import", seed]);
  expect(imported.code).toBe(0);
  id = imported.stdout.trim();
  mkdirSync(join(dir, "templates"));
  mkdirSync(join(dir, "inbox"));
});

describe("plan template and plan progress import", () => {
  it("makes a template per unit, names every bad row of every file in one pass and records nothing; corrected, records each row once; again, nothing new", async () => {
    // Templates for three units, for June 2016.
    for (const unit of [TRANSPORT, ENERGY, WATER]) {
      const made = await run(["template", id, "--unit", unit, "--period", "2016-06", "--out", `templates/${unit}.xlsx`]);
      expect({ ...made, unit }).toMatchObject({ code: 0, stderr: "", stdout: expect.stringMatching(new RegExp(`^Wrote templates/${unit}\\.xlsx: ${unit}, \\d+ rows, period 2016-06\\n$`)) });
    }
    // Filled in, with a slip in each file.
    const transport = await fill(TRANSPORT, [
      ["4", T(5), "value", "3500\u516C\u91CC"],
      ["4", T(6), "value", "abc"],
      ["4", T(5), "evidence", "https://example.gov.cn/road.pdf"],
      ["17", M(1), "status", "\u5DF2\u5B8C\u6210"],
    ]);
    const energy = await fill(ENERGY, [
      ["4", T(1), "value", "14\u4EBF\u5143"],
      ["4", T(2), "value", "6\u516C\u91CC"],
    ]);
    const water = await fill(WATER, [
      ["3", TASK, "status", "\u5DEE\u4E0D\u591A"],
      ["3", TASK, "note", "\u6C34\u5229\u5DE5\u7A0B\u63A8\u8FDB\u4E2D"],
      ["17", T(1), "value", "150"],
    ]);

    const bad = await shell(`progress import ${id} inbox/*.xlsx`);
    expect(bad.code).toBe(2);
    const lines = bad.stderr.trim().split("\n");
    expect(lines).toEqual([
      // Files in the shell's order (by name), each problem in its cell.
      expect.stringMatching(new RegExp(`^${FILES[TRANSPORT]} ${TRANSPORT}!${transport[`4/${T(6)}/value`]} \u7D2F\u8BA1\u5B8C\u6210: `)),
      `${FILES[WATER]} ${WATER}!${water[`3/${TASK}/status`]} \u5B8C\u6210\u72B6\u6001: \u201C\u5DEE\u4E0D\u591A\u201D is not a status: write one of \u6B63\u5E38\u63A8\u8FDB\u3001\u5B58\u5728\u98CE\u9669\u3001\u8FDB\u5EA6\u6EDE\u540E\u3001\u5DF2\u5B8C\u6210`,
      expect.stringMatching(new RegExp(`^${FILES[ENERGY]} ${ENERGY}!${energy[`4/${T(2)}/value`]} \u7D2F\u8BA1\u5B8C\u6210: .*\u516C\u91CC`)),
      "plan: 3 problem(s) in 3 file(s): nothing was recorded",
    ]);
    expect(await reports()).toEqual([]);

    // Corrected in the same cells.
    await fill(TRANSPORT, [["4", T(6), "value", "120"]]);
    await fill(ENERGY, [["4", T(2), "value", "6"]]);
    await fill(WATER, [["3", TASK, "status", "\u6B63\u5E38\u63A8\u8FDB"]]);
    const good = await shell(`progress import ${id} inbox/*.xlsx`);
    expect(good).toMatchObject({ code: 0, stderr: "", stdout: "3 file(s): 7 recorded, 0 unchanged\n" });
    const stored = await reports();
    expect(stored.map((r) => [r.unit, r.task, r.target, r.milestone, r.period, r.value, r.status]).sort()).toEqual(
      [
        [TRANSPORT, "4", 5, null, "2016-06", 3500, null],
        [TRANSPORT, "4", 6, null, "2016-06", 120, null],
        [TRANSPORT, "17", null, 1, "2016-06", null, "done"],
        [ENERGY, "4", 1, null, "2016-06", 1_400_000_000, null],
        [ENERGY, "4", 2, null, "2016-06", 6, null],
        [WATER, "3", null, null, "2016-06", null, "on-track"],
        [WATER, "17", 1, null, "2016-06", 150, null],
      ].sort(),
    );
    expect(stored.find((r) => r.target === 5)?.evidence).toEqual(["https://example.gov.cn/road.pdf"]);

    // Imported again: nothing new.
    expect(await shell(`progress import ${id} inbox/*.xlsx`)).toMatchObject({ code: 0, stdout: "3 file(s): 0 recorded, 7 unchanged (nothing new)\n" });
    expect(await reports()).toHaveLength(7);

    // The status reads what was imported.
    const status = PlanStatus.partial().parse(JSON.parse((await run(["status", id, "--as-of", "2016-07-01", "--json"])).stdout));
    expect(status.tasks!.find((t) => t.id === "4")!.targets.find((t) => t.index === 5)).toMatchObject({ actual: 3500 });
  });

  it("refuses a sheet that reports an item again differently, naming the earlier report, unless --replace", async () => {
    const made = await run(["template", id, "--unit", TRANSPORT, "--period", "2016-05", "--out", "templates/may.csv"]);
    expect(made.code).toBe(0);
    const rows = readCsv(readFileSync(join(dir, "templates/may.csv"), "utf8").replace(/^\uFEFF/, "")).map((row) => row.map((cell) => cell.text));
    // The row of 指标5 of task 4: fill 累计完成 (the ninth column).
    const at = rows.findIndex((row) => row[0] === "4" && row[2] === T(5));
    const filled = (value: string) => toCsv(rows.map((row, i) => (i === at ? row.map((cell, j) => (j === 8 ? value : cell)) : row)));
    writeFileSync(join(dir, "may.csv"), filled("2800"));
    expect(await run(["progress", "import", id, "may.csv"])).toMatchObject({ code: 0, stdout: "1 file(s): 1 recorded, 0 unchanged\n" });
    writeFileSync(join(dir, "may.csv"), filled("2900"));
    const refused = await run(["progress", "import", id, "may.csv"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^may\\.csv row ${at + 1} ${TRANSPORT} already reported target 5 of task 4 for 2016-05 \\(report [^)]+\\): replace it explicitly`));
    expect(await run(["progress", "import", id, "may.csv", "--replace"])).toMatchObject({ code: 0, stdout: "1 file(s): 1 recorded, 1 replacing earlier reports, 0 unchanged\n" });
    // The single-report path follows the same rule.
    const add = (value: string, ...more: string[]) => run(["progress", "add", id, "4", "--target", "5", "--value", value, "--period", "2016-05", "--unit", TRANSPORT, ...more]);
    expect((await add("2900")).code).toBe(0);
    expect(await add("3000")).toMatchObject({ code: 1, stderr: expect.stringMatching(/already reported target 5 of task 4 for 2016-05/) });
    expect((await add("3000", "--replace")).code).toBe(0);
  });

  it("says what it needs: a plan and files, a file it can read", async () => {
    expect(await run(["progress", "import", id])).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing <file>/) });
    expect(await run(["progress", "import", id, "nowhere.xlsx"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/nowhere\.xlsx: cannot read \(ENOENT\)/) });
    expect(await run(["template", id, "--out", "x.pdf"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out: x\.pdf is neither \.xlsx nor \.csv/) });
  });
});
