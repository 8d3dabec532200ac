// Where plan reminders --webhook / --send may post (in this process, through main), against receivers
// this test runs on 127.0.0.1 and ::1: every spelling of loopback refused by default (exit 2, the
// address named, nothing sent) and delivered once PLAN_WEBHOOK_ALLOW names the host; a redirect
// refused; nothing of the receiver's answer printed; PLAN_WEBHOOK_DEADLINE_MS kept.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startWebhookReceiver, type WebhookReceiver } from "@plan/store/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { plan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const db = join(mkdtempSync(join(tmpdir(), "plan-reminders-outbound-")), "plan.db");
const AS_OF = "2016-07-05";
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const LEAK = "root:x:0:0:root:/root:/bin/bash";

const run = (args: string[], env: Record<string, string> = {}) =>
  plan([...args, "--db", db], { env: { PLAN_LANG: "en", PLAN_WEBHOOK_URL: "", PLAN_WEBHOOK_SECRET: "", PLAN_WEBHOOK_ALLOW: "", PLAN_WEBHOOK_DEADLINE_MS: "", ...env } });

let hook: WebhookReceiver;
let id = "";

beforeAll(async () => {
  hook = await startWebhookReceiver();
  const imported = await run(["import", seed]);
  expect(imported.code).toBe(0);
  id = imported.stdout.trim();
});
afterAll(() => hook.close());
beforeEach(() => hook.reset());

const SPELLINGS = [
  { host: "2130706433", address: "127.0.0.1" },
  { host: "0x7f000001", address: "127.0.0.1" },
  { host: "127.1", address: "127.0.0.1" },
  { host: "0177.0.0.1", address: "127.0.0.1" },
  { host: "[::1]", address: "[::1]" },
  { host: "[::ffff:127.0.0.1]", address: "127.0.0.1" },
  { host: "localhost", address: "localhost" },
];
const urlOf = (host: string) => `http://${host}:${host === "[::1]" ? hook.port6 : hook.port4}/hook`;
const sendTo = (url: string, env: Record<string, string> = {}, unit: string[] = ["--unit", UNIT]) => run(["reminders", id, "--as-of", AS_OF, ...unit, "--webhook", url], env);

describe("plan reminders --webhook: where it may post", () => {
  it("refuses every spelling of loopback by default: exit 2, the address named, nothing sent", async () => {
    const results = await Promise.all(SPELLINGS.map(({ host }) => sendTo(urlOf(host))));
    for (const [i, { host, address }] of SPELLINGS.entries()) {
      expect(results[i]!.code, host).toBe(2);
      expect(results[i]!.stderr, host).toMatch(/webhook: .*loopback/);
      expect(results[i]!.stderr, host).toContain(address);
      expect(results[i]!.stdout, host).not.toMatch(/^sent/m);
    }
    expect(hook.received).toEqual([]);
  });

  it("delivers to each spelling when PLAN_WEBHOOK_ALLOW names the host", async () => {
    const env = { PLAN_WEBHOOK_ALLOW: "127.0.0.1,::1,localhost" };
    const results = await Promise.all(SPELLINGS.map(({ host }) => sendTo(urlOf(host), env)));
    for (const [i, { host }] of SPELLINGS.entries()) {
      expect(results[i], host).toMatchObject({ code: 0, stderr: "" });
      expect(results[i]!.stdout, host).toContain(`sent    ${UNIT}: HTTP 204`);
    }
    expect(hook.received).toHaveLength(SPELLINGS.length);
  });

  it("takes --send's address under the same rules, and refuses a PLAN_WEBHOOK_ALLOW that is not hosts", async () => {
    const refused = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--send"], { PLAN_WEBHOOK_URL: urlOf("127.1") });
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining("127.0.0.1 is a loopback address") });
    const bad = await sendTo(urlOf("127.0.0.1"), { PLAN_WEBHOOK_ALLOW: "http://127.0.0.1:8080" });
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('PLAN_WEBHOOK_ALLOW: "http://127.0.0.1:8080" is not a host') });
    expect(await sendTo(urlOf("127.0.0.1"), { PLAN_WEBHOOK_DEADLINE_MS: "0" })).toMatchObject({ code: 2, stderr: expect.stringContaining("PLAN_WEBHOOK_DEADLINE_MS=0") });
    expect(hook.received).toEqual([]);
  });
});

describe("plan reminders --webhook: what it prints", () => {
  it("refuses a redirect, and prints nothing of what the receiver answered", async () => {
    hook.answer = (res) => res.writeHead(301, { location: "http://127.0.0.1:9/elsewhere" }).end(LEAK);
    const moved = await sendTo(urlOf("127.0.0.1"), { PLAN_WEBHOOK_ALLOW: "127.0.0.1" });
    expect(moved.code).toBe(1);
    expect(moved.stdout).toContain(`FAILED  ${UNIT}: HTTP 301: redirect refused`);
    expect(hook.received).toEqual(["/hook"]);
    hook.answer = (res) => res.writeHead(502).end(LEAK);
    const failed = await sendTo(urlOf("127.0.0.1"), { PLAN_WEBHOOK_ALLOW: "127.0.0.1" });
    expect(failed.stdout).toContain(`FAILED  ${UNIT}: HTTP 502\n`);
    expect(moved.stdout + moved.stderr + failed.stdout + failed.stderr).not.toContain("root:x");
  });

  it("stops at PLAN_WEBHOOK_DEADLINE_MS, reporting the units left as not sent", async () => {
    hook.answer = (res) => setTimeout(() => res.writeHead(204).end(), 600);
    const result = await sendTo(urlOf("127.0.0.1"), { PLAN_WEBHOOK_ALLOW: "127.0.0.1", PLAN_WEBHOOK_DEADLINE_MS: "1000" }, []);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines.filter((l) => l.startsWith("sent"))).toHaveLength(1);
    expect(lines.filter((l) => l.endsWith(": no answer before the deadline"))).toHaveLength(1);
    const notSent = lines.filter((l) => l.endsWith(": not sent: deadline exceeded"));
    expect(notSent.length).toBeGreaterThan(20);
    expect(hook.received).toHaveLength(2);
  });
});
