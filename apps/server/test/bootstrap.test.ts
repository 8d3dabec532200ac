// The built Node entry with PLAN_BOOTSTRAP_SECRET: the first admin key over HTTP, once.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

it("makes the first admin key from PLAN_BOOTSTRAP_SECRET once, then refuses", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "plan-server-")), "plan.db");
  const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: "0", PLAN_DB: db, PLAN_BOOTSTRAP_SECRET: "s3cret-for-the-first-key" }, stdio: ["ignore", "pipe", "pipe"] });
  try {
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.on("exit", () => reject(new Error(`exited: ${out}`)));
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
    });
    const bootstrap = (secret: string) => fetch(`${url}/bootstrap`, { method: "POST", headers: { authorization: `Bearer ${secret}` } });
    expect((await bootstrap("wrong")).status).toBe(401);
    const made = await bootstrap("s3cret-for-the-first-key");
    expect(made.status).toBe(201);
    const { secret } = (await made.json()) as { secret: string };
    expect((await fetch(`${url}/keys`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    expect((await bootstrap("s3cret-for-the-first-key")).status).toBe(409);
  } finally {
    child.kill("SIGTERM");
  }
});
