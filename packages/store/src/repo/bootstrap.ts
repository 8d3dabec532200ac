// The first admin key of an empty store, made from a deployment's bootstrap secret. It must be
// one-time however requests race, on every engine: D1 runs a transaction's writes as one batch
// and cannot read inside it, so the "no key yet" check lives inside the statements themselves.

import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.js";
import type { AuditEntry } from "./audit.js";
import type { ApiKey } from "./keys.js";

/**
 * Inserts `key` only if api_keys holds no row at all (live or revoked), and its audit entry only
 * if that insert happened: one `INSERT … SELECT … WHERE NOT EXISTS` each, so that the check and
 * the write cannot be split by another request. Whether the key was made is read after commit.
 */
export const insertFirstKey = async (trx: Transaction<Database>, key: ApiKey, hash: string, audit: AuditEntry): Promise<void> => {
  await trx
    .insertInto("api_keys")
    .columns(["id", "hash", "role", "unit", "label", "created_at", "revoked_at"])
    .expression(
      trx
        .selectNoFrom([
          sql<string>`${key.id}`.as("id"),
          sql<string>`${hash}`.as("hash"),
          sql<string>`${key.role}`.as("role"),
          sql<string | null>`${key.unit}`.as("unit"),
          sql<string>`${key.label}`.as("label"),
          sql<string>`${key.createdAt}`.as("created_at"),
          sql<null>`null`.as("revoked_at"),
        ])
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("api_keys").select(sql`1`.as("one"))))),
    )
    .execute();
  await trx
    .insertInto("audit")
    .columns(["id", "at", "actor", "action", "plan_id", "entity", "details"])
    .expression(
      trx
        .selectNoFrom([
          sql<string>`${audit.id}`.as("id"),
          sql<string>`${audit.at}`.as("at"),
          sql<string>`${audit.actor}`.as("actor"),
          sql<string>`${audit.action}`.as("action"),
          sql<string | null>`${audit.planId}`.as("plan_id"),
          sql<string>`${audit.entity}`.as("entity"),
          sql<string>`${JSON.stringify(audit.details)}`.as("details"),
        ])
        .where(({ exists, selectFrom }) => exists(selectFrom("api_keys").select(sql`1`.as("one")).where("id", "=", key.id))),
    )
    .execute();
};

/** True once a key of this id exists. */
export const keyExists = async (db: Pick<Transaction<Database>, "selectFrom">, id: string): Promise<boolean> =>
  (await db.selectFrom("api_keys").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
