// POST /plans/{plan}/reminders:send against a receiver this test runs on 127.0.0.1: admin only,
// one signed message per unit, a robot's refusal reported per unit, no secret in the answer, and
// a batch larger than a robot takes a minute refused rather than left to wait.
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ReminderSendResult } from "@plan/domain";
import { nodeOutbound, openStore } from "@plan/store/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const SECRET = "SEC-api-0123456789-never-shown";
const TOKEN = "tok-api-0123456789abcdef";
let store: ServiceClient;
let app: ReturnType<typeof createApp>;
const keys = { admin: "", viewer: "" };
let planId = "";

let received: { url: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];
let answer: (res: ServerResponse) => void;
const server = createServer((req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({ url: req.url ?? "", headers: req.headers, body });
    answer(res);
  });
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-send-")), "plan.db"), {}));
  keys.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
  // The receiver is on this machine: the operator allows it (see reminders-outbound.test.ts for the default).
  app = createApp({ store, webhook: nodeOutbound(["127.0.0.1"]) });
  const res = await app.request("/plans", {
    method: "POST",
    headers: { authorization: `Bearer ${keys.admin}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  planId = ((await res.json()) as { plan: { id: string } }).plan.id;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await store.close();
});
beforeEach(() => {
  received = [];
  answer = (res) => res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":0,"errmsg":"ok"}');
});

const send = async (body: unknown, key = keys.admin, asOf = "2016-07-05") => {
  const res = await app.request(`/plans/${planId}/reminders:send?asOf=${asOf}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Record<string, unknown> };
};

describe("POST /plans/{plan}/reminders:send", () => {
  it("sends each unit's notice to a generic webhook, signed, and says what became of each", async () => {
    const res = await send({ webhook: `${base}/hook`, secret: SECRET, office: "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4" });
    expect(res.status).toBe(200);
    const result = ReminderSendResult.parse(res.body);
    expect(result).toMatchObject({ robot: "generic", address: base, failed: 0 });
    expect(result.sent).toBe(result.reminders.reminders.length);
    expect(received).toHaveLength(result.sent);
    for (const r of received) expect(r.headers["x-plan-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(r.body).digest("hex")}`);
    expect(received.map((r) => JSON.parse(r.body).notice.unit).sort()).toEqual(result.deliveries.map((d) => d.unit).sort());
    expect(res.text).not.toContain(SECRET);
  });

  it("reports a DingTalk robot's errcode for the unit, with no secret or token in the answer", async () => {
    answer = (res) => res.writeHead(200).end(`{"errcode":310000,"errmsg":"sign not match ${TOKEN}"}`);
    const res = await send({ webhook: `${base}/robot/send?access_token=${TOKEN}`, robot: "dingtalk", secret: SECRET, unit: "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sent: 0, failed: 1, deliveries: [{ unit: UNIT, ok: false, detail: "HTTP 200, errcode 310000" }] });
    const url = new URL(received[0]!.url, base);
    expect(url.searchParams.get("sign")).toBe(
      createHmac("sha256", SECRET)
        .update(`${url.searchParams.get("timestamp")}\n${SECRET}`)
        .digest("base64"),
    );
    expect(res.text).not.toContain(SECRET);
    expect(res.text).not.toContain(TOKEN);
  });

  it("refuses more notices than the robot takes a minute, sending none", async () => {
    const res = await send({ webhook: `${base}/robot/send?access_token=${TOKEN}`, robot: "dingtalk" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "request.invalid" } });
    expect(received).toEqual([]);
  });

  it("is for the office only, and refuses a bad address or a unit the plan does not name", async () => {
    expect((await send({ webhook: `${base}/hook` }, keys.viewer)).status).toBe(403);
    expect((await send({ webhook: "file:///etc/passwd" })).status).toBe(400);
    expect((await send({ webhook: `${base}/hook`, unit: "\u706B\u661F\u5C40" })).status).toBe(404);
    expect(received).toEqual([]);
  });

  it("sends nothing before the first period is due, and says when it will be", async () => {
    const res = await send({ webhook: `${base}/hook` }, keys.admin, "2016-01-10");
    expect(res.body).toMatchObject({ sent: 0, failed: 0, deliveries: [], reminders: { notYetDue: { period: "2016-01", dueOn: "2016-01-31" } } });
    expect(received).toEqual([]);
  });
});
