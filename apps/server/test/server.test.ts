// The built Node entry as an operator runs it: configured by the environment, stopped by SIGTERM.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

it("serves on PORT with the SQLite file PLAN_DB names, and stops cleanly on SIGTERM", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "plan-server-")), "plan.db");
  const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: "0", PLAN_DB: db }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 15_000);
    child.stdout.on("data", () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: "ok", engine: "sqlite" });
  expect((await fetch(`${url}/plans`)).status).toBe(401);
  expect(existsSync(db)).toBe(true);
  // A request in flight when SIGTERM arrives still gets its answer.
  const inFlight = fetch(`${url}/openapi.json`);
  child.kill("SIGTERM");
  expect((await inFlight).status).toBe(200);
  const code = await new Promise((resolve) => child.on("exit", resolve));
  expect(code).toBe(0);
  expect(out).toContain("SIGTERM: finishing in-flight requests");
  // The database was closed: SQLite folds its write-ahead log back in and removes it.
  expect(existsSync(`${db}-wal`)).toBe(false);
});
