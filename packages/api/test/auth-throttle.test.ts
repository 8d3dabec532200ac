// Failed authentication throttled per client address: wrong keys and wrong bootstrap secrets
// count, past the limit the address gets 429 auth.throttled with Retry-After until its window has
// passed; another address, and requests without a credential, are not held up.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@plan/store/node";
import type { PlanStoreClient } from "@plan/store";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { FAILED_AUTH, throttleFailedAuth } from "../src/middleware/auth-throttle.js";

const BOOTSTRAP = "bootstrap-secret-for-tests-0123456789";
let store: PlanStoreClient;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-throttle-")), "plan.db"), {});
});
afterAll(() => store.close());

const from = (address: string, secret?: string) => ({ headers: { "cf-connecting-ip": address, ...(secret ? { authorization: `Bearer ${secret}` } : {}) } });

describe("failed authentication", () => {
  it("is throttled per address after the limit, with Retry-After, and wrong bootstrap secrets count too", async () => {
    const app = createApp({ store, bootstrapSecret: BOOTSTRAP });
    for (let i = 0; i < FAILED_AUTH.limit - 1; i++) expect((await app.request("/plans", from("203.0.113.7", `plk_wrong_${i}`))).status).toBe(401);
    expect((await app.request("/bootstrap", { method: "POST", ...from("203.0.113.7", "not-the-secret") })).status).toBe(401);
    const held = await app.request("/plans", from("203.0.113.7", "plk_wrong_again"));
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await held.json()) as { error: { code: string } }).error.code).toBe("auth.throttled");
    // Another address is not held up, nor is a request without a credential counted.
    expect((await app.request("/plans", from("198.51.100.9", "plk_wrong"))).status).toBe(401);
    expect((await app.request("/health", from("203.0.113.7"))).status).toBe(429);
    const fresh = createApp({ store });
    for (let i = 0; i < FAILED_AUTH.limit + 5; i++) expect((await fresh.request("/plans", from("192.0.2.1"))).status).toBe(401);
  });

  it("is forgotten once the window has passed", async () => {
    let clock = 0;
    const app = new Hono()
      .use(
        throttleFailedAuth(
          { limit: 2, windowMs: 1000 },
          () => "one",
          () => clock,
        ),
      )
      .get("/", (c) => c.text("", 401));
    const status = async () => (await app.request("/", { headers: { authorization: "Bearer x" } })).status;
    expect([await status(), await status(), await status()]).toEqual([401, 401, 500]);
    clock = 999;
    expect(await status()).toBe(500);
    clock = 1000;
    expect(await status()).toBe(401);
  });
});
