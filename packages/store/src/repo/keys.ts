// API keys: a random secret shown once, stored as its SHA-256; a role, and for unit keys the unit.

import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";

export type KeyRole = "admin" | "unit" | "viewer";

export interface ApiKey {
  readonly id: string;
  readonly role: KeyRole;
  /** The unit a unit key reports for (a unit name of the plans). */
  readonly unit: string | null;
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** SHA-256 of a secret, with WebCrypto so that it runs in Node and in Workers alike. */
export const hashSecret = async (secret: string): Promise<string> => hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));

export const newSecret = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `plk_${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
};

const toKey = (row: { id: string; role: string; unit: string | null; label: string; created_at: string; revoked_at: string | null }): ApiKey => ({
  id: row.id,
  role: row.role as KeyRole,
  unit: row.unit,
  label: row.label,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

export const insertKey = async (db: Kysely<Database> | Transaction<Database>, key: ApiKey, hash: string): Promise<void> => {
  await db.insertInto("api_keys").values({ id: key.id, hash, role: key.role, unit: key.unit, label: key.label, created_at: key.createdAt, revoked_at: null }).execute();
};

export const listKeys = async (db: Kysely<Database>): Promise<ApiKey[]> =>
  (await db.selectFrom("api_keys").select(["id", "role", "unit", "label", "created_at", "revoked_at"]).orderBy("created_at").execute()).map(toKey);

export const findKeyByHash = async (db: Kysely<Database>, hash: string): Promise<ApiKey | null> => {
  const row = await db.selectFrom("api_keys").select(["id", "role", "unit", "label", "created_at", "revoked_at"]).where("hash", "=", hash).executeTakeFirst();
  return row ? toKey(row) : null;
};

/** Revokes a live key; false when there is none. Reads before writing: on D1 a write inside a transaction reports nothing until it commits. */
export const revokeKey = async (db: Kysely<Database> | Transaction<Database>, id: string, at: string): Promise<boolean> => {
  const live = await db.selectFrom("api_keys").select("id").where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
  if (!live) return false;
  await db.updateTable("api_keys").set({ revoked_at: at }).where("id", "=", id).execute();
  return true;
};
