// The SDK's supervision methods against a real server started here: a report returned and one
// accepted, an extension asked by a unit and approved by the office, a task closed and reopened.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type PlanApiError } from "../src/index.js";
import { serviceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const db = join(mkdtempSync(join(tmpdir(), "plan-sdk-supervision-")), "plan.db");
const secrets = { admin: "", roads: "" };
let server: RunningServer;
let planId = "";

const client = (key: keyof typeof secrets) => createClient({ baseUrl: server.url, apiKey: secrets[key], baseDelayMs: 1 });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as PlanApiError,
  );

beforeAll(async () => {
  const store = serviceClient(await openStore(db, {}));
  secrets.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  secrets.roads = (await store.insertKey("unit", "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385", "roads", "test")).secret;
  await store.close();
  server = await startServer({ port: 0, db, env: {} });
  planId = (await client("admin").plans.import({ text: seedText, name: "seed.txt" })).plan.id;
});
afterAll(() => server?.stop());

describe("the office's supervision through the SDK", () => {
  it("reviews, extends and closes, typed, with PlanApiError for what a unit key may not do", async () => {
    const admin = client("admin");
    const roads = client("roads");
    const may = await roads.progress.add(planId, { task: "4", target: 5, period: "2016-05", value: 800 });
    const june = await roads.progress.add(planId, { task: "4", target: 5, period: "2016-06", value: 2800 });
    expect(await rejection(roads.progress.review(planId, june.id, { decision: "accept" }))).toMatchObject({ status: 403, code: "auth.forbidden" });
    expect((await admin.progress.review(planId, june.id, { decision: "return", reason: "no evidence" })).review).toMatchObject({ state: "returned", reason: "no evidence" });
    expect((await admin.progress.review(planId, may.id, { decision: "accept" })).review.state).toBe("accepted");

    const asked = await roads.extensions.request(planId, { task: "4", target: 5, reason: "flood", to: "2017-06-30" });
    expect(asked).toMatchObject({ state: "requested", from: "2016-12-31", to: "2017-06-30" });
    expect(await rejection(roads.extensions.request(planId, { task: "28", milestone: 1, reason: "x", to: "2016-09-30" }))).toMatchObject({ status: 403 });
    expect((await admin.extensions.decide(planId, asked.id, { decision: "approve" })).state).toBe("approved");
    expect(await rejection(admin.extensions.decide(planId, asked.id, { decision: "refuse" }))).toMatchObject({ status: 409, code: "store.conflict" });
    expect((await admin.extensions.list(planId)).map((e) => e.state)).toEqual(["approved"]);
    const road = (await admin.status(planId, { asOf: "2016-07-01" })).tasks[3]!.targets[4]!;
    expect(road).toMatchObject({ actual: 800, deadline: "2017-06-30", originalDeadline: "2016-12-31" });

    expect(await rejection(roads.tasks.close(planId, "4"))).toMatchObject({ status: 403 });
    expect((await admin.tasks.close(planId, "4", { note: "done" })).reopenedAt).toBeNull();
    expect((await admin.status(planId, { asOf: "2016-07-01" })).tasks[3]!.status).toBe("achieved");
    expect((await admin.tasks.reopen(planId, "4")).reopenedAt).not.toBeNull();

    const supervision = await admin.supervision(planId, { asOf: "2016-07-01" });
    expect(supervision.returned.map((r) => r.reportId)).toEqual([june.id]);
    expect(supervision.extensions.map((e) => [e.item, e.state])).toEqual([["target 5", "approved"]]);
    expect(supervision.closed).toEqual([]);
    expect((await admin.audit(planId)).map((e) => e.action)).toEqual([
      "plan.import",
      "progress.add",
      "progress.add",
      "progress.review",
      "progress.review",
      "extension.request",
      "extension.approve",
      "task.close",
      "task.reopen",
    ]);
  });
});
