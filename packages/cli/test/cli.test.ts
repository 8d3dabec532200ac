// Runs `plan` as a user would (in this process, through main), on the seed and on edited copies of it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Finding, Plan } from "@plan/domain";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { plan as runPlan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const seedText = readFileSync(seed, "utf8");
const dir = mkdtempSync(join(tmpdir(), "plan-cli-"));

const plan = (...args: string[]) => runPlan(args);
const edited = (name: string, edit: (text: string) => string) => {
  const path = join(dir, name);
  const text = edit(seedText);
  if (text === seedText) throw new Error(`edit ${name} changed nothing`);
  writeFileSync(path, text);
  return path;
};
const errorsOf = async (path: string) => {
  const result = await plan("validate", path, "--json");
  return {
    code: result.code,
    errors: z
      .array(Finding)
      .parse(JSON.parse(result.stdout))
      .filter((f) => f.severity === "error"),
  };
};

describe("plan parse", () => {
  it("prints the Plan as JSON and nothing else with --json", async () => {
    const run = await plan("parse", seed, "--json");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const parsed = Plan.parse(JSON.parse(run.stdout));
    expect(parsed.tasks).toHaveLength(33);
  });

  it("prints a readable summary by default", async () => {
    const run = await plan("parse", seed);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/33 tasks · 7 areas · \d+ units · \d+ targets/);
    expect(run.stdout).toContain("實施農村電網、農村公路升級改造工程");
  });
});

describe("plan validate", () => {
  it("reports no error on the seed and exits 0", async () => {
    expect(await errorsOf(seed)).toEqual({ code: 0, errors: [] });
    expect((await plan("validate", seed)).stdout).toMatch(/0 errors, \d+ warnings, \d+ info/);
  });

  it("finds a deleted unit clause at its task", async () => {
    const path = edited("no-units.txt", (t) => t.replace("(責任單位:有關設區市、省能源局、省電力公司、省交通運輸廳)", ""));
    expect(await errorsOf(path)).toMatchObject({ code: 1, errors: [{ code: "task.no-units", task: "4", line: 9 }] });
  });

  it("finds a duplicated task number", async () => {
    const path = edited("duplicate.txt", (t) => t.replace("\n12.加快發展", "\n11.加快發展"));
    const { code, errors } = await errorsOf(path);
    expect(code).toBe(1);
    expect(errors).toContainEqual(expect.objectContaining({ code: "task.duplicate-number", task: "11~2", line: 35 }));
  });

  it("finds a removed task by its number and the declared count", async () => {
    const path = edited("removed.txt", (t) => t.replace(/\n17\.完善[\s\S]*?(?=\n18\.)/, ""));
    const { code, errors } = await errorsOf(path);
    expect(code).toBe(1);
    expect(errors.map((e) => [e.code, e.task])).toEqual([
      ["task.missing-number", "17"],
      ["plan.count-mismatch", "33"],
    ]);
  });
});

describe("bad input", () => {
  it.each([
    [["parse", join(dir, "missing.txt")], /missing\.txt: no such file/],
    [["parse", dir], /is a directory/],
    [["parse"], /missing <file>/],
    [["parse", seed, "--bogus"], /Unknown option '--bogus'/],
    [["parse", seed, "--encoding", "latin9"], /unknown encoding "latin9"/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["schema", "extra"], /takes no arguments/],
  ])("plan %j → one line, exit 2", async (args, message) => {
    const run = await plan(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses an empty file, a binary file and a document without tasks", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(dir, "binary.bin");
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x81]));
    const prose = join(dir, "prose.txt");
    writeFileSync(prose, "这是一段没有编号任务的文字。");
    expect(await plan("parse", empty)).toMatchObject({ code: 2, stderr: expect.stringMatching(/empty/) });
    expect(await plan("validate", binary)).toMatchObject({ code: 2, stderr: expect.stringMatching(/not text|binary/) });
    expect(await plan("parse", prose)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no numbered tasks/) });
  });
});

describe("plan schema, --help, --version", () => {
  it("prints a JSON Schema", async () => {
    const run = await plan("schema");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).$schema).toContain("2020-12");
  });

  it("prints help and the version", async () => {
    expect((await plan("--help")).stdout).toContain("plan validate <file|plan>");
    expect((await plan("parse", "--help")).stdout).toContain("--json");
    expect((await plan("--version")).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
