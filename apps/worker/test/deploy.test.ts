// `wrangler deploy --dry-run` bundles the built worker with wrangler.toml as a deploy would, without
// an account or the network: what `pnpm --filter @plan/worker deploy:check` runs.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { wrangler } from "./wrangler.js";

it("bundles the worker for deployment with its D1 binding and no secret in the config", async () => {
  const out = mkdtempSync(join(tmpdir(), "plan-dry-run-"));
  const { code, output } = await wrangler(["deploy", "--dry-run", "--outdir", out]);
  expect(code, output).toBe(0);
  expect(output).toMatch(/Total Upload: [\d.]+ KiB \/ gzip: [\d.]+ KiB/);
  expect(output).toMatch(/env\.DB \(plan\)\s+D1 Database/);
  expect(output).not.toContain("BOOTSTRAP_SECRET");
  expect(output).toContain("--dry-run: exiting now.");
  expect(existsSync(join(out, "worker.js"))).toBe(true);
});
