// sendReminders and the Node transport (nodeOutbound) against real receivers this test runs on
// 127.0.0.1 and ::1: every spelling of loopback refused by default with a typed error naming the
// address, and delivered once the operator allows it; a name that resolves to a public address
// for the check and to loopback for the connection (DNS rebinding) refused by the connection
// itself; redirects refused, not followed; only the status reported, never the answer's text;
// the batch's deadline kept, with what is left reported as not sent and never attempted.

import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEADLINE_EXCEEDED, parseWebhookAllow, type Robot } from "@plan/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_DEADLINE_MS, importDocuments, type PlanStoreClient, sendReminders } from "../src/index.js";
import { type LookupAll, nodeOutbound, openStore } from "../src/node.js";

const OFFICE = { actor: "test", role: "admin" } as const;
const WHEN = { asOf: "2016-07-05", timeZone: "Asia/Shanghai" };
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const seedBytes = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)));

interface Received {
  readonly url: string;
  readonly remote: string;
}
let received: Received[] = [];
let answer: (req: IncomingMessage, res: ServerResponse) => void;
const handler = (req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  req.on("end", () => {
    received.push({ url: req.url ?? "", remote: req.socket.remoteAddress ?? "" });
    answer(req, res);
  });
};
const v4 = createServer(handler);
const v6 = createServer(handler);
const listen = (server: Server, host: string) => new Promise<number>((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));
let port4 = 0;
let port6 = 0;

let store: PlanStoreClient;
let planId = "";

beforeAll(async () => {
  [port4, port6] = await Promise.all([listen(v4, "127.0.0.1"), listen(v6, "::1")]);
  store = await openStore(join(mkdtempSync(join(tmpdir(), "plan-outbound-")), "plan.db"), {});
  const [result] = await store.run(importDocuments([{ bytes: seedBytes, name: "seeds/gannan-2016.txt" }], {}, OFFICE));
  planId = result!.plan.id;
});
afterAll(async () => {
  for (const server of [v4, v6]) {
    server.closeAllConnections();
    server.close();
  }
  await store?.close();
});
beforeEach(() => {
  received = [];
  answer = (_, res) => res.writeHead(204).end();
});

interface Options {
  readonly allow?: string;
  readonly unit?: string;
  readonly robot?: Robot;
  readonly deadlineMs?: number;
  readonly timeoutMs?: number;
  readonly lookup?: LookupAll;
}
const send = (url: string, options: Options = {}) =>
  store.run(
    sendReminders(
      planId,
      WHEN,
      {
        url,
        ...("unit" in options ? { unit: options.unit } : { unit: UNIT }),
        robot: options.robot ?? "generic",
        deadlineMs: options.deadlineMs,
        timeoutMs: options.timeoutMs,
        outbound: nodeOutbound(parseWebhookAllow(options.allow), options.lookup),
      },
      OFFICE,
    ),
  );

// The seven spellings of loopback that were all delivered before, each with the address it is.
const SPELLINGS = [
  { host: "2130706433", address: /^127\.0\.0\.1$/ },
  { host: "0x7f000001", address: /^127\.0\.0\.1$/ },
  { host: "127.1", address: /^127\.0\.0\.1$/ },
  { host: "0177.0.0.1", address: /^127\.0\.0\.1$/ },
  { host: "[::1]", address: /^::1$/ },
  { host: "[::ffff:127.0.0.1]", address: /^::ffff:7f00:1$/ },
  { host: "localhost", address: /^(127\.0\.0\.1|::1)$/ },
];
const urlOf = (host: string) => `http://${host}:${host === "[::1]" ? port6 : port4}/hook`;

