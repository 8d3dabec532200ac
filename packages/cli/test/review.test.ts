// The office's review, extensions and close-out on a SQLite file (in this process, through main): one
// report returned and one accepted, an extension approved and the status moving with it, a task
// closed and reopened, each step in the audit log.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Extension, PlanStatus, type ProgressReport } from "@plan/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { plan as runPlan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-review-"));
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const REFORM = "\u7701\u53D1\u5C55\u6539\u9769\u59D4"; // 省发展改革委, as a user types it
const REASON = "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599"; // 缺少佐证材料

const run = (args: string[]) => runPlan(args, { cwd: dir });

describe("the office's review, extensions and close-out on the CLI", () => {
  let db = "";
  let id = "";
  const plan = (...args: string[]) => run([...args, "--db", db]);
  const json = async <T>(...args: string[]): Promise<T> => {
    const result = await plan(...args, "--json");
    expect(result.stderr).toBe("");
    return JSON.parse(result.stdout) as T;
  };
  const task = async (taskId: string, asOf: string) =>
    PlanStatus.partial()
      .parse(await json("status", id, "--as-of", asOf, "--by", "task"))
      .tasks!.find((t) => t.id === taskId)!;
  const road = (period: string, value: number) =>
    json<ProgressReport>("progress", "add", id, "4", "--target", "\u8FB2\u6751\u516C\u8DEF", "--value", String(value), "--period", period, "--unit", TRANSPORT);

  beforeAll(async () => {
    db = join(mkdtempSync(join(tmpdir(), "plan-review-db-")), "plan.db");
    const imported = await plan("import", seed);
    expect(imported.code).toBe(0);
    id = imported.stdout.trim().split("\n")[0]!;
  });

  it("returns one report with a reason and accepts another: the returned one stops counting, and the unit reads why", async () => {
    const may = await road("2016-05", 800);
    const june = await road("2016-06", 3500);
    expect((await task("4", "2016-07-01")).targets[4]).toMatchObject({ actual: 3500, status: "on-track" });

    const noReason = await plan("review", id, june.id, "--return");
    expect(noReason).toMatchObject({ code: 2, stderr: expect.stringContaining("reason") });
    expect(await plan("review", id, june.id)).toMatchObject({ code: 2 });
    expect(await plan("review", id, june.id, "--return", "--reason", REASON)).toMatchObject({ code: 0, stdout: `${june.id} returned: ${REASON}\n` });
    expect(await plan("review", id, may.id, "--accept")).toMatchObject({ code: 0, stdout: `${may.id} accepted\n` });
    expect(await plan("review", id, may.id, "--accept")).toMatchObject({ code: 1, stderr: expect.stringContaining("already accepted") });
    expect(await plan("review", id, "no-such-report", "--accept")).toMatchObject({ code: 1, stderr: expect.stringContaining("no report") });

    expect((await task("4", "2016-07-01")).targets[4]).toMatchObject({ actual: 800, status: "not-reported", lastPeriod: "2016-05" });
    const listed = await plan("progress", "list", id, "--task", "4");
    expect(listed.stdout).toContain(`returned: ${REASON}`);
    expect(listed.stdout).toContain(june.id);
    const reports = await json<ProgressReport[]>("progress", "list", id, "--task", "4");
    expect(reports.map((r) => [r.id, r.review.state, r.review.reason])).toEqual([
      [may.id, "accepted", null],
      [june.id, "returned", REASON],
    ]);
  });

  it("approves an extension and the status moves with it; history keeps both dates", async () => {
    expect(await task("28", "2016-07-15")).toMatchObject({ status: "overdue", milestones: [{ status: "overdue", deadline: "2016-06-30" }] });
    // The roads office does not answer for task 28.
    expect(await plan("extension", "request", id, "28", "--milestone", "1", "--unit", TRANSPORT, "--to", "2016-09-30", "--reason", "x")).toMatchObject({ code: 1 });
    const asked = await json<Extension>("extension", "request", id, "28", "--milestone", "1", "--unit", REFORM, "--to", "2016-09-30", "--reason", "\u7B49\u5F85\u5BA1\u5B9A");
    expect(asked).toMatchObject({ state: "requested", from: "2016-06-30", to: "2016-09-30" });
    expect((await task("28", "2016-07-15")).status).toBe("overdue");

    expect(await plan("extension", "approve", id, asked.id, "--note", "\u540C\u610F")).toMatchObject({ code: 0, stdout: `${asked.id} approved: task 28 milestone 1 2016-06-30 \u2192 2016-09-30\n` });
    expect(await plan("extension", "refuse", id, asked.id)).toMatchObject({ code: 1, stderr: expect.stringContaining("already approved") });
    expect(await plan("extension", "approve", id, "ext_nope")).toMatchObject({ code: 1 });

    const moved = await task("28", "2016-07-15");
    expect(moved.milestones[0]).toMatchObject({ status: "pending", deadline: "2016-09-30", originalDeadline: "2016-06-30" });
    expect(moved.status).not.toBe("overdue");
    expect((await plan("extension", "list", id)).stdout).toMatch(/approved/);
  });

  it("closes a task (achieved, closed once), reopens it, and keeps every step in the audit log", async () => {
    expect((await task("3", "2016-07-15")).status).toBe("not-reported");
    expect(await plan("close", id, "3", "--note", "\u5DF2\u529E\u7ED3")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^task 3 closed /) });
    expect(await task("3", "2016-07-15")).toMatchObject({ status: "achieved", closed: { by: expect.stringMatching(/^cli:/) } });
    expect(await plan("close", id, "3")).toMatchObject({ code: 1, stderr: expect.stringContaining("closed already") });
    expect(await plan("reopen", id, "3")).toMatchObject({ code: 0 });
    expect(await task("3", "2016-07-15")).toMatchObject({ status: "not-reported", closed: null });
    expect(await plan("reopen", id, "3")).toMatchObject({ code: 1 });

    const actions = (await json<{ action: string; entity: string }[]>("audit", id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["task.close", "task.reopen"]));
    expect((await plan("audit", id)).stdout).toMatch(/task\.close/);
  });
});
