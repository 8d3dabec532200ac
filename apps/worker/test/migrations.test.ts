// migrations/*.sql and the store's own migrator agree: the files are what the store's migrations
// generate today, wrangler applies them, and the app then finds nothing left to do — and applying
// them to a database the app migrated first changes nothing.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MIGRATIONS, migrate } from "@plan/store";
import { type D1Like, openD1Kysely, openD1Store } from "@plan/store/d1";
import { Miniflare } from "miniflare";
import { expect, it } from "vitest";
import { migrationFiles } from "../scripts/migration-sql.js";
import { DATABASE_ID, d1PersistOf, workerDir, wrangler } from "./wrangler.js";
import { serviceClient } from "@plan/store/testing";

const local = (dir: string) =>
  new Miniflare({ modules: true, script: "export default { fetch: () => new Response('') }", compatibilityDate: "2025-09-01", d1Databases: { DB: DATABASE_ID }, d1Persist: d1PersistOf(dir) });
const rows = async (d1: D1Like, sql: string) => ((await d1.prepare(sql).bind().all()).results ?? []) as Record<string, unknown>[];
const SCHEMA = "select type, name from sqlite_master where name not like 'sqlite_%' and name not like '_cf_%' and name <> 'd1_migrations' order by type, name";

it("commits the files the store's migrations generate (pnpm --filter @plan/worker migrations)", async () => {
  const dir = join(workerDir, "migrations");
  const committed = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  const generated = await migrationFiles();
  expect(committed).toEqual(generated.map((f) => f.file));
  for (const f of generated) expect(readFileSync(join(dir, f.file), "utf8"), `${f.file} is stale: run pnpm --filter @plan/worker migrations`).toBe(f.sql);
  expect(generated.map((f) => f.name)).toEqual(MIGRATIONS);
});

it("leaves the app nothing to migrate after wrangler applied the files", async () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-d1-"));
  const applied = await wrangler(["d1", "migrations", "apply", "plan", "--local", "--persist-to", dir]);
  expect(applied.output).toContain("0001_initial.sql");
  expect(applied.code).toBe(0);
  const mf = local(dir);
  try {
    const d1 = (await mf.getD1Database("DB")) as unknown as D1Like;
    expect((await rows(d1, "select name from kysely_migration order by name")).map((r) => r.name)).toEqual(MIGRATIONS);
    expect(await migrate(openD1Kysely(d1) as Parameters<typeof migrate>[0])).toEqual([]);
  } finally {
    await mf.dispose();
  }
});

it("applies cleanly to a database the app migrated first, and ends with the same schema", async () => {
  const appFirst = mkdtempSync(join(tmpdir(), "plan-d1-"));
  const wranglerFirst = mkdtempSync(join(tmpdir(), "plan-d1-"));
  const schemaOf = async (dir: string) => {
    const mf = local(dir);
    try {
      return await rows((await mf.getD1Database("DB")) as unknown as D1Like, SCHEMA);
    } finally {
      await mf.dispose();
    }
  };
  let mf = local(appFirst);
  try {
    const store = serviceClient(await openD1Store(await mf.getD1Database("DB")));
    await store.insertKey("admin", null, "made before wrangler ran", "test");
  } finally {
    await mf.dispose();
  }
  const applied = await wrangler(["d1", "migrations", "apply", "plan", "--local", "--persist-to", appFirst]);
  expect(applied.code, applied.output).toBe(0);
  expect((await wrangler(["d1", "migrations", "apply", "plan", "--local", "--persist-to", wranglerFirst])).code).toBe(0);
  expect(await schemaOf(appFirst)).toEqual(await schemaOf(wranglerFirst));
  mf = local(appFirst);
  try {
    const d1 = (await mf.getD1Database("DB")) as unknown as D1Like;
    expect(await rows(d1, "select label from api_keys")).toEqual([{ label: "made before wrangler ran" }]);
    expect((await rows(d1, "select name from kysely_migration order by name")).map((r) => r.name)).toEqual(MIGRATIONS);
  } finally {
    await mf.dispose();
  }
});
