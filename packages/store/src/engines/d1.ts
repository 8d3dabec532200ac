// A kysely dialect for Cloudflare D1. D1 has no interactive transactions, so a transaction here
// runs its reads at once and collects its writes, which commit together in one D1 batch (atomic:
// all or nothing). Reads inside a transaction therefore see the database as it was before it.

import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  type QueryResult,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type SchemaMetadata,
  SqliteAdapter,
  SqliteQueryCompiler,
  type TableMetadata,
  sql,
} from "kysely";
import type { Database } from "../schema.js";

/** The part of a D1Database binding this dialect uses. */
export interface D1Like {
  prepare(sql: string): D1StatementLike;
  batch(statements: D1StatementLike[]): Promise<unknown[]>;
}
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all(): Promise<{ results?: unknown[]; meta?: { changes?: number; last_row_id?: number } }>;
}

const WRITES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode"]);
const isWrite = (query: CompiledQuery) => WRITES.has(query.query.kind) || (query.query.kind === "RawNode" && /^\s*(insert|update|delete)\b/i.test(query.sql));

class D1Connection implements DatabaseConnection {
  /** Writes collected by the open transaction, if any. */
  pending: D1StatementLike[] | null = null;
  constructor(private readonly d1: D1Like) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.d1.prepare(query.sql).bind(...query.parameters);
    if (this.pending && isWrite(query)) {
      this.pending.push(statement);
      return { rows: [] };
    }
    const result = await statement.all();
    return {
      rows: (result.results ?? []) as R[],
      numAffectedRows: BigInt(result.meta?.changes ?? 0),
      ...(result.meta?.last_row_id ? { insertId: BigInt(result.meta.last_row_id) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: D1 has no cursor; the driver interface asks for a generator all the same.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("D1 does not stream query results");
  }
}

class D1Driver implements Driver {
  constructor(private readonly d1: D1Like) {}
  async init() {}
  async acquireConnection() {
    return new D1Connection(this.d1);
  }
  async beginTransaction(connection: D1Connection) {
    connection.pending = [];
  }
  async commitTransaction(connection: D1Connection) {
    const writes = connection.pending ?? [];
    connection.pending = null;
    if (writes.length > 0) await this.d1.batch(writes);
  }
  async rollbackTransaction(connection: D1Connection) {
    connection.pending = null;
  }
  async releaseConnection() {}
  async destroy() {}
}

export class D1Dialect implements Dialect {
  constructor(private readonly d1: D1Like) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver() {
    return new D1Driver(this.d1);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new D1Introspector(db);
  }
}

/** Kysely's SQLite introspector reads every table, and D1 refuses reads of its own (_cf_…). */
class D1Introspector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}
  async getSchemas(): Promise<SchemaMetadata[]> {
    return [];
  }
  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string; type: string }>`select name, type from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%' and name not like '_cf_%'`.execute(
      this.db,
    );
    const tables: TableMetadata[] = [];
    for (const { name, type } of rows) {
      const columns = await sql<{ name: string; type: string; notnull: number; dflt_value: unknown }>`select name, type, "notnull", dflt_value from pragma_table_info(${name})`.execute(this.db);
      tables.push({
        name,
        isView: type === "view",
        columns: columns.rows.map((c) => ({ name: c.name, dataType: c.type, isNullable: !c.notnull, isAutoIncrementing: false, hasDefaultValue: c.dflt_value != null })),
      });
    }
    return tables;
  }
  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

export const openD1Kysely = (d1: D1Like): Kysely<Database> => new Kysely<Database>({ dialect: new D1Dialect(d1) });
