// Opens a Kysely connection for an engine: a SQLite file (better-sqlite3) or PostgreSQL (pg).
// Each driver is loaded when its engine is opened, never before: a PostgreSQL deployment runs
// without better-sqlite3's native build installed, and a SQLite one never loads pg.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { setBounded } from "../bounded.js";
import type { Database } from "../schema.js";
import type { DatabaseTarget } from "./url.js";

/** Imports an engine's driver, or fails naming the package and how to get it. */
const loadDriver = async <T>(name: string, engine: string, load: () => Promise<{ default: T }>): Promise<T> => {
  try {
    return (await load()).default;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new Error(`the ${engine} engine needs the ${name} package, which is not installed: install it beside @plan/store (npm install ${name})`);
  }
};

/** A Kysely instance over the engine a target names; loads that engine's driver only. */
export const openKysely = async (target: DatabaseTarget): Promise<Kysely<Database>> => {
  if (target.engine === "postgres") {
    const pg = await loadDriver("pg", "PostgreSQL", () => import("pg"));
    // A small pool: the CLI runs one command at a time, the server a handful of requests.
    const pool = new pg.Pool({ connectionString: target.location, max: 10, connectionTimeoutMillis: 10_000 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const Sqlite = await loadDriver("better-sqlite3", "SQLite", () => import("better-sqlite3"));
  if (target.location !== ":memory:") mkdirSync(dirname(target.location), { recursive: true });
  const sqlite = new Sqlite(target.location, { timeout: 5_000 });
  // WAL lets readers work while a writer writes; foreign keys are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
};

// Kysely asks better-sqlite3 to prepare every statement it runs; preparing costs more than running
// a point query. The same SQL text gets the same prepared statement back (kysely runs each to its
// end before the next, and never streams here). Bounded: `in (?, ?, …)` lists make new texts.
const reusingStatements = (sqlite: SqliteDatabase.Database) => {
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = prepared.get(sql);
      if (statement === undefined) {
        statement = sqlite.prepare(sql);
        setBounded(prepared, sql, statement, 500);
      }
      return statement;
    },
  };
};
