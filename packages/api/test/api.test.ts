// The API through app.request (Hono's testing guide) over a real SQLite file; the same suite runs
// against the built worker on D1 in apps/worker.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { apiSuite } from "./suite.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const dbFile = join(mkdtempSync(join(tmpdir(), "plan-api-")), "plan.db");
let store: ServiceClient;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = serviceClient(await openStore(dbFile, {}));
  app = createApp({ store, maxBodyBytes: 256 * 1024, corsOrigins: ["https://office.example"] });
});
afterAll(() => store.close());

describe("the API in Node over SQLite", () => {
  apiSuite({ engine: "sqlite", request: async (path, init) => app.request(path, init), openStore: () => openStore(dbFile, {}) });

  it("refuses a key revoked through its own store at once", async () => {
    const { key, secret } = await store.insertKey("viewer", null, "short-lived", "test");
    const plans = () => app.request("/plans", { headers: { authorization: `Bearer ${secret}` } });
    expect((await plans()).status).toBe(200);
    await store.markRevoked(key.id, "test");
    expect((await plans()).status).toBe(401);
  });
});
