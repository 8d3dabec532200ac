// The Worker's settings, read by the same parser as the Node server's (without the PLAN_ prefix),
// in workerd (Miniflare). A Worker cannot refuse to start: with a bad value every request is
// answered 503 server.misconfigured naming each bad setting (never a secret's value), and a log
// line says so, until the settings are fixed; no request runs without the limit it was meant to
// have (MAX_BODY_BYTES=abc once dropped the body limit: a 6 MiB POST got 401 instead of 413).
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_SETTINGS } from "../../../packages/api/test/fixtures/bad-settings.js";

// The settings a Worker reads: all but the reading's time and heap, which only a Node server has.
const WORKER_SETTINGS = Object.keys(BAD_SETTINGS).filter((name) => !name.startsWith("READ_"));

let logged = "";
const collect = (stream: Readable) => stream.on("data", (chunk: Buffer) => void (logged += chunk.toString("utf8")));
let mf: Miniflare;
let url: URL;
const options = (bindings: Record<string, string>) => ({
  modules: true,
  scriptPath: fileURLToPath(new URL("../dist/worker.js", import.meta.url)),
  compatibilityDate: "2025-09-01",
  compatibilityFlags: ["nodejs_compat"],
  d1Databases: { DB: "plan-settings" },
  bindings,
  host: "127.0.0.1",
  port: 0,
  handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
    collect(stdout);
    collect(stderr);
  },
});

beforeAll(async () => {
  mf = new Miniflare(options(Object.fromEntries(WORKER_SETTINGS.map((name) => [name, BAD_SETTINGS[name]!.value]))));
  url = await mf.ready;
});
afterAll(() => mf.dispose());

interface Refusal {
  error: { code: string; message: string; details: { problems: string[] } };
}

describe("a Worker with bad settings", () => {
  it("answers every request 503, naming each bad setting and logging it, until the settings are fixed", async () => {
    for (const [path, init] of [
      ["/health", {}],
      ["/plans", { method: "POST", body: JSON.stringify({ text: "1.task", name: "x.txt" }), headers: { "content-type": "application/json" } }],
    ] as const) {
      const res = await fetch(new URL(path, url), init);
      expect(res.status).toBe(503);
      const body = (await res.json()) as Refusal;
      expect(body.error.code).toBe("server.misconfigured");
      expect(body.error.details.problems).toHaveLength(WORKER_SETTINGS.length);
      for (const name of WORKER_SETTINGS) {
        const problem = body.error.details.problems.find((p) => p.startsWith(`${name}=`) || p.startsWith(`${name}:`));
        expect(problem, name).toContain(BAD_SETTINGS[name]!.says);
      }
      expect(JSON.stringify(body)).not.toContain(BAD_SETTINGS.BOOTSTRAP_SECRET!.value);
    }
    await expect.poll(() => logged.split("\n").filter((line) => line.includes('"settings refused"')).length).toBeGreaterThanOrEqual(2);
    expect(logged).toContain("MAX_BODY_BYTES=abc");

    // Fixed, it serves again, with the limit it was meant to have (one test: the order matters).
    await mf.setOptions(options({ MAX_BODY_BYTES: String(1024 * 1024) }));
    url = await mf.ready;
    expect((await fetch(new URL("/health", url))).status).toBe(200);
    const big = await fetch(new URL("/plans", url), { method: "POST", body: "x".repeat(2 * 1024 * 1024), headers: { "content-type": "application/json" } });
    expect(big.status).toBe(413);
  });
});
