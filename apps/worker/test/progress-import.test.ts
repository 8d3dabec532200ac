// Progress sheets imported into the built worker on D1: the literal progress:import route, all rows
// or none, idempotent, a different report for the same month refused unless replaced.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openD1Store } from "@plan/store/d1";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const mf = new Miniflare({
  modules: true,
  scriptPath: fileURLToPath(new URL("../dist/worker.js", import.meta.url)),
  compatibilityDate: "2025-09-01",
  compatibilityFlags: ["nodejs_compat"],
  d1Databases: { DB: "plan-progress-import" },
});
afterAll(() => mf.dispose());

// 任务编号,指标/节点,责任单位,填报期间,累计完成
const HEADER = "\u4EFB\u52A1\u7F16\u53F7,\u6307\u6807/\u8282\u70B9,\u8D23\u4EFB\u5355\u4F4D,\u586B\u62A5\u671F\u95F4,\u7D2F\u8BA1\u5B8C\u6210";
const ROAD = "4,\u6307\u68075,\u7701\u4EA4\u901A\u904B\u8F38\u5EF3,2016-06"; // task 4, 指标5, 省交通運輸廳, June
let secret = "";
let planId = "";

/** A multipart upload through workerd, its body handed over as bytes with its boundary. */
const upload = async (rows: string[], query = "") => {
  const form = new FormData();
  form.append("file", new File([[HEADER, ...rows].join("\r\n")], "road.csv"));
  const req = new Request(`http://plan.test/plans/${planId}/progress:import${query}`, { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form });
  const headers: Record<string, string> = {};
  req.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const res = await mf.dispatchFetch(req.url, { method: "POST", headers, body: new Uint8Array(await req.arrayBuffer()) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  const store = serviceClient(await openD1Store(await mf.getD1Database("DB")));
  secret = (await store.insertKey("admin", null, "office", "test")).secret;
  const res = await mf.dispatchFetch("http://plan.test/plans", {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  planId = ((await res.json()) as { plan: { id: string } }).plan.id;
  await store.close();
});

describe("progress:import on D1", () => {
  it("records all rows or none, once, and refuses a different report for the month unless replaced", async () => {
    const bad = await upload([`${ROAD},3500`, "4,\u6307\u68079,\u7701\u4EA4\u901A\u904B\u8F38\u5EF3,2016-06,3"]);
    expect(bad).toMatchObject({ status: 422, body: { error: { code: "progress.invalid", details: { errors: [{ row: 3, column: "B" }] } } } });
    expect(await upload([`${ROAD},3500`])).toMatchObject({ status: 201, body: { recorded: 1, unchanged: 0 } });
    expect(await upload([`${ROAD},3500`])).toMatchObject({ status: 200, body: { recorded: 0, unchanged: 1 } });
    expect(await upload([`${ROAD},3600`])).toMatchObject({ status: 409, body: { error: { code: "progress.duplicate" } } });
    expect(await upload([`${ROAD},3600`], "?replace=true")).toMatchObject({ status: 201, body: { recorded: 1, replaced: 1 } });
  });
});
