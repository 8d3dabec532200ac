// The supervision flow (in this process, through main), on a SQLite file and on a real PostgreSQL
// server; and an import killed halfway, which takes the built binary in a process of its own.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PlanStatus, readXlsx } from "@plan/domain";
import { createDatabase } from "@plan/store/testing";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { plan as runPlan } from "./run-plan.js";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-supervise-"));

const run = (args: string[]) => runPlan(args, { cwd: dir });

const flow = (engine: string, database: () => Promise<string>) =>
  describe(`supervising the seed on ${engine}`, () => {
    let db = "";
    let id = "";
    const plan = (...args: string[]) => run([...args, "--db", db]);
    // --replace: each call is the unit's corrected figure for June, replacing the one before.
    const road = (value: number) => plan("progress", "add", id, "4", "--target", "农村公路", "--value", String(value), "--period", "2016-06", "--unit", "省交通運輸廳", "--replace");
    const statusOf = async (asOf: string, by = "task") => {
      const result = await plan("status", id, "--as-of", asOf, "--by", by, "--json");
      expect(result.stderr).toBe("");
      return PlanStatus.partial().parse(JSON.parse(result.stdout));
    };

    // The state every test starts from, whatever ran before: the seed imported, and the rural-road
    // target reported at 3500 then 1000 km for June (behind). A test that reports leaves it so.
    beforeAll(async () => {
      db = await database();
      const first = await plan("import", seed);
      expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/^plan_[0-9a-f]{16}\n$/) });
      id = first.stdout.trim();
      expect([(await road(3500)).code, (await road(1000)).code]).toEqual([0, 0]);
    });

    it("imports the seed and prints its id; again gives the same id", async () => {
      expect(await plan("import", seed)).toMatchObject({ code: 0, stdout: `${id}\n` });
      expect((await plan("import", seed)).stdout.trim()).toBe(id);
      expect(JSON.parse((await plan("list", "--json")).stdout)).toHaveLength(1);
    });

    it("puts the rural-road target on track at 3500 km by July, behind at 1000", async () => {
      expect((await road(3500)).code).toBe(0);
      const target = (s: Awaited<ReturnType<typeof statusOf>>) => s.tasks!.find((t) => t.id === "4")!.targets.find((t) => t.text.includes("農村公路"))!;
      expect(target(await statusOf("2016-07-01"))).toMatchObject({ status: "on-track", actual: 3500 });
      expect((await road(1000)).code).toBe(0);
      expect(target(await statusOf("2016-07-01"))).toMatchObject({ status: "behind", actual: 1000 });
    });

    it("shows every plan's overall status with --all, as each plan's own status has it", async () => {
      const all = JSON.parse((await plan("status", "--all", "--as-of", "2016-07-01", "--json")).stdout) as { planId: string; overall: unknown }[];
      expect(all.map((p) => p.planId)).toEqual([id]);
      expect(all[0]!.overall).toEqual((await statusOf("2016-07-01")).overall);
      expect((await plan("status", "--all", "--as-of", "2016-07-01")).stdout).toMatch(new RegExp(`^1 plan, status as of 2016-07-01\\n[^]*${id}.* 33 `));
      expect(await plan("status", "--all", id)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--all takes no <plan>/) });
    });

    it("refuses bad reports with one line and writes nothing", async () => {
      const before = JSON.parse((await plan("progress", "list", id, "--json")).stdout).length;
      const cases: [string[], number, RegExp][] = [
        [["progress", "add", id, "5", "--value", "3", "--period", "2016-06", "--unit", "省交通運輸廳"], 1, /省交通運輸廳 is not responsible for task 5/],
        [["progress", "add", id, "4", "--target", "5", "--value", "abc", "--period", "2016-06", "--unit", "省交通運輸廳"], 2, /value "abc" is not a quantity/],
        [["progress", "add", id, "4", "--target", "5", "--value", "3", "--period", "2016-6", "--unit", "省交通運輸廳"], 2, /period: a period is YYYY-MM/],
        [["progress", "add", id, "4", "--target", "9", "--value", "3", "--period", "2016-06", "--unit", "省交通運輸廳"], 1, /has 6 target\(s\), not 9/],
        [["progress", "add", id, "77", "--value", "3", "--period", "2016-06", "--unit", "省交通運輸廳"], 1, /no task 77/],
        [["progress", "add", "plan_abcdef12", "4", "--value", "3", "--period", "2016-06", "--unit", "省交通運輸廳"], 1, /no plan plan_abcdef12/],
        [["status", id, "--as-of", "2016-02-30"], 2, /--as-of: "2016-02-30" is not a date/],
        [["status", id, "--as-of", "0001-01-01"], 2, /--as-of: 0001-01-01 is outside the years plan works with \(1950–2100\)/],
        [["progress", "add", id, "4", "--target", "5", "--value", "3", "--period", "9999-12", "--unit", "省交通運輸廳"], 2, /period: 9999-12 is outside the years reports are taken for/],
      ];
      for (const [args, code, message] of cases) {
        const result = await plan(...args);
        expect(result.code, args.join(" ")).toBe(code);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split("\n")).toHaveLength(1);
      }
      expect(JSON.parse((await plan("progress", "list", id, "--json")).stdout)).toHaveLength(before);
    });

    it("shows each unit's tasks as lead and as support", async () => {
      const byUnit = (await statusOf("2016-07-01", "unit")).byUnit!;
      expect(byUnit.find((u) => u.key === "省交通運輸廳")).toMatchObject({ role: "lead", total: 3 });
      expect((await plan("status", id, "--as-of", "2016-07-01", "--by", "unit")).stdout).toMatch(/省交通運輸廳\s+lead\s+3/);
    });

    it("writes the \u901A\u62A5 as Markdown, HTML and xlsx, naming the lagging tasks", async () => {
      const md = (await plan("report", id, "--as-of", "2016-07-01", "--format", "md")).stdout;
      expect(md).toMatch(/^# \u5173\u4E8E\u300Ajiangxi-gannan-soviet-area-2016\.zh-Hant\u300B\u843D\u5B9E\u60C5\u51B5\u7684\u901A\u62A5/);
      expect(md).toContain("## \u4E09\u3001\u5B58\u5728\u95EE\u9898");
      expect(md).toMatch(/\| 4 \| 實施農村電網、農村公路升級改造工程 \| 进度滞后 \| 有關設區市、省能源局、省電力公司、省交通運輸廳 \|/);
      expect((await plan("report", id, "--as-of", "2016-07-01", "--format", "html")).stdout).toContain('<td class="light light-red">进度滞后</td>');
      const out = join(dir, `${engine}-report.xlsx`);
      expect((await plan("report", id, "--as-of", "2016-07-01", "--format", "xlsx", "--out", out)).code).toBe(0);
      const sheets = readXlsx(new Uint8Array(readFileSync(out)));
      const named = sheets.find((s) => s.name === "\u70B9\u540D\u4EFB\u52A1")!;
      expect(named.rows.some((r) => r[0]?.text === "4" && r[2]?.text === "进度滞后")).toBe(true);
    });

    it("tells which units owe reports", async () => {
      const { period, reminders } = JSON.parse((await plan("reminders", id, "--as-of", "2016-07-01", "--json")).stdout);
      expect(period).toBe("2016-06");
      expect(reminders.find((r: { unit: string }) => r.unit === "省交通運輸廳").tasks.map((t: { id: string }) => t.id)).toEqual(["4", "14", "17"]);
    });
  });

