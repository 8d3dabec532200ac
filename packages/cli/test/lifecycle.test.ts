// A plan's lifecycle on a SQLite file (in this process, through main): the seed replaced by an edited
// copy (what was not carried over is listed), a plan deleted (asked on a terminal, which takes the
// built binary on a pseudo-terminal; refused elsewhere without --yes), and units, validate and
// export on a stored plan as on its file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { plan as runPlan } from "./run-plan.js";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const dir = mkdtempSync(join(tmpdir(), "plan-lifecycle-"));
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const WATER = "\u7701\u6C34\u5229\u5EF3"; // 省水利廳
const ROAD = "\u8FB2\u6751\u516C\u8DEF"; // 農村公路

// The terminal's test starts the binary twice: on a busy machine each start takes seconds.
const SLOW = { timeout: 180_000 };

const run = (args: string[]) => runPlan(args, { cwd: dir });

// The seed copied into the directory, and an edited copy with task 3 ("3.增強城鄉…") struck out.
const seed = join(dir, "seed.txt");
const edited = join(dir, "seed-edited.txt");
writeFileSync(seed, seedText);
writeFileSync(edited, seedText.replace(/3\.\u589E\u5F37\u57CE\u9109\n[^\n]*\n/, ""));

/** A database of its own holding the seed with a report on task 3 (struck out in the copy) and one on task 4. */
const seeded = async (name: string) => {
  const db = join(dir, `${name}.db`);
  const plan = (...args: string[]) => run([...args, "--db", db]);
  const imported = await plan("import", seed);
  expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^plan_[0-9a-f]{16}\n$/) });
  const id = imported.stdout.trim();
  expect((await plan("progress", "add", id, "3", "--status", "on-track", "--period", "2016-06", "--unit", WATER)).code).toBe(0);
  expect((await plan("progress", "add", id, "4", "--target", ROAD, "--value", "3500", "--period", "2016-06", "--unit", TRANSPORT)).code).toBe(0);
  return { db, id, plan };
};

describe("plan import --replaces", () => {
  it("replaces the seed with an edited copy: the struck-out task's report is listed as not carried over", async () => {
    const { id, plan } = await seeded("replace");
    const replaced = await plan("import", edited, "--replaces", id.slice(0, 10));
    expect(replaced.code, replaced.stderr).toBe(0);
    // stdout: the new id alone, for scripts; the account goes to stderr.
    expect(replaced.stdout).toMatch(/^plan_[0-9a-f]{16}\n$/);
    const newId = replaced.stdout.trim();
    expect(newId).not.toBe(id);
    const lines = replaced.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`${edited}: replaces ${id} (kept as history): 1 progress report carried over; 1 not carried over:`);
    expect(lines[1]).toMatch(/^Task\s+Record\s+On\s+Unit\s+Period\s+Value\s+Why not$/);
    expect(lines[2]).toMatch(new RegExp(`^\\s*3\\s+report\\s+.*\u98F2\u6C34\u5B89\u5168.*\\s${WATER}\\s+2016-06\\s+the task is no longer in the document$`));
    expect(lines).toHaveLength(3);

    expect(JSON.parse((await plan("progress", "list", newId, "--json")).stdout)).toMatchObject([{ task: "4", value: 3500, unit: TRANSPORT }]);
    // The replaced plan is kept, with both its reports, and the list says what superseded it.
    expect(JSON.parse((await plan("progress", "list", id, "--json")).stdout)).toHaveLength(2);
    expect(JSON.parse((await plan("list", "--json")).stdout)).toMatchObject([
      { id, supersededBy: newId },
      { id: newId, revisionOf: id, supersededBy: null },
    ]);
    expect((await plan("list")).stdout).toMatch(new RegExp(`^${id} .* ${newId}$`, "m"));

    // --json gives the reports left behind with their reason.
    const again = JSON.parse((await plan("import", edited, "--replaces", id, "--json")).stdout);
    expect(again).toMatchObject([{ created: false, plan: { id: newId }, notCarried: [] }]);
  });

  it("refuses --replaces with a plan it does not hold, and with more than one document", async () => {
    const { plan } = await seeded("replace-bad");
    expect(await plan("import", edited, "--replaces", "plan_ffffffff")).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/no plan plan_ffffffff/) });
    expect(await plan("import", edited, seed, "--replaces", "plan_ffffffff")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--replaces takes one document, not 2/) });
  });
});

