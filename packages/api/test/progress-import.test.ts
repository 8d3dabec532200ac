// POST /plans/{plan}/progress:import over a real SQLite file: sheets uploaded as multipart files,
// every problem listed with its file, sheet, row and column, all rows or none, idempotent; a unit
// key for its own rows, an admin key for any; the literal ":import" path and nothing like it.
// The sheets are read and checked in worker threads, as a Node server reads them.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ProgressReport, writeXlsx } from "@plan/domain";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { workerJobs } from "../src/node/worker-jobs.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const ENERGY = "\u7701\u80FD\u6E90\u5C40"; // 省能源局
const HEADER = ["\u4EFB\u52A1\u7F16\u53F7", "\u6307\u6807/\u8282\u70B9", "\u8D23\u4EFB\u5355\u4F4D", "\u586B\u62A5\u671F\u95F4", "\u7D2F\u8BA1\u5B8C\u6210", "\u5B8C\u6210\u72B6\u6001"];
const T = (n: number) => `\u6307\u6807${n}`; // 指标n

let store: ServiceClient;
let app: ReturnType<typeof createApp>;
const keys = { admin: "", transport: "", viewer: "" };
let planId = "";

/** A sheet as an .xlsx workbook (the domain's own writer) or CSV. */
const xlsx = (name: string, rows: (string | number)[][]) => new File([new Uint8Array(writeXlsx([{ name: "\u8FDB\u5C55\u586B\u62A5", rows: [HEADER, ...rows] }]))], name);
const csv = (name: string, rows: (string | number)[][]) => new File([[HEADER, ...rows].map((r) => r.join(",")).join("\r\n")], name);
const upload = (files: File[], key: string, { path = `/plans/${planId}/progress:import`, query = "" } = {}) => {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  return app.request(`${path}${query}`, { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form });
};
const reportsFor = async (period: string): Promise<ProgressReport[]> => (await store.reportsPage(planId, {}, { limit: 500 })).items.filter((r) => r.period === period);

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-progress-import-")), "plan.db"), {}));
  keys.admin = (await store.insertKey("admin", null, "office", "test")).secret;
  keys.transport = (await store.insertKey("unit", TRANSPORT, "roads", "test")).secret;
  keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
  app = createApp({ store, jobs: workerJobs() });
  const res = await app.request("/plans", {
    method: "POST",
    headers: { authorization: `Bearer ${keys.admin}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  planId = ((await res.json()) as { plan: { id: string } }).plan.id;
});
afterAll(() => store.close());

describe("POST /plans/{plan}/progress:import", () => {
  it("lists every problem of every file with its place and field (422), and records nothing", async () => {
    const res = await upload(
      [
        xlsx("inbox/transport.xlsx", [
          ["4", T(5), TRANSPORT, "2016-03", 1500, ""],
          ["4", T(6), TRANSPORT, "2016-03", "abc", ""],
        ]),
        csv("inbox/energy.csv", [["4", T(9), ENERGY, "2016-03", 3, ""]]),
      ],
      keys.admin,
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { errors: unknown[] } } };
    expect(body.error.code).toBe("progress.invalid");
    expect(body.error.details.errors).toEqual([
      { file: "inbox/transport.xlsx", sheet: "\u8FDB\u5C55\u586B\u62A5", row: 3, column: "E", field: "value", message: "\u7D2F\u8BA1\u5B8C\u6210: \u201Cabc\u201D is not a number" },
      { file: "inbox/energy.csv", sheet: "", row: 2, column: "B", field: null, message: expect.stringMatching(/has 6 target\(s\), not 9/) },
    ]);
    expect(await reportsFor("2016-03")).toEqual([]);
  });

  it("records every row with an admin key (201), then nothing new for the same files (200)", async () => {
    const files = () => [xlsx("a.xlsx", [["4", T(5), TRANSPORT, "2016-04", "2000\u516C\u91CC", ""]]), csv("b.csv", [["4", T(1), ENERGY, "2016-04", "14\u4EBF", ""]])];
    const first = await upload(files(), keys.admin);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ planId, files: ["a.xlsx", "b.csv"], recorded: 2, unchanged: 0, replaced: 0 });
    const again = await upload(files(), keys.admin);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ recorded: 0, unchanged: 2, reports: [] });
    expect((await reportsFor("2016-04")).map((r) => [r.unit, r.value]).sort()).toEqual(
      [
        [ENERGY, 1_400_000_000],
        [TRANSPORT, 2000],
      ].sort(),
    );
    const audit = (await store.auditLog(planId)).filter((a) => a.action === "progress.import");
    expect(audit.at(-1)).toMatchObject({ details: { files: ["a.xlsx", "b.csv"], recorded: 0, unchanged: 2 } });
  });

  it("lets a unit key import its own rows only: another unit's rows are 403 naming them", async () => {
    const mixed = await upload(
      [
        csv("mixed.csv", [
          ["4", T(5), TRANSPORT, "2016-05", 2500, ""],
          ["4", T(1), ENERGY, "2016-05", 100, ""],
        ]),
      ],
      keys.transport,
    );
    expect(mixed.status).toBe(403);
    expect(await mixed.json()).toMatchObject({ error: { code: "auth.forbidden", details: { errors: [{ file: "mixed.csv", row: 3, column: "C", field: "unit" }] } } });
    const own = await upload([csv("own.csv", [["4", T(5), "", "2016-05", 2500, ""]])], keys.transport);
    expect(own.status).toBe(201);
    expect((await reportsFor("2016-05")).map((r) => r.unit)).toEqual([TRANSPORT]);
    expect((await upload([csv("own.csv", [["4", T(5), "", "2016-05", 2500, ""]])], keys.viewer)).status).toBe(403);
  });

  it("refuses a different report for an item already reported (409 naming the rows) unless replace=true; the single-report route too", async () => {
    const sheet = (value: number) => [csv("june.csv", [["4", T(5), TRANSPORT, "2016-06", value, ""]])];
    expect((await upload(sheet(3000), keys.admin)).status).toBe(201);
    const refused = await upload(sheet(3100), keys.admin);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      error: { code: "progress.duplicate", details: { errors: [{ file: "june.csv", row: 2, message: expect.stringMatching(/already reported target 5 of task 4 for 2016-06/) }] } },
    });
    const replaced = await upload(sheet(3100), keys.admin, { query: "?replace=true" });
    expect(replaced.status).toBe(201);
    expect(await replaced.json()).toMatchObject({ recorded: 1, replaced: 1 });

    const add = (body: Record<string, unknown>) =>
      app.request(`/plans/${planId}/progress`, { method: "POST", headers: { authorization: `Bearer ${keys.admin}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const road = { task: "4", target: 5, period: "2016-06", unit: TRANSPORT };
    expect((await add({ ...road, value: 3100 })).status).toBe(200);
    const duplicate = await add({ ...road, value: 3200 });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ error: { code: "progress.duplicate", details: { earlier: expect.any(String) } } });
    expect((await add({ ...road, value: 3200, replace: true })).status).toBe(201);
  });

  it("serves the literal path, with the colon as sent or percent-encoded, and nothing like it; documents it in OpenAPI", async () => {
    const file = () => [csv("x.csv", [["4", T(5), TRANSPORT, "2016-08", "4000\u516C\u91CC", ""]])];
    expect((await upload(file(), keys.admin, { path: `/plans/${planId}/progress%3Aimport` })).status).toBe(201);
    expect((await upload(file(), keys.admin, { path: `/plans/${planId}/progressXimport` })).status).toBe(404);
    expect((await upload(file(), keys.admin, { path: `/plans/${planId}/progress:imports` })).status).toBe(404);
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, { post?: { responses: Record<string, unknown> } }> };
    expect(Object.keys(doc.paths)).toContain("/plans/{plan}/progress:import");
    expect(Object.keys(doc.paths).filter((p) => p.includes("verb"))).toEqual([]);
    expect(Object.keys(doc.paths["/plans/{plan}/progress:import"]!.post!.responses)).toEqual(expect.arrayContaining(["200", "201", "403", "409", "422"]));
  });

  it("refuses a request without sheets, and a body that is not a multipart upload", async () => {
    const empty = await app.request(`/plans/${planId}/progress:import`, { method: "POST", headers: { authorization: `Bearer ${keys.admin}` }, body: new FormData() });
    expect(empty.status).toBe(400);
    const json = await app.request(`/plans/${planId}/progress:import`, { method: "POST", headers: { authorization: `Bearer ${keys.admin}`, "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(415);
    const blank = await upload([new File([new Uint8Array(writeXlsx([{ name: "s", rows: [HEADER] }]))], "blank.xlsx")], keys.admin);
    expect(blank.status).toBe(422);
    expect(await blank.json()).toMatchObject({ error: { details: { errors: [{ file: "blank.xlsx", row: null, message: "no row is filled in" }] } } });
  });
});