describe("where reminders may be sent", () => {
  it("refuses every spelling of loopback by default, naming the address, before anything is sent", async () => {
    for (const { host, address } of SPELLINGS) {
      const refused = await send(urlOf(host)).then(
        () => null,
        (error: { code: string; message: string; details: Record<string, unknown> }) => error,
      );
      expect(refused, host).toMatchObject({ code: "request.invalid", details: { field: "webhook", reason: "special-address", kind: "loopback", address: expect.stringMatching(address) } });
      expect(refused!.message, host).toMatch(/loopback/);
      expect(refused!.message, host).toContain(String(refused!.details.address));
    }
    expect(received).toEqual([]);
  });

  it("delivers to each spelling once the operator allows the host", async () => {
    for (const { host } of SPELLINGS) {
      const result = await send(urlOf(host), { allow: "127.0.0.1, ::1, localhost" });
      expect(result, host).toMatchObject({ sent: 1, failed: 0, deliveries: [{ unit: UNIT, ok: true, detail: "HTTP 204" }] });
    }
    expect(received).toHaveLength(SPELLINGS.length);
    expect(received[4]!.remote).toBe("::1");
  });

  it("with an allow-list, sends to no other host, however local", async () => {
    await expect(send(urlOf("localhost"), { allow: "127.0.0.1" })).rejects.toMatchObject({ code: "request.invalid", details: { reason: "not-allowed", host: "localhost" } });
    await expect(send(`http://127.0.0.2:${port4}/hook`, { allow: "127.0.0.1" })).rejects.toMatchObject({ details: { reason: "not-allowed", host: "127.0.0.2" } });
    expect(received).toEqual([]);
  });

  it("refuses plain http to a public name nobody allowed", async () => {
    const lookup: LookupAll = async () => [{ address: "93.184.215.14", family: 4 }];
    await expect(send("http://hooks.example/x", { lookup })).rejects.toMatchObject({ code: "request.invalid", details: { reason: "scheme", host: "hooks.example" } });
  });

  it("checks the address the connection is made to: a name that turns to loopback after the check is refused", async () => {
    // Public when sendReminders checks it, 127.0.0.1 when the connection looks it up.
    let lookups = 0;
    const rebinding: LookupAll = async () => (++lookups === 1 ? [{ address: "93.184.215.14", family: 4 }] : [{ address: "127.0.0.1", family: 4 }]);
    const result = await send(`https://rebind.example:${port4}/hook`, { lookup: rebinding });
    expect(lookups).toBe(2);
    expect(result).toMatchObject({ sent: 0, failed: 1 });
    expect(result.deliveries[0]!.detail).toMatch(/^webhook: rebind\.example resolves to 127\.0\.0\.1, which is a loopback address/);
    expect(received).toEqual([]);
  });
});

describe("what comes back", () => {
  it("refuses a redirect rather than follow it", async () => {
    answer = (_, res) => res.writeHead(302, { location: `http://127.0.0.1:${port4}/elsewhere` }).end("moved");
    const result = await send(urlOf("127.0.0.1"), { allow: "127.0.0.1" });
    expect(result.deliveries).toEqual([{ unit: UNIT, ok: false, detail: "HTTP 302: redirect refused" }]);
    expect(received.map((r) => r.url)).toEqual(["/hook"]);
  });

  it("is the status alone (and a robot's numeric code), never the text of the answer", async () => {
    const BODY = "root:x:0:0:root:/root:/bin/bash instance-id i-0123456789";
    answer = (_, res) => res.writeHead(500, { "content-type": "text/plain" }).end(BODY);
    const failed = await send(urlOf("127.0.0.1"), { allow: "127.0.0.1" });
    expect(failed.deliveries).toEqual([{ unit: UNIT, ok: false, detail: "HTTP 500" }]);
    expect(JSON.stringify(failed)).not.toContain("root:x");
    answer = (_, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ errcode: 40035, errmsg: BODY }));
    const robot = await send(`${urlOf("127.0.0.1")}?access_token=t0k`, { allow: "127.0.0.1", robot: "dingtalk" });
    expect(robot.deliveries).toEqual([{ unit: UNIT, ok: false, detail: "HTTP 200, errcode 40035" }]);
    expect(JSON.stringify(robot)).not.toContain("root:x");
  });
});

describe("the deadline over a batch", () => {
  it("is 60 s unless set", () => {
    expect(DEFAULT_DEADLINE_MS).toBe(60_000);
  });

  it("stops sending when it passes: the message under way is cut short, the rest reported as not sent and never attempted", async () => {
    answer = (_, res) => setTimeout(() => res.writeHead(204).end(), 600);
    const started = Date.now();
    const result = await send(urlOf("127.0.0.1"), { allow: "127.0.0.1", unit: undefined, deadlineMs: 1000, timeoutMs: 10_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2500);
    const notSent = result.deliveries.filter((d) => d.detail === DEADLINE_EXCEEDED);
    expect(result.deliveries.length).toBeGreaterThan(20);
    expect(result.deliveries.slice(0, 2)).toEqual([
      { unit: result.deliveries[0]!.unit, ok: true, detail: "HTTP 204" },
      { unit: result.deliveries[1]!.unit, ok: false, detail: "no answer before the deadline" },
    ]);
    expect(notSent).toHaveLength(result.deliveries.length - 2);
    // Only what was attempted reached the receiver.
    expect(received).toHaveLength(2);
    expect(result).toMatchObject({ sent: 1, failed: result.deliveries.length - 1 });
  });
});
