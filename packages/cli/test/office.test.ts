// The office's configuration as the CLI reads it: its time zone for "today", its language for
// error titles, and the rules it shares with the API (a unit key needs a unit).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { plan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const db = join(mkdtempSync(join(tmpdir(), "plan-office-")), "plan.db");

const run = (args: string[], env: Record<string, string | undefined> = {}) => plan([...args, "--db", db], { env });
const dateIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());

let id = "";
beforeAll(async () => {
  id = (await run(["import", seed])).stdout.trim();
});

describe("the office's time zone", () => {
  // UTC+14 and UTC−11 are always a calendar day or more apart: the date shows which one was used.
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago"])("makes today %s's date", async (zone) => {
    const status = JSON.parse((await run(["status", id, "--json"], { PLAN_TIME_ZONE: zone })).stdout);
    expect(status.asOf).toBe(dateIn(zone));
  });

  it("is Asia/Shanghai unless configured", async () => {
    const result = await run(["status", id, "--json"], { PLAN_TIME_ZONE: undefined });
    expect(JSON.parse(result.stdout).asOf).toBe(dateIn("Asia/Shanghai"));
  });

  it("refuses a time zone that is not one, by name", async () => {
    expect(await run(["reminders", id], { PLAN_TIME_ZONE: "Mars/Olympus" })).toMatchObject({ code: 2, stderr: expect.stringContaining('"Mars/Olympus" is not an IANA time zone') });
  });
});

describe("error messages", () => {
  it("carry the code's Chinese title when the language is Chinese", async () => {
    const zh = await run(["status", "plan_0000000000000000"], { PLAN_LANG: "zh" });
    expect(zh.code).toBe(1);
    expect(zh.stderr.startsWith("plan: \u6CA1\u6709\u8FD9\u4E2A\u8BA1\u5212\uFF1A")).toBe(true); // 没有这个计划：
    const en = await run(["status", "plan_0000000000000000"]);
    expect([en.code, en.stderr.includes("\u6CA1\u6709\u8FD9\u4E2A\u8BA1\u5212\uFF1A")]).toEqual([1, false]);
  });

  it("refuse a unit key without its unit, as the API's rules do", async () => {
    expect(await run(["keys", "create", "--role", "unit"])).toMatchObject({ code: 2, stderr: expect.stringContaining("a unit key needs the unit") });
    expect(await run(["keys", "create", "--role", "root"])).toMatchObject({ code: 2, stderr: expect.stringContaining('role: "root" is not one of admin, unit, viewer') });
  });
});
