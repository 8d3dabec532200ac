// plan list and plan progress list (in this process, through main): the whole list by walking pages,
// one page with --limit / --cursor, and a bad cursor or limit refused with one line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@plan/store/node";
import { beforeAll, describe, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";
import { plan as runPlan } from "./run-plan.js";

const dir = mkdtempSync(join(tmpdir(), "plan-pages-"));
const db = join(dir, "plan.db");

const plan = (...args: string[]) => runPlan([...args, "--db", db]);
const small = (n: number) => {
  const path = join(dir, `small-${n}.txt`);
  writeFileSync(path, `某市${2000 + n}年工作要点\n一、重点工作\n1.完成道路建设${n}公里。(牵头单位:市交通局;责任单位:市财政局)\n2.新建学校${n}所。(责任单位:市教育局)\n`);
  return path;
};

type Page<T> = { items: T[]; nextCursor: string | null };
/** Every page of a list through --cursor, following the JSON's nextCursor. */
const walk = async <T>(args: string[], limit: number): Promise<T[][]> => {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const run = await plan(...args, "--limit", String(limit), "--json", ...(cursor === null ? [] : ["--cursor", cursor]));
    expect(run.code, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout) as Page<T>;
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 100);
  return pages;
};

let ids: string[] = [];
const REPORTS = 520; // more than one page of the walk (500)

beforeAll(async () => {
  const imported = await plan("import", small(1), small(2), small(3));
  expect(imported.code, imported.stderr).toBe(0);
  ids = imported.stdout.trim().split("\n");
  // Reports written through the store: 520 runs of the command would take a while.
  const store = serviceClient(await openStore(db, {}));
  try {
    for (let i = 0; i < REPORTS; i++) await store.appendReport(ids[0]!, { task: "一.1", target: 1, unit: "市交通局", period: "2001-06", value: i }, "test");
  } finally {
    await store.close();
  }
});

describe("plan list", () => {
  it("prints one page with --limit, and the cursor of the next on stderr", async () => {
    const first = await plan("list", "--limit", "1");
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^Id\s+Title\s+Year\s+Tasks\s+Imported\s+Revises\s+Superseded by$/), expect.stringMatching(new RegExp(`^${ids[0]} `))]);
    const cursor = /^next page: --cursor ([A-Za-z0-9_-]+)\n$/.exec(first.stderr)?.[1];
    expect(cursor).toBeDefined();
    expect((await plan("list", "--cursor", cursor!, "--limit", "1")).stdout).toMatch(new RegExp(`\\n${ids[1]} `));
  });

  it("walks every plan once, oldest first, page by page or all at once", async () => {
    const pages = await walk<{ id: string }>(["list"], 1);
    expect(pages.map((p) => p.map((plan) => plan.id))).toEqual(ids.map((id) => [id]));
    expect((JSON.parse((await plan("list", "--json")).stdout) as { id: string }[]).map((p) => p.id)).toEqual(ids);
    const all = await plan("list");
    expect(all.stderr).toBe("");
    expect(
      all.stdout
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(" ")[0]),
    ).toEqual(ids);
  });

  it("refuses a bad cursor or limit with one line", async () => {
    for (const cursor of ["!!!", "LTE", "q83vEjRWeJA"]) {
      const run = await plan("list", "--cursor", cursor);
      expect([run.code, run.stdout], cursor).toEqual([2, ""]);
      expect(run.stderr).toMatch(/^plan: cursor: .*not a cursor of this list/);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
    for (const limit of ["0", "501", "abc", "-1", "1.5"]) expect(await plan("list", `--limit=${limit}`), limit).toMatchObject({ code: 2, stderr: expect.stringMatching(/^plan: --limit: /) });
  });
});

describe("plan progress list", () => {
  it("prints every report, oldest first, across pages of the store", async () => {
    const reports = JSON.parse((await plan("progress", "list", ids[0]!, "--json")).stdout) as { value: number; reportedAt: string }[];
    expect(reports.map((r) => r.value).sort((a, b) => a - b)).toEqual(Array.from({ length: REPORTS }, (_, i) => i));
    expect(reports.map((r) => r.reportedAt)).toEqual(reports.map((r) => r.reportedAt).sort());
    const text = (await plan("progress", "list", ids[0]!)).stdout.trimEnd().split("\n");
    expect(text[0]).toMatch(/^\s*Task\s+Item\s+Period\s+Unit/);
    expect(text.filter((line) => /^\s*Task\s/.test(line))).toHaveLength(1);
    expect(text.slice(-2)).toEqual(["", `${REPORTS} reports`]);
    expect(text).toHaveLength(1 + REPORTS + 2);
  });

  it("walks the same reports with --limit and --cursor, filters applying", async () => {
    const all = JSON.parse((await plan("progress", "list", ids[0]!, "--json")).stdout) as { id: string }[];
    const pages = await walk<{ id: string }>(["progress", "list", ids[0]!], 200);
    expect(pages.map((p) => p.length)).toEqual([200, 200, 120]);
    expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(await walk(["progress", "list", ids[0]!, "--unit", "市财政局"], 5)).toEqual([[]]);
    expect(await plan("progress", "list", ids[1]!)).toMatchObject({ code: 0, stdout: "No progress reported.\n" });
    // Another plan's cursor is not a cursor of this list.
    const cursor = (JSON.parse((await plan("progress", "list", ids[0]!, "--limit", "1", "--json")).stdout) as Page<unknown>).nextCursor!;
    expect(await plan("progress", "list", ids[1]!, "--cursor", cursor)).toMatchObject({ code: 2, stderr: expect.stringMatching(/cursor: .*another list/) });
  });
});
