// Each engine's driver is loaded only when that engine is opened: a PostgreSQL deployment needs no
// better-sqlite3 (a native build), a SQLite one no pg. Checked in child processes where the other
// package cannot be resolved at all.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, inject, it } from "vitest";
import { createDatabase } from "../src/testing.js";

const fixture = fileURLToPath(new URL("./fixtures/open-without.ts", import.meta.url));
const openWithout = (blocked: string, url: string): { engine?: string; plans?: number; error?: string } => {
  const out = execFileSync(process.execPath, ["--import", "tsx", fixture, blocked, url], { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!);
};

it("opens a PostgreSQL store where better-sqlite3 cannot be found", async () => {
  const url = await createDatabase(inject("postgresUrl"), `plan_lazy_${process.pid}`);
  expect(openWithout("better-sqlite3", url)).toEqual({ engine: "postgres", plans: 0 });
});

it("opens a SQLite store where pg cannot be found", () => {
  const file = join(mkdtempSync(join(tmpdir(), "plan-lazy-")), "plan.db");
  expect(openWithout("pg", file)).toEqual({ engine: "sqlite", plans: 0 });
});

it("names the missing package when the engine asked for has no driver", () => {
  const file = join(mkdtempSync(join(tmpdir(), "plan-lazy-")), "plan.db");
  const { error } = openWithout("better-sqlite3", file);
  expect(error).toContain("cannot open the database");
  expect(error).toContain("the SQLite engine needs the better-sqlite3 package, which is not installed");
});
