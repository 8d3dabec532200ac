// The first admin key from a bootstrap secret, and keys over HTTP, over real SQLite files.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const BOOTSTRAP = "bootstrap-secret-for-tests-0123456789";
const stores: ServiceClient[] = [];
const fresh = async (bootstrapSecret?: string) => {
  const store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-bootstrap-")), "plan.db"), {}));
  stores.push(store);
  return { store, app: createApp({ store, bootstrapSecret }) };
};
afterAll(() => Promise.all(stores.map((s) => s.close())));

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const post = (app: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}, body?: unknown) =>
  app.request(path, { method: "POST", headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe("POST /bootstrap", () => {
  it("does not exist without a configured secret", async () => {
    const { app } = await fresh();
    const res = await post(app, "/bootstrap", bearer(BOOTSTRAP));
    expect(res.status).toBe(404);
    expect(await code(res)).toBe("request.not-found");
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain("/bootstrap");
  });

  it("makes one admin key with the right secret, refuses wrong ones, then answers 409 to every secret", async () => {
    const { app, store } = await fresh(BOOTSTRAP);
    expect(Object.keys(((await (await app.request("/openapi.json")).json()) as { paths: object }).paths)).toContain("/bootstrap");
    const missing = await post(app, "/bootstrap");
    expect([missing.status, await code(missing)]).toEqual([401, "auth.missing"]);
    for (const wrong of [`${BOOTSTRAP}x`, BOOTSTRAP.slice(0, -1), "x"]) {
      const res = await post(app, "/bootstrap", bearer(wrong));
      expect([res.status, await code(res)]).toEqual([401, "auth.invalid"]);
    }
    expect(await store.allKeys()).toEqual([]);

    const made = await post(app, "/bootstrap?label=ops", bearer(BOOTSTRAP));
    expect(made.status).toBe(201);
    const { key, secret } = (await made.json()) as { key: { id: string; role: string; label: string }; secret: string };
    expect(key).toMatchObject({ role: "admin", label: "ops" });
    expect((await app.request("/plans", { headers: bearer(secret) })).status).toBe(200);
    expect((await store.auditLog()).map((e) => [e.action, e.entity, e.actor])).toEqual([["key.bootstrap", key.id, "bootstrap"]]);

    // Only the bootstrap secret learns that keys exist (409); anyone else learns nothing (401).
    for (const [any, answer] of [
      [BOOTSTRAP, [409, "store.conflict"]],
      ["wrong", [401, "auth.invalid"]],
      [secret, [401, "auth.invalid"]],
    ] as const) {
      const again = await post(app, "/bootstrap", bearer(any));
      expect([again.status, await code(again)]).toEqual(answer);
    }
    // Another app over the same store (another isolate, a restarted server) refuses as well.
    for (const [any, status] of [
      [BOOTSTRAP, 409],
      ["wrong", 401],
    ] as const)
      expect((await post(createApp({ store, bootstrapSecret: BOOTSTRAP }), "/bootstrap", bearer(any))).status).toBe(status);
    expect(await store.allKeys()).toHaveLength(1);
  });

  it("is closed on a store whose keys were made by the CLI", async () => {
    const { app, store } = await fresh(BOOTSTRAP);
    await store.insertKey("viewer", null, "made by plan keys create", "cli:test");
    expect((await post(app, "/bootstrap", bearer(BOOTSTRAP))).status).toBe(409);
    expect((await post(app, "/bootstrap", bearer("wrong"))).status).toBe(401);
  });
});

describe("/keys", () => {
  let app: ReturnType<typeof createApp>;
  let admin: string;
  beforeAll(async () => {
    ({ app } = await fresh(BOOTSTRAP));
    admin = ((await (await post(app, "/bootstrap", bearer(BOOTSTRAP))).json()) as { secret: string }).secret;
  });

  it("lets an admin create, list and revoke keys; a unit key needs its unit", async () => {
    const made = await post(app, "/keys", bearer(admin), { role: "unit", unit: "省交通運輸廳", label: "roads" });
    expect(made.status).toBe(201);
    const { key, secret } = (await made.json()) as { key: { id: string }; secret: string };
    expect(key).toMatchObject({ role: "unit", unit: "省交通運輸廳", label: "roads", revokedAt: null });
    expect((await app.request("/plans", { headers: bearer(secret) })).status).toBe(200);

    const listed = (await (await app.request("/keys", { headers: bearer(admin) })).json()) as { items: { id: string }[] };
    expect(listed.items.map((k) => k.id)).toContain(key.id);
    expect(JSON.stringify(listed)).not.toContain(secret);

    expect((await app.request(`/keys/${key.id}`, { method: "DELETE", headers: bearer(admin) })).status).toBe(204);
    expect((await app.request("/plans", { headers: bearer(secret) })).status).toBe(401);
    const twice = await app.request(`/keys/${key.id}`, { method: "DELETE", headers: bearer(admin) });
    expect([twice.status, await code(twice)]).toEqual([404, "request.not-found"]);
  });

  it("refuses bad key requests with 400 naming the field, and non-admin keys with 403", async () => {
    for (const [body, field] of [
      [{ role: "unit" }, "unit"],
      [{ role: "viewer", unit: "省交通運輸廳" }, "unit"],
      [{ role: "owner" }, "role"],
      [{ role: "viewer", extra: 1 }, "extra"],
    ] as const) {
      const res = await post(app, "/keys", bearer(admin), body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(field);
    }
    const viewer = ((await (await post(app, "/keys", bearer(admin), { role: "viewer" })).json()) as { secret: string }).secret;
    const res = await post(app, "/keys", bearer(viewer), { role: "admin" });
    expect([res.status, await code(res)]).toEqual([403, "auth.forbidden"]);
    expect((await app.request("/keys", { headers: bearer(viewer) })).status).toBe(403);
  });
});
