// The README's SDK walk-through, run as written against a real server: its script must work and
// print what the README shows (but for the new report's id, which is random).
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");
const block = (opening: string) => {
  const start = readme.indexOf(opening);
  expect(start, `README has a block opening with ${opening}`).toBeGreaterThan(-1);
  return readme.slice(start, readme.indexOf("```", start));
};
// Inside the package, so that the script's import of @plan/sdk resolves to this package's build.
const work = mkdtempSync(join(fileURLToPath(new URL("..", import.meta.url)), ".readme-"));
let server: RunningServer;

beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), "plan-readme-")), "plan.db");
  const store = serviceClient(await openStore(db, {}));
  for (const [file, role, unit] of [
    ["admin", "admin", null],
    ["roads", "unit", "省交通運輸廳"],
    ["viewer", "viewer", null],
  ] as const)
    writeFileSync(join(work, `${file}.key`), `${(await store.insertKey(role, unit, file, "readme")).secret}\n`);
  await store.close();
  server = await startServer({ port: 0, db, env: {} });
  mkdirSync(join(work, "seeds"));
  symlinkSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), join(work, "seeds", "jiangxi-gannan-soviet-area-2016.zh-Hant.txt"));
});
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

it("runs try.mjs as the README shows it", async () => {
  // The README's server listens on 8787; this one on a free port.
  writeFileSync(join(work, "try.mjs"), block("// try.mjs").replaceAll("http://127.0.0.1:8787", server.url));
  // Asynchronously: the server answering it runs in this process.
  const { stdout: printed } = await promisify(execFile)(process.execPath, ["try.mjs"], { cwd: work, encoding: "utf8" });
  const shown = block("$ node try.mjs").split("\n").slice(1).join("\n");
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  expect(printed.replace(uuid, "<id>").trim()).toBe(shown.replace(uuid, "<id>").trim());
});
