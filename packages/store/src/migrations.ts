// Versioned migrations, applied in order and recorded by kysely's Migrator. Never edit a
// shipped migration: add the next one.

import { type Kysely, Migrator, type Migration, type MigrationProvider } from "kysely";

const migrations: Record<string, Migration> = {
  "0001_initial": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("plans")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("year", "integer")
        .addColumn("cadence", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("imported_at", "text", (c) => c.notNull())
        .addColumn("revision_of", "text")
        .addColumn("document", "text", (c) => c.notNull())
        .addColumn("status_doc", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("tasks")
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("number", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("area", "text")
        .addColumn("deadline_date", "text")
        .addColumn("deadline_text", "text")
        .addPrimaryKeyConstraint("tasks_pk", ["plan_id", "id"])
        .execute();
      await db.schema
        .createTable("task_units")
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("task_id", "text", (c) => c.notNull())
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("task_units_pk", ["plan_id", "task_id", "seq"])
        .execute();
      await db.schema
        .createTable("targets")
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("task_id", "text", (c) => c.notNull())
        .addColumn("idx", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("metric", "text", (c) => c.notNull())
        .addColumn("value", "double precision", (c) => c.notNull())
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("comparator", "text", (c) => c.notNull())
        .addColumn("ambition", "text", (c) => c.notNull())
        .addColumn("deadline_date", "text")
        .addColumn("deadline_text", "text")
        .addColumn("baseline", "double precision", (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint("targets_pk", ["plan_id", "task_id", "idx"])
        .execute();
      await db.schema
        .createTable("milestones")
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("task_id", "text", (c) => c.notNull())
        .addColumn("idx", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("deadline_date", "text")
        .addColumn("deadline_text", "text")
        .addPrimaryKeyConstraint("milestones_pk", ["plan_id", "task_id", "idx"])
        .execute();
      await db.schema
        .createTable("units")
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("grp", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("units_pk", ["plan_id", "name"])
        .execute();
      await db.schema
        .createTable("progress")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("task_id", "text", (c) => c.notNull())
        .addColumn("target_idx", "integer", (c) => c.notNull())
        .addColumn("milestone_idx", "integer", (c) => c.notNull())
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("period", "text", (c) => c.notNull())
        .addColumn("period_start", "text", (c) => c.notNull())
        .addColumn("period_end", "text", (c) => c.notNull())
        .addColumn("value", "double precision")
        .addColumn("status", "text")
        .addColumn("note", "text", (c) => c.notNull())
        .addColumn("evidence", "text", (c) => c.notNull())
        .addColumn("reported_by", "text", (c) => c.notNull())
        .addColumn("reported_at", "text", (c) => c.notNull())
        .addColumn("carried_from", "text")
        .execute();
      await db.schema.createIndex("progress_history").on("progress").columns(["plan_id", "task_id", "target_idx", "milestone_idx", "period_end", "reported_at"]).execute();
      await db.schema.createIndex("progress_unit").on("progress").columns(["plan_id", "unit"]).execute();
      // The latest report per target, milestone and task, kept with every write, so that status
      // as of now reads one row per item however long the history grows.
      await db.schema
        .createTable("progress_latest")
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
        .addColumn("task_id", "text", (c) => c.notNull())
        .addColumn("target_idx", "integer", (c) => c.notNull())
        .addColumn("milestone_idx", "integer", (c) => c.notNull())
        .addColumn("report_id", "text", (c) => c.notNull())
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("period", "text", (c) => c.notNull())
        .addColumn("period_start", "text", (c) => c.notNull())
        .addColumn("period_end", "text", (c) => c.notNull())
        .addColumn("value", "double precision")
        .addColumn("status", "text")
        .addColumn("reported_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("progress_latest_pk", ["plan_id", "task_id", "target_idx", "milestone_idx"])
        .execute();
      await db.schema
        .createTable("audit")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("plan_id", "text")
        .addColumn("entity", "text", (c) => c.notNull())
        .addColumn("details", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("audit_plan").on("audit").columns(["plan_id", "at"]).execute();
    },
  },
};

migrations["0002_api_keys_and_idempotency"] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("api_keys")
      .addColumn("id", "text", (c) => c.primaryKey())
      // SHA-256 of the secret: the secret itself is shown once and never stored.
      .addColumn("hash", "text", (c) => c.notNull().unique())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("unit", "text")
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createTable("idempotency")
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("request_hash", "text", (c) => c.notNull())
      .addColumn("result_id", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("idempotency_pk", ["actor", "key"])
      .execute();
  },
};

// Lists read one page by keyset (WHERE (k1, k2) > (…) ORDER BY k1, k2 LIMIT n + 1): each order
// a list is read in gets an index that serves its filter and its order, so a page costs the same
// however many rows come before it. progress_unit is a prefix of progress_unit_page.
migrations["0003_list_pages"] = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex("plans_page").on("plans").columns(["imported_at", "id"]).execute();
    await db.schema.createIndex("progress_page").on("progress").columns(["plan_id", "reported_at", "id"]).execute();
    await db.schema.createIndex("progress_task_page").on("progress").columns(["plan_id", "task_id", "reported_at", "id"]).execute();
    await db.schema.createIndex("progress_unit_page").on("progress").columns(["plan_id", "unit", "reported_at", "id"]).execute();
    await db.schema.dropIndex("progress_unit").execute();
  },
};

// The office's supervision: its review of reports (a table of its own, so that reports stay
// append-only and the migration needs no ALTER TABLE, which D1's migration files cannot repeat
// harmlessly; a returned report is left out of progress_latest, so status never counts it),
// units' extension requests and the office's decisions, and each task's close-out (办结).
migrations["0004_supervision"] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("reviews")
      .addColumn("report_id", "text", (c) => c.primaryKey().references("progress.id").onDelete("cascade"))
      .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("reason", "text")
      .addColumn("reviewed_by", "text", (c) => c.notNull())
      .addColumn("reviewed_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("reviews_plan").on("reviews").columns(["plan_id", "state", "reviewed_at"]).execute();
    await db.schema
      .createTable("extensions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
      .addColumn("task_id", "text", (c) => c.notNull())
      .addColumn("target_idx", "integer", (c) => c.notNull())
      .addColumn("milestone_idx", "integer", (c) => c.notNull())
      .addColumn("unit", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("from_date", "text")
      .addColumn("to_date", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("requested_by", "text", (c) => c.notNull())
      .addColumn("requested_at", "text", (c) => c.notNull())
      .addColumn("decided_by", "text")
      .addColumn("decided_at", "text")
      .addColumn("note", "text", (c) => c.notNull())
      .execute();
    // A plan's extensions in the order asked, and the approved ones status reads for many plans.
    await db.schema.createIndex("extensions_plan").on("extensions").columns(["plan_id", "requested_at", "id"]).execute();
    await db.schema
      .createTable("closures")
      .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
      .addColumn("task_id", "text", (c) => c.notNull())
      .addColumn("closed_by", "text", (c) => c.notNull())
      .addColumn("closed_at", "text", (c) => c.notNull())
      .addColumn("reopened_by", "text")
      .addColumn("reopened_at", "text")
      .addColumn("note", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("closures_pk", ["plan_id", "task_id"])
      .execute();
  },
};

// A plan list says which plan supersedes each (the latest that revises it), and deleting a plan
// finds the plans that revise it: both look plans up by revision_of.
migrations["0005_plan_lifecycle"] = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex("plans_revision").on("plans").columns(["revision_of", "imported_at"]).execute();
  },
};

// One report per item, unit and period unless replaced, on every engine under concurrency: each
// write claims its place after the latest report its writer saw (a unique key, report_claims), so
// of two writers that saw the same history one fails and tries again, and then sees the other's
// report. The lookup of an item's reports is one index, covering it to its order, so a write costs
// the same after 50,000 reports as after none.
migrations["0006_report_slot"] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("report_claims")
      .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id").onDelete("cascade"))
      .addColumn("task_id", "text", (c) => c.notNull())
      .addColumn("target_idx", "integer", (c) => c.notNull())
      .addColumn("milestone_idx", "integer", (c) => c.notNull())
      .addColumn("unit", "text", (c) => c.notNull())
      .addColumn("period", "text", (c) => c.notNull())
      .addColumn("after_report", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("report_claims_pk", ["plan_id", "task_id", "target_idx", "milestone_idx", "unit", "period", "after_report"])
      .execute();
    await db.schema.createIndex("progress_slot").on("progress").columns(["plan_id", "task_id", "target_idx", "milestone_idx", "unit", "period", "reported_at", "id"]).execute();
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every migration not yet applied; returns the names applied now. */
export const migrate = async (db: Kysely<unknown>): Promise<string[]> => {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
};

export const MIGRATIONS = Object.keys(migrations);
