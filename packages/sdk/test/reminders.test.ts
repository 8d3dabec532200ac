// The SDK's reminders against a real server started here: one unit's status and reminders, and
// sendReminders posting each unit's 催办单 to a receiver this test runs, typed as the API says.
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningServer, startServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { paths } from "../src/generated/api.js";
import { createClient, type PlanApiError } from "../src/index.js";
import { serviceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const db = join(mkdtempSync(join(tmpdir(), "plan-sdk-reminders-")), "plan.db");
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const SECRET = "sdk-secret-0123456789";
const secrets = { admin: "", viewer: "" };
let server: RunningServer;
let planId = "";
const bodies: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
const receiver = createServer((req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    bodies.push({ headers: req.headers, body });
    res.writeHead(204).end();
  });
});
let hook = "";

const client = (key: keyof typeof secrets) => createClient({ baseUrl: server.url, apiKey: secrets[key], baseDelayMs: 1 });

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const store = serviceClient(await openStore(db, {}));
  secrets.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  secrets.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
  await store.close();
  // The receiver is on this machine: the operator allows it (by default loopback is refused).
  server = await startServer({ port: 0, db, env: {}, webhook: { allow: ["127.0.0.1"] } });
  planId = (await client("admin").plans.import({ text: seedText, name: "seed.txt" })).plan.id;
});
afterAll(async () => {
  receiver.closeAllConnections();
  receiver.close();
  await server?.stop();
});

describe("reminders through the SDK", () => {
  it("reads one unit's status and reminders, and says when nothing is due yet", async () => {
    const viewer = client("viewer");
    const status = await viewer.status(planId, { asOf: "2016-07-05", unit: "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385" });
    expect(status.tasks.map((t) => t.id)).toEqual(["4", "14", "17"]);
    const owed = await viewer.reminders(planId, { asOf: "2016-07-05", unit: UNIT });
    expect(owed.reminders.map((r) => r.unit)).toEqual([UNIT]);
    expect(await viewer.reminders(planId, { asOf: "2016-01-05" })).toMatchObject({ period: null, notYetDue: { period: "2016-01", dueOn: "2016-01-31" }, reminders: [] });
  });

  it("sends each unit's 催办单 with sendReminders (admin only), typed as the API answers", async () => {
    const result = await client("admin").sendReminders(planId, { webhook: hook, secret: SECRET, unit: UNIT, replyBy: "2016-07-12" }, { asOf: "2016-07-05" });
    expectTypeOf(result).toEqualTypeOf<NonNullable<paths["/plans/{plan}/reminders:send"]["post"]>["responses"][200]["content"]["application/json"]>();
    expect(result).toMatchObject({ robot: "generic", sent: 1, failed: 0, deliveries: [{ unit: UNIT, ok: true, detail: "HTTP 204" }] });
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.headers["x-plan-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(bodies[0]!.body).digest("hex")}`);
    expect(JSON.parse(bodies[0]!.body).notice).toMatchObject({ unit: UNIT, replyBy: "2016-07-12" });
    const refused = await client("viewer")
      .sendReminders(planId, { webhook: hook })
      .then(
        () => null,
        (e: unknown) => e as PlanApiError,
      );
    expect(refused).toMatchObject({ status: 403 });
    expect(bodies).toHaveLength(1);
  });
});
