// The audit log: one row for every write, with who did it.

import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";

type Db = Kysely<Database> | Transaction<Database>;

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly planId: string | null;
  readonly entity: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export const recordAudit = async (db: Db, entry: AuditEntry): Promise<void> => {
  await db
    .insertInto("audit")
    .values({ id: entry.id, at: entry.at, actor: entry.actor, action: entry.action, plan_id: entry.planId, entity: entry.entity, details: JSON.stringify(entry.details) })
    .execute();
};

export const listAudit = async (db: Db, planId?: string): Promise<AuditEntry[]> => {
  let query = db.selectFrom("audit").selectAll();
  if (planId !== undefined) query = query.where("plan_id", "=", planId);
  const rows = await query.orderBy("at").orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, planId: r.plan_id, entity: r.entity, details: JSON.parse(r.details) as Record<string, unknown> }));
};
