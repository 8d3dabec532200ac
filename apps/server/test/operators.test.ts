// What an operator sees of the built Node entry (and of `plan serve`, the same server): one JSON
// line per request on stdout with no secret in it, /metrics for an admin key, /docs served whole.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@plan/store/node";
import { afterEach, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const cli = fileURLToPath(new URL("../../../packages/cli/dist/bin.js", import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGTERM");
  child = undefined;
});

const start = async (args: string[], env: Record<string, string>) => {
  child = spawn(process.execPath, args, { env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (chunk) => (out += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 15_000);
    child!.stdout!.on("data", () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  // The request lines: every stdout line that is a JSON object.
  const lines = () =>
    out
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { url, lines, out: () => out };
};

// Lines are written as each response is made; wait for as many as were asked for.
const waitFor = async <T>(lines: () => T[], count: number): Promise<T[]> => {
  while (lines().length < count) await new Promise((resolve) => setTimeout(resolve, 20));
  return lines();
};

const keysIn = async (db: string) => {
  const store = serviceClient(await openStore(db, {}));
  const admin = await store.insertKey("admin", null, "ops", "test");
  const viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
  await store.close();
  return { admin: admin.secret, adminId: admin.key.id, viewer };
};

for (const [name, args] of [
  ["apps/server", [main]],
  ["plan serve", [cli, "serve", "--port", "0"]],
] as const) {
  it(`${name}: logs one JSON line per request, without secrets, and serves /metrics to admins`, async () => {
    const db = join(mkdtempSync(join(tmpdir(), "plan-ops-server-")), "plan.db");
    const keys = await keysIn(db);
    const { url, lines } = await start([...args], { PLAN_DB: db });
    const asked = [
      await fetch(`${url}/health`),
      await fetch(`${url}/plans?token=hunter2`, { headers: { authorization: `Bearer ${keys.viewer}` } }),
      await fetch(`${url}/plans`, { headers: { authorization: "Bearer wrong-s3cret" } }),
      await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${keys.viewer}` } }),
      // An answer in Chinese: its size in bytes is not its length in characters.
      await fetch(`${url}/plans/${encodeURIComponent("\u4E0D\u5B58\u5728")}`, { headers: { authorization: `Bearer ${keys.viewer}` } }),
      await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${keys.admin}` } }),
    ];
    const sizes = await Promise.all(asked.map(async (r) => (await r.clone().arrayBuffer()).byteLength));
    const metrics = await asked.at(-1)!.text();
    const logged = await waitFor(lines, asked.length);
    expect(logged).toHaveLength(asked.length);
    expect(logged.map((l) => [l.method, l.path, l.status])).toEqual([
      ["GET", "/health", 200],
      ["GET", "/plans", 200],
      ["GET", "/plans", 401],
      ["GET", "/metrics", 403],
      ["GET", "/plans/\u4E0D\u5B58\u5728", 404],
      ["GET", "/metrics", 200],
    ]);
    expect(logged.map((l) => l.requestId)).toEqual(asked.map((r) => r.headers.get("x-request-id")));
    // The size as sent: on Node, learnt from what the response was made with.
    expect(logged.map((l) => l.bytes)).toEqual(sizes);
    expect(logged.at(-1)!.keyId).toBe(keys.adminId);
    for (const line of logged) expect(typeof line.durationMs === "number" && typeof line.bytes === "number" && typeof line.time === "string").toBe(true);
    const text = JSON.stringify(logged);
    for (const secret of [keys.admin, keys.viewer, "wrong-s3cret", "hunter2", "Bearer"]) expect(text).not.toContain(secret);

    expect(metrics).toContain('plan_database_up{engine="sqlite"} 1');
    expect(metrics).toMatch(/^plan_plans 0$/m);
    expect(metrics).toMatch(/^plan_http_requests_total\{method="GET",route="\/plans",status="2xx"\} 1$/m);
    expect(metrics).toMatch(/^plan_http_requests_total\{method="GET",route="\/plans",status="4xx"\} 1$/m);
  });
}
