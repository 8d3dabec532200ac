// Values as people write them, and baselines, on a SQLite file (in this process, through main).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PlanStatus, ProgressReport } from "@plan/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { plan as runPlan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-values-"));
const db = join(dir, "plan.db");
// Task 4 of the seed: 1 投入29億元, 2 變電站12座, 5 農村公路7000公里.
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const ROAD = "\u519C\u6751\u516C\u8DEF"; // 农村公路

const plan = (...args: string[]) => runPlan([...args, "--db", db], { cwd: dir });
let id = "";
const report = (target: string, value: string, period: string) => plan("progress", "add", id, "4", "--target", target, "--value", value, "--period", period, "--unit", UNIT, "--json");
const roadTarget = async () => {
  const result = await plan("status", id, "--as-of", "2016-07-01", "--json");
  expect(result.stderr).toBe("");
  return PlanStatus.partial()
    .parse(JSON.parse(result.stdout))
    .tasks!.find((t) => t.id === "4")!.targets[4]!;
};

beforeAll(async () => {
  const imported = await plan("import", seed);
  expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^plan_[0-9a-f]{16}\n$/) });
  id = imported.stdout.trim();
});

describe("plan progress add --value as people write it", () => {
  it.each([
    [ROAD, "1.2\u4E07", 12_000],
    ["1", "3000\u4E07\u5143", 30_000_000],
    // Full width: \uFF11\uFF12\u4EBF\u5143 is 12亿元.
    ["1", "\uFF11\uFF12\u4EBF\u5143", 1_200_000_000],
  ])("target %s, --value %s is recorded as %d in the target's unit", async (target, value, recorded) => {
    const result = await report(target, value, target === ROAD ? "2016-05" : value.startsWith("3") ? "2016-04" : "2016-05");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(ProgressReport.parse(JSON.parse(result.stdout)).value).toBe(recorded);
  });

  it("refuses a value in another measure with the two measures named, and records nothing", async () => {
    const before = (await plan("progress", "list", id, "--json")).stdout;
    const result = await report("2", "5\u516C\u91CC", "2016-06");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/5\u516C\u91CC.*\u516C\u91CC.*\u5EA7/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await plan("progress", "list", id, "--json")).stdout).toBe(before);
  });

  it("refuses a period outside the plan's year, naming it", async () => {
    const result = await report(ROAD, "100", "2017-01");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/period: 2017-01 is outside the years reports are taken for \(the plan runs 2016\)/);
  });

  it("prints amounts as people read them in the status table and the list of reports", async () => {
    expect((await report(ROAD, "1.2\u4E07", "2016-05")).code).toBe(0);
    const table = (await plan("status", id, "--as-of", "2016-07-01")).stdout;
    expect(table).toContain("1.2\u4E07\u516C\u91CC");
    expect(table).not.toMatch(/\d{1,3}(,\d{3}){2,}/);
    const listed = (await plan("progress", "list", id)).stdout;
    expect(listed).toContain("1.2\u4E07\u516C\u91CC");
    expect(listed).not.toMatch(/\s12000\s/);
  });
});

describe("plan baseline", () => {
  it("sets a baseline as people write it, and status runs from it", async () => {
    const before = (await roadTarget()).expected!;
    const set = await plan("baseline", id, "4", ROAD, "3000\u516C\u91CC");
    expect(set.stderr).toBe("");
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/^4\.t5 .*: baseline 0\u516C\u91CC \u2192 3,000\u516C\u91CC\n$/);
    const after = (await roadTarget()).expected!;
    // Half of the way from 3000 rather than 0 towards 7000: about 1500 more expected by July.
    expect(after - before).toBeGreaterThan(1000);
  });

  it("refuses a baseline in another measure, with a clear message and no stack", async () => {
    const result = await plan("baseline", id, "4", "2", "5\u516C\u91CC");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\u516C\u91CC.*\u5EA7/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await plan("baseline", id, "4")).code).toBe(2);
  });
});
