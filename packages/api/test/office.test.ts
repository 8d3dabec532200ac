// The office's configuration as the API reads it: its time zone for "today", the caller's
// language for error titles.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { settingsFromEnv } from "../src/node.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
let store: ServiceClient;
let secret = "";
let planId = "";

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-office-")), "plan.db"), {}));
  secret = (await store.insertKey("admin", null, "test", "test")).secret;
  const app = createApp({ store });
  const res = await app.request("/plans", {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  planId = ((await res.json()) as { plan: { id: string } }).plan.id;
});
afterAll(() => store.close());

const get = (app: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}) => app.request(path, { headers: { authorization: `Bearer ${secret}`, ...headers } });
const dateIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());

describe("the office's time zone", () => {
  // UTC+14 and UTC−11 are always a calendar day or more apart: the date shows which one was used.
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago"])("makes today %s's date", async (timeZone) => {
    const status = (await (await get(createApp({ store, timeZone }), `/plans/${planId}/status`)).json()) as { asOf: string };
    expect(status.asOf).toBe(dateIn(timeZone));
  });

  it("is refused at start when it is not one", () => {
    expect(() => settingsFromEnv({ PLAN_TIME_ZONE: "Mars/Olympus" })).toThrow(/^PLAN_TIME_ZONE=Mars\/Olympus: time zone "Mars\/Olympus" is not an IANA time zone/);
    expect(settingsFromEnv({ PLAN_TIME_ZONE: "Asia/Urumqi" }).timeZone).toBe("Asia/Urumqi");
    expect(() => createApp({ store, timeZone: "Mars/Olympus" })).toThrow(/Mars\/Olympus/);
  });

  it("is Asia/Shanghai unless configured", async () => {
    const status = (await (await get(createApp({ store }), `/plans/${planId}/reminders`)).json()) as { asOf: string };
    expect(status.asOf).toBe(dateIn("Asia/Shanghai"));
  });
});

describe("error bodies", () => {
  it("title the code in the caller's language", async () => {
    const app = createApp({ store });
    const zh = await get(app, "/plans/plan_0000000000000000", { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" });
    expect(zh.status).toBe(404);
    expect(await zh.json()).toMatchObject({ error: { code: "plan.not-found", title: "\u6CA1\u6709\u8FD9\u4E2A\u8BA1\u5212" } });
    expect(await (await get(app, "/plans/plan_0000000000000000")).json()).toMatchObject({ error: { title: "no such plan" } });
  });

  it("are 404 unit.not-found for a unit filter the plan does not name, as in the CLI", async () => {
    const res = await get(createApp({ store }), `/plans/${planId}/progress?unit=${encodeURIComponent("\u706B\u661F\u5C40")}`);
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([404, "unit.not-found"]);
  });
});
