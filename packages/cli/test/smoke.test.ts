// The built binary in processes of its own, once for each family of commands. The other tests run
// main in this process (run-plan.ts); these check what they skip: that bin.ts gives main the
// process's arguments, streams, environment and working folder, and exits with its code. The
// terminal (lifecycle.test.ts) and a process killed mid-import (supervise.test.ts) spawn it too.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Plan } from "@plan/domain";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
// This process's environment without the developer's settings of plan: each test gives its own.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PLAN_") && name !== "DATABASE_URL"));

const plan = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) => {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: options.cwd, env: { ...env, PLAN_LANG: "en", ...options.env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

// Process starts take seconds each on a busy machine.
describe("the plan binary", { timeout: 120_000 }, () => {
  it("reads a plan: the Plan as JSON and nothing else; a missing file is one line and exit 2", () => {
    const parsed = plan(["parse", seed, "--json"]);
    expect(parsed).toMatchObject({ code: 0, stderr: "" });
    expect(Plan.parse(JSON.parse(parsed.stdout)).tasks).toHaveLength(33);
    expect(plan(["parse", join(tmpdir(), "plan-smoke-missing.txt")])).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/^plan: .*plan-smoke-missing\.txt: no such file\n$/) });
  });

  it("takes files and its database from the working folder (./.plan/plan.db, or PLAN_DB)", () => {
    const home = mkdtempSync(join(tmpdir(), "plan-smoke-"));
    copyFileSync(seed, join(home, "seed.txt"));
    const imported = plan(["import", "seed.txt"], { cwd: home });
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^plan_[0-9a-f]{16}\n$/), stderr: "seed.txt: 33 tasks\n" });
    expect(existsSync(join(home, ".plan", "plan.db"))).toBe(true);
    // Another process, another database: PLAN_DB's, from the same folder; the plan's id is the same.
    const again = plan(["import", "seed.txt", "--json"], { cwd: home, env: { PLAN_DB: "elsewhere.db" } });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject([{ created: true, plan: { id: imported.stdout.trim() } }]);
    expect(existsSync(join(home, "elsewhere.db"))).toBe(true);
  });

  it("makes a key, and serves the API with it from the working folder's database until SIGTERM", async () => {
    const home = mkdtempSync(join(tmpdir(), "plan-smoke-serve-"));
    const created = plan(["keys", "create", "--role", "viewer", "--db", "keys.db"], { cwd: home });
    expect(created).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\S+\n$/), stderr: expect.stringMatching(/^created key_\S+ \(viewer\)/) });
    const secret = created.stdout.trim();

    const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--db", "keys.db"], { cwd: home, env: { ...env, PLAN_LANG: "en" }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 60_000);
        child.stdout.on("data", () => {
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      const plans = await fetch(`${url}/plans`, { headers: { authorization: `Bearer ${secret}` } });
      expect(plans.status).toBe(200);
      expect((await fetch(`${url}/plans`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(out).toContain("SIGTERM: finishing in-flight requests, then closing the database");
  });
});