describe("plan delete", SLOW, () => {
  it("refuses without --yes when not a terminal: exit 2, saying to pass --yes, and deletes nothing", async () => {
    const { id, plan } = await seeded("refuse");
    const refused = await plan("delete", id);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toMatch(/not a terminal, pass --yes/);
    expect(JSON.parse((await plan("list", "--json")).stdout)).toHaveLength(1);
  });

  it("deletes with --yes: the plan and its reports are gone, its audit entries stay", async () => {
    const { db, id, plan } = await seeded("yes");
    const deleted = await plan("delete", id.slice(5, 13), "--yes");
    expect(deleted).toMatchObject({ code: 0, stdout: `${id}\n` });
    expect(deleted.stderr).toMatch(/deleted plan_[0-9a-f]+: 33 tasks, 2 progress reports; the audit log keeps its entries/);
    expect(JSON.parse((await plan("list", "--json")).stdout)).toEqual([]);
    expect(await plan("progress", "list", id)).toMatchObject({ code: 1, stderr: expect.stringMatching(/no plan/) });
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.prepare("select count(*) as n from progress").get()).toEqual({ n: 0 });
      expect(sqlite.prepare("select count(*) as n from tasks").get()).toEqual({ n: 0 });
      expect(sqlite.prepare("select action from audit where plan_id = ? order by at").all(id)).toEqual([
        { action: "plan.import" },
        { action: "progress.add" },
        { action: "progress.add" },
        { action: "plan.delete" },
      ]);
    } finally {
      sqlite.close();
    }
    expect(await plan("delete", id, "--yes")).toMatchObject({ code: 1, stderr: expect.stringMatching(/no plan/) });
  });

  // A real terminal: `script` (util-linux, on every Debian machine) runs the binary on a
  // pseudo-terminal and types what stdin gives.
  const onTerminal = (args: string[], typed: string) => {
    const command = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(" ");
    const result = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", cwd: dir, input: typed, timeout: 30_000 });
    return { code: result.status, output: result.stdout };
  };

  it("asks on a terminal: anything but the id or y keeps the plan; the id deletes it", async () => {
    const { db, id, plan } = await seeded("terminal");
    const kept = onTerminal(["delete", id, "--db", db], "n\n");
    expect(kept.output).toMatch(/Type the plan id or y to delete/);
    expect(kept.output).toMatch(/not deleted/);
    expect(kept.code).toBe(1);
    expect(JSON.parse((await plan("list", "--json")).stdout)).toHaveLength(1);
    const gone = onTerminal(["delete", id.slice(0, 12), "--db", db], `${id}\n`);
    expect(gone.output).toMatch(/deleted plan_/);
    expect(gone.code).toBe(0);
    expect(JSON.parse((await plan("list", "--json")).stdout)).toEqual([]);
  });
});

describe("units, validate and export on a stored plan", () => {
  let stored: Awaited<ReturnType<typeof seeded>>;
  beforeAll(async () => {
    stored = await seeded("read");
  });

  it("print the same as on the file", async () => {
    const { id, plan } = stored;
    for (const args of [["units"], ["validate"], ["export", "--format", "csv"]]) {
      const [verb, ...rest] = args as [string, ...string[]];
      const fromFile = await run([verb, seed, ...rest]);
      const fromStore = await plan(verb, id.slice(0, 9), ...rest);
      expect(fromFile.stdout.length, args.join(" ")).toBeGreaterThan(100);
      expect(fromStore, args.join(" ")).toEqual(fromFile);
    }
  });

  it("names both possibilities when the argument is neither a file nor a stored plan", async () => {
    const { plan } = stored;
    expect(await plan("units", "nope.txt")).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "plan: nope.txt: no such file, and not a plan id: give a plan file, or the id of a plan stored by plan import (plan list shows them)\n",
    });
    expect(await plan("validate", "plan_ffffffff")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plan: plan_ffffffff: no such file, and no plan stored as plan_ffffffff in .*read\.db: give a plan file/),
    });
    // Without a database there is nothing to look in, and none is made by looking.
    expect(await run(["export", "plan_ffffffff", "--format", "csv"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no such file, and no database at \.\/\.plan\/plan\.db/) });
    expect(existsSync(join(dir, ".plan"))).toBe(false);
    expect(await plan("units", stored.id, "--columns", "task=x")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--columns reads a file, but plan_[0-9a-f]+ is a stored plan/) });
  });
});
