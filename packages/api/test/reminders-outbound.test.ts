// POST /plans/{plan}/reminders:send on the Node server (startServer, configured by
// settingsFromEnv as `plan serve` and apps/server are) against receivers this test runs on
// 127.0.0.1 and ::1: every spelling of loopback a 400 naming the address by default, delivered
// once PLAN_WEBHOOK_ALLOW names the host; a redirect refused; only the status in the answer,
// never the receiver's text; PLAN_WEBHOOK_DEADLINE_MS bounding one request's deliveries.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ReminderSendResult } from "@plan/domain";
import { startWebhookReceiver, type WebhookReceiver } from "@plan/store/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningServer, settingsFromEnv, startServer } from "../src/node.js";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const BOOTSTRAP = "bootstrap-secret-outbound-0123456789";
const LEAK = "root:x:0:0:root:/root:/bin/bash ami-0123456789abcdef";

let hook: WebhookReceiver;

interface Api {
  readonly server: RunningServer;
  readonly admin: string;
  readonly plan: string;
}
const apis: Api[] = [];

// A server with its own database, the environment given, the first admin key and the seed plan.
const boot = async (env: Record<string, string>): Promise<Api> => {
  const db = join(mkdtempSync(join(tmpdir(), "plan-api-outbound-")), "plan.db");
  const server = await startServer({ port: 0, db, env: {}, bootstrapSecret: BOOTSTRAP, log: () => {}, ...settingsFromEnv(env) });
  const admin = ((await (await fetch(`${server.url}/bootstrap`, { method: "POST", headers: { authorization: `Bearer ${BOOTSTRAP}` } })).json()) as { secret: string }).secret;
  const imported = await fetch(`${server.url}/plans`, {
    method: "POST",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  const api = { server, admin, plan: ((await imported.json()) as { plan: { id: string } }).plan.id };
  apis.push(api);
  return api;
};

let closed: Api;
let open: Api;

beforeAll(async () => {
  hook = await startWebhookReceiver();
  [closed, open] = await Promise.all([boot({}), boot({ PLAN_WEBHOOK_ALLOW: "127.0.0.1, ::1, localhost", PLAN_WEBHOOK_DEADLINE_MS: "1000" })]);
});
afterAll(async () => {
  hook.close();
  await Promise.all(apis.map((a) => a.server.stop()));
});
beforeEach(() => hook.reset());

const send = async (api: Api, body: Record<string, unknown>) => {
  const res = await fetch(`${api.server.url}/plans/${api.plan}/reminders:send?asOf=2016-07-05`, {
    method: "POST",
    headers: { authorization: `Bearer ${api.admin}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Record<string, unknown> };
};

const SPELLINGS = ["2130706433", "0x7f000001", "127.1", "0177.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "localhost"];
const urlOf = (host: string) => `http://${host}:${host === "[::1]" ? hook.port6 : hook.port4}/hook`;

describe("where POST /plans/{plan}/reminders:send may post", () => {
  it("answers 400 for every spelling of loopback by default, naming the address, and sends nothing", async () => {
    for (const host of SPELLINGS) {
      const res = await send(closed, { webhook: urlOf(host), unit: UNIT });
      expect(res.status, host).toBe(400);
      const error = (res.body as { error: { code: string; message: string; details: { field: string; reason: string; address: string } } }).error;
      expect(error, host).toMatchObject({ code: "request.invalid", details: { field: "webhook", reason: "special-address", kind: "loopback" } });
      expect(error.message, host).toContain(error.details.address);
      expect(error.details.address, host).toMatch(/^(127\.0\.0\.1|::1|::ffff:7f00:1)$/);
    }
    expect(hook.received).toEqual([]);
  });

  it("delivers to each spelling on a server whose PLAN_WEBHOOK_ALLOW names the host", async () => {
    for (const host of SPELLINGS) {
      const res = await send(open, { webhook: urlOf(host), unit: UNIT });
      expect(res.status, host).toBe(200);
      expect(ReminderSendResult.parse(res.body), host).toMatchObject({ sent: 1, failed: 0, deliveries: [{ unit: UNIT, ok: true, detail: "HTTP 204" }] });
    }
    expect(hook.received).toHaveLength(SPELLINGS.length);
  });

  it("refuses, on that server, a host its allow-list does not name", async () => {
    const res = await send(open, { webhook: "https://oapi.dingtalk.com/robot/send?access_token=t", unit: UNIT });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "request.invalid", details: { reason: "not-allowed", host: "oapi.dingtalk.com" } } });
  });
});

describe("what the caller is told", () => {
  it("a redirect is refused, not followed", async () => {
    hook.answer = (res) => res.writeHead(307, { location: `http://127.0.0.1:${hook.port4}/elsewhere` }).end(LEAK);
    const res = await send(open, { webhook: urlOf("127.0.0.1"), unit: UNIT });
    expect(res.body).toMatchObject({ sent: 0, failed: 1, deliveries: [{ unit: UNIT, ok: false, detail: "HTTP 307: redirect refused" }] });
    expect(hook.received).toEqual(["/hook"]);
    expect(res.text).not.toContain("root:x");
  });

  it("only the status, never the receiver's text", async () => {
    hook.answer = (res) => res.writeHead(500, { "content-type": "text/plain" }).end(LEAK);
    const failed = await send(open, { webhook: urlOf("127.0.0.1"), unit: UNIT });
    expect(failed.body).toMatchObject({ deliveries: [{ ok: false, detail: "HTTP 500" }] });
    expect(failed.text).not.toContain("root:x");
    hook.answer = (res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ errcode: 310000, errmsg: LEAK }));
    const robot = await send(open, { webhook: `${urlOf("127.0.0.1")}?access_token=t0k3n`, robot: "dingtalk", unit: UNIT });
    expect(robot.body).toMatchObject({ deliveries: [{ ok: false, detail: "HTTP 200, errcode 310000" }] });
    expect(robot.text).not.toContain("root:x");
  });
});

describe("PLAN_WEBHOOK_DEADLINE_MS", () => {
  it("bounds one request's deliveries: what is left when it passes is reported as not sent, not attempted", async () => {
    hook.answer = (res) => setTimeout(() => res.writeHead(204).end(), 600);
    const started = Date.now();
    const res = await send(open, { webhook: urlOf("127.0.0.1") });
    expect(Date.now() - started).toBeLessThan(3000);
    const result = ReminderSendResult.parse(res.body);
    expect(result.deliveries.length).toBeGreaterThan(20);
    expect(result.sent).toBe(1);
    expect(result.deliveries.filter((d) => d.detail === "not sent: deadline exceeded")).toHaveLength(result.deliveries.length - 2);
    expect(hook.received).toHaveLength(2);
  });

  it("and PLAN_WEBHOOK_ALLOW are read as settings, a bad value named", () => {
    expect(settingsFromEnv({ PLAN_WEBHOOK_ALLOW: "oapi.dingtalk.com,*.feishu.cn", PLAN_WEBHOOK_DEADLINE_MS: "30000" }).webhook).toEqual({
      allow: ["oapi.dingtalk.com", "*.feishu.cn"],
      deadlineMs: 30_000,
    });
    expect(settingsFromEnv({}).webhook).toEqual({ allow: [] });
    expect(() => settingsFromEnv({ PLAN_WEBHOOK_ALLOW: "https://oapi.dingtalk.com" })).toThrow(/^PLAN_WEBHOOK_ALLOW: "https:\/\/oapi\.dingtalk\.com" is not a host/);
    expect(() => settingsFromEnv({ PLAN_WEBHOOK_DEADLINE_MS: "soon" })).toThrow(/^PLAN_WEBHOOK_DEADLINE_MS=soon: expected a positive number/);
  });
});
