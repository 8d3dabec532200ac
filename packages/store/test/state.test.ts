// The database state /metrics reports: read over an open database, and an unreachable one is a
// state (reachable: false) rather than an error, naming no credentials.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { expect, it } from "vitest";
import { MIGRATIONS, migrate } from "../src/index.js";
import { openKysely } from "../src/node.js";
import { readDatabaseState } from "../src/state.js";

it("reads the engine, the last migration and the counts of a SQLite file", async () => {
  const target = { engine: "sqlite", location: join(mkdtempSync(join(tmpdir(), "plan-state-")), "plan.db") } as const;
  const db = await openKysely(target);
  await migrate(db as Kysely<unknown>);
  expect(await readDatabaseState(db, target)).toEqual({ engine: "sqlite", reachable: true, migration: MIGRATIONS.at(-1), plans: 0, reports: 0 });
  await db.destroy();
});

it("reports a PostgreSQL server that does not answer as unreachable, without its password", async () => {
  const target = { engine: "postgres", location: "postgres://plan:pa55word@127.0.0.1:1/plan" } as const;
  const db = await openKysely(target);
  const state = await readDatabaseState(db, target);
  expect(state).toMatchObject({ engine: "postgres", reachable: false, migration: null, plans: null, reports: null });
  expect(state.error).toBeTruthy();
  expect(state.error).not.toContain("pa55word");
  await db.destroy();
});
