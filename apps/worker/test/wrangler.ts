// Runs this package's wrangler as an operator would, without an account or the network: local D1
// state in a directory of the test's own, no metrics, no prompts.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const workerDir = fileURLToPath(new URL("..", import.meta.url));

/** The D1 database wrangler.toml names (wrangler keys local state by its id). */
export const DATABASE_ID = /^database_id\s*=\s*"([^"]+)"/m.exec(readFileSync(join(workerDir, "wrangler.toml"), "utf8"))![1]!;

/** Where wrangler --persist-to <dir> keeps local D1 databases, for Miniflare's d1Persist. */
export const d1PersistOf = (dir: string) => join(dir, "v3", "d1");

export const wrangler = (args: readonly string[]) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      join(workerDir, "node_modules", ".bin", "wrangler"),
      [...args],
      { cwd: workerDir, env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) || 1 : 0, output: `${stdout}${stderr}` }),
    );
  });
