// The built worker in workerd (Miniflare) with a local D1, through the same API suite as the app in
// Node: every route family, the access rules, bad input, idempotency, ETags, CORS, OpenAPI.
import { fileURLToPath } from "node:url";
import { openD1Store } from "@plan/store/d1";
import { Miniflare } from "miniflare";
import { afterAll, describe } from "vitest";
import { apiSuite } from "../../../packages/api/test/suite.js";

const mf = new Miniflare({
  modules: true,
  scriptPath: fileURLToPath(new URL("../dist/worker.js", import.meta.url)),
  compatibilityDate: "2025-09-01",
  compatibilityFlags: ["nodejs_compat"],
  d1Databases: { DB: "plan" },
  bindings: { CORS_ORIGINS: "https://office.example", MAX_BODY_BYTES: String(256 * 1024) },
});
afterAll(() => mf.dispose());

// Miniflare has its own fetch classes: the request is handed over as bytes and plain headers, so
// that a multipart upload keeps its body and boundary.
const plain = (headers: { forEach(fn: (value: string, name: string) => void): void }) => {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
};
const request = async (path: string, init: RequestInit): Promise<Response> => {
  const req = new Request(`http://plan.test${path}`, init);
  const body = req.body === null ? undefined : new Uint8Array(await req.arrayBuffer());
  const res = await mf.dispatchFetch(req.url, { method: req.method, headers: plain(req.headers), ...(body ? { body } : {}) });
  const bytes = await res.arrayBuffer();
  return new Response(res.status === 204 || res.status === 304 ? null : bytes, { status: res.status, headers: plain(res.headers) });
};

describe("the worker on D1", () => {
  // Keys are made on the same D1 database from Node, as an operator's script would.
  apiSuite({ engine: "d1", request, openStore: async () => openD1Store(await mf.getD1Database("DB")) });
});