flow("a SQLite file", async () => join(dir, "sqlite", "plan.db"));
flow("PostgreSQL", async () => createDatabase(inject("postgresUrl"), `plan_cli_${process.pid}`));

describe("the default database", () => {
  it("is ./.plan/plan.db, or PLAN_DB", async () => {
    const home = mkdtempSync(join(tmpdir(), "plan-default-"));
    expect((await runPlan(["import", seed], { cwd: home })).code).toBe(0);
    expect(existsSync(join(home, ".plan", "plan.db"))).toBe(true);
    const other = join(home, "elsewhere.db");
    expect((await runPlan(["import", seed], { cwd: home, env: { PLAN_DB: other } })).code).toBe(0);
    expect(existsSync(other)).toBe(true);
  });
});

describe("an import killed halfway", () => {
  it("leaves no half-imported plan", async () => {
    // A plan big enough that writing it takes a while; the kill lands while its rows are written.
    const tasks = Array.from(
      { length: 6000 },
      (_, i) => `${i + 1}.推进第${i + 1}项工作。新建公路${i + 10}公里,改造危桥${i + 3}座。(牵头单位:省交通运输厅;责任单位:省财政厅、省发展改革委、各设区市人民政府)`,
    );
    const big = join(dir, "big.txt");
    writeFileSync(big, `2016年工作要点\n2016年是开局之年。\n${tasks.join("\n")}\n`);
    const db = join(dir, "killed", "plan.db");
    expect((await run(["db", "migrate", "--db", db])).code).toBe(0);
    const wal = `${db}-wal`;
    const child = spawn(process.execPath, [bin, "import", big, "--db", db], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    let writing = false;
    for (let i = 0; i < 3000 && !writing; i++) {
      await new Promise((r) => setTimeout(r, 5));
      writing = existsSync(wal) && statSync(wal).size > 256 * 1024;
    }
    child.kill("SIGKILL");
    await exited;
    expect(writing).toBe(true);
    const sqlite = new Database(db);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(sqlite.prepare("select count(*) as n from plans").get()).toEqual({ n: 0 });
    expect(sqlite.prepare("select count(*) as n from tasks").get()).toEqual({ n: 0 });
    sqlite.close();
    // And the same import, run to the end, succeeds.
    expect((await run(["import", big, "--db", db])).code).toBe(0);
  });
});
