// The store's migrations as the .sql files `wrangler d1 migrations apply` runs, one per migration.
//
// Why generated: the store migrates itself on first use (kysely's Migrator, recorded in the
// kysely_migration table), and wrangler applies the files in migrations/ (recorded in its own
// d1_migrations table). Both must agree, whichever runs first, so each file is made by running the
// store's own migrations on a local D1 and recording what they execute:
//   - every schema statement is written in its "if not exists" / "if exists" form, so a file whose
//     migration the app has already applied changes nothing;
//   - every file ends with the kysely_migration row of its migration, so the app finds it applied
//     and does not run it again.
// A migration statement with no such form (ALTER TABLE, data changes) stops the generator: write
// that migration so it can be applied twice, or teach this file how, rather than ship files that
// fail on a database the app has migrated. migrations.test.ts fails when the committed files differ.

import { MIGRATIONS, migrate } from "@plan/store";
import { type D1Like, openD1Kysely } from "@plan/store/d1";
import { Miniflare } from "miniflare";

export interface MigrationFile {
  /** The store migration's name, as kysely_migration records it. */
  readonly name: string;
  /** The file name in migrations/: wrangler applies them in this order. */
  readonly file: string;
  readonly sql: string;
}

interface Executed {
  readonly sql: string;
  readonly params: readonly unknown[];
}

const HEADER = (name: string) =>
  `-- Generated from @plan/store's migration ${name} by \`pnpm --filter @plan/worker migrations\`: do not edit.\n` +
  `-- Safe to apply to a database the app has already migrated (see scripts/migration-sql.ts).\n`;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

// The same statement, changing nothing when what it makes is already there (or already gone).
const idempotent = (statement: string, migration: string): string => {
  const s = statement.trim();
  if (/^create (table|(unique )?index) if not exists /i.test(s)) return s;
  const created = s.replace(/^create (table|(unique )?index) /i, (m) => `${m}if not exists `);
  if (created !== s) return created;
  const dropped = s.replace(/^drop (table|index) /i, (m) => `${m}if exists `);
  if (dropped !== s) return dropped;
  throw new Error(`migration ${migration}: cannot write "${s.slice(0, 80)}" so that applying it twice is harmless; see apps/worker/scripts/migration-sql.ts`);
};

/** Runs the store's migrations on an empty local D1 and returns them as wrangler migration files. */
export const migrationFiles = async (): Promise<MigrationFile[]> => {
  const mf = new Miniflare({ modules: true, script: "export default { fetch: () => new Response('') }", d1Databases: ["DB"], compatibilityDate: "2025-09-01" });
  try {
    const d1 = (await mf.getD1Database("DB")) as unknown as D1Like;
    const executed: Executed[] = [];
    // Records each statement as the D1 dialect binds it (it binds every one), then lets D1 run it.
    const recording: D1Like = {
      prepare: (sql) => {
        const statement = d1.prepare(sql);
        return {
          bind: (...params) => {
            executed.push({ sql, params });
            return statement.bind(...params);
          },
          all: () => statement.all(),
        };
      },
      batch: (statements) => d1.batch(statements),
    };
    await migrate(openD1Kysely(recording) as Parameters<typeof migrate>[0]);
    return split(executed);
  } finally {
    await mf.dispose();
  }
};

// The Migrator's statements come first (its tables, then reads); each migration's statements are
// followed by the insert that records it.
const split = (executed: readonly Executed[]): MigrationFile[] => {
  const bookkeeping: string[] = [];
  const files: MigrationFile[] = [];
  let pending: string[] = [];
  for (const { sql, params } of executed) {
    const s = sql.trim();
    if (/^(select|pragma)\b/i.test(s)) continue;
    if (/^create table if not exists "kysely_migration(_lock)?"/i.test(s)) {
      bookkeeping.push(s);
      continue;
    }
    if (/^insert into "kysely_migration_lock"/i.test(s)) continue;
    if (/^insert into "kysely_migration" /i.test(s)) {
      const name = String(params[0]);
      const statements = [
        ...(files.length === 0 ? [...bookkeeping, `insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0)`] : []),
        ...pending.map((p) => idempotent(p, name)),
        `insert or ignore into "kysely_migration" ("name", "timestamp") values (${literal(name)}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      ];
      files.push({ name, file: `${String(files.length + 1).padStart(4, "0")}_${name.replace(/^\d+_/, "")}.sql`, sql: `${HEADER(name)}\n${statements.map((st) => `${st};`).join("\n")}\n` });
      pending = [];
      continue;
    }
    if (params.length > 0) throw new Error(`a migration runs "${s.slice(0, 80)}" with parameters: the generator cannot write it as a file yet`);
    pending.push(s);
  }
  if (pending.length > 0) throw new Error(`statements after the last recorded migration: ${pending.join("; ").slice(0, 200)}`);
  const names = files.map((f) => f.name);
  if (names.join() !== MIGRATIONS.join()) throw new Error(`recorded migrations ${names.join(", ")} but the store has ${MIGRATIONS.join(", ")}`);
  return files;
};
