// POST /plans/{plan}/reminders:send from the built worker in workerd (Miniflare), against a
// receiver this test runs on 127.0.0.1. Workers have no DNS API: an IP address in any spelling
// and the name localhost are refused by default (400, the address named, nothing sent); with the
// WEBHOOK_ALLOW variable naming the host the notice is delivered; a redirect is refused and the
// receiver's text never comes back.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Miniflare } from "miniflare";
import { startWebhookReceiver, type WebhookReceiver } from "@plan/store/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const BOOTSTRAP_SECRET = "outbound-bootstrap-secret-0123456789";
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const LEAK = "root:x:0:0:root:/root:/bin/bash";
const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");

let hook: WebhookReceiver;

interface Worker {
  readonly mf: Miniflare;
  readonly url: URL;
  admin: string;
  plan: string;
}
const workers: Worker[] = [];

const start = async (bindings: Record<string, string>): Promise<Worker> => {
  const mf = new Miniflare({
    modules: true,
    scriptPath: fileURLToPath(new URL("../dist/worker.js", import.meta.url)),
    compatibilityDate: "2025-09-01",
    compatibilityFlags: ["nodejs_compat"],
    d1Databases: { DB: `plan-outbound-${workers.length}` },
    bindings: { CORS_ORIGINS: "", BOOTSTRAP_SECRET, ...bindings },
    host: "127.0.0.1",
    port: 0,
  });
  const worker: Worker = { mf, url: await mf.ready, admin: "", plan: "" };
  workers.push(worker);
  const made = await fetch(new URL("/bootstrap", worker.url), { method: "POST", headers: { authorization: `Bearer ${BOOTSTRAP_SECRET}` } });
  worker.admin = ((await made.json()) as { secret: string }).secret;
  const imported = await fetch(new URL("/plans", worker.url), {
    method: "POST",
    headers: { authorization: `Bearer ${worker.admin}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  worker.plan = ((await imported.json()) as { plan: { id: string } }).plan.id;
  return worker;
};

let closed: Worker;
let open: Worker;
beforeAll(async () => {
  hook = await startWebhookReceiver();
  [closed, open] = await Promise.all([start({}), start({ WEBHOOK_ALLOW: "127.0.0.1" })]);
});
afterAll(async () => {
  hook.close();
  await Promise.all(workers.map((w) => w.mf.dispose()));
});
beforeEach(() => hook.reset());

const send = async (worker: Worker, webhook: string) => {
  const res = await fetch(new URL(`/plans/${worker.plan}/reminders:send?asOf=2016-07-05`, worker.url), {
    method: "POST",
    headers: { authorization: `Bearer ${worker.admin}`, "content-type": "application/json" },
    body: JSON.stringify({ webhook, unit: UNIT }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { error?: { code: string; message: string; details: Record<string, string> }; deliveries?: unknown[] } };
};

const SPELLINGS = ["2130706433", "0x7f000001", "127.1", "0177.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "localhost"];

describe("the worker's webhooks", () => {
  it("refuses every spelling of loopback by default, naming the address, and sends nothing", async () => {
    for (const host of SPELLINGS) {
      const res = await send(closed, `http://${host}:${hook.port4}/hook`);
      expect(res.status, `${host}: ${res.text}`).toBe(400);
      expect(res.body.error, host).toMatchObject({ code: "request.invalid", details: { field: "webhook", reason: "special-address", kind: "loopback" } });
      expect(res.body.error!.message, host).toContain(res.body.error!.details.address!);
    }
    // workerd's URL parser writes them as Node's does.
    expect((await send(closed, `http://0x7f000001:${hook.port4}/hook`)).body.error!.details).toMatchObject({ address: "127.0.0.1" });
    expect((await send(closed, `http://[::ffff:127.0.0.1]:${hook.port4}/hook`)).body.error!.details).toMatchObject({ address: "::ffff:7f00:1", ipv4: "127.0.0.1" });
    expect(hook.received).toEqual([]);
  });

  it("delivers to the IPv4 spellings when WEBHOOK_ALLOW names the address, and to no other host", async () => {
    for (const host of ["2130706433", "0x7f000001", "127.1", "0177.0.0.1"]) {
      const res = await send(open, `http://${host}:${hook.port4}/hook`);
      expect(res.status, `${host}: ${res.text}`).toBe(200);
      expect(res.body.deliveries, host).toEqual([{ unit: UNIT, ok: true, detail: "HTTP 204" }]);
    }
    expect(hook.received).toHaveLength(4);
    expect((await send(open, `http://localhost:${hook.port4}/hook`)).body.error).toMatchObject({ details: { reason: "not-allowed", host: "localhost" } });
  });

  it("refuses a redirect and never returns the receiver's text", async () => {
    hook.answer = (res) => res.writeHead(302, { location: `http://127.0.0.1:${hook.port4}/elsewhere` }).end(LEAK);
    const moved = await send(open, `http://127.0.0.1:${hook.port4}/hook`);
    expect(moved.body.deliveries).toEqual([{ unit: UNIT, ok: false, detail: "HTTP 302: redirect refused" }]);
    expect(hook.received).toEqual(["/hook"]);
    hook.answer = (res) => res.writeHead(500).end(LEAK);
    const failed = await send(open, `http://127.0.0.1:${hook.port4}/hook`);
    expect(failed.body.deliveries).toEqual([{ unit: UNIT, ok: false, detail: "HTTP 500" }]);
    expect(moved.text + failed.text).not.toContain("root:x");
  });
});
