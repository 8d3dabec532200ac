-- Generated from @plan/store's migration 0004_supervision by `pnpm --filter @plan/worker migrations`: do not edit.
-- Safe to apply to a database the app has already migrated (see scripts/migration-sql.ts).

create table if not exists "reviews" ("report_id" text primary key references "progress" ("id") on delete cascade, "plan_id" text not null references "plans" ("id") on delete cascade, "state" text not null, "reason" text, "reviewed_by" text not null, "reviewed_at" text not null);
create index if not exists "reviews_plan" on "reviews" ("plan_id", "state", "reviewed_at");
create table if not exists "extensions" ("id" text primary key, "plan_id" text not null references "plans" ("id") on delete cascade, "task_id" text not null, "target_idx" integer not null, "milestone_idx" integer not null, "unit" text not null, "reason" text not null, "from_date" text, "to_date" text not null, "state" text not null, "requested_by" text not null, "requested_at" text not null, "decided_by" text, "decided_at" text, "note" text not null);
create index if not exists "extensions_plan" on "extensions" ("plan_id", "requested_at", "id");
create table if not exists "closures" ("plan_id" text not null references "plans" ("id") on delete cascade, "task_id" text not null, "closed_by" text not null, "closed_at" text not null, "reopened_by" text, "reopened_at" text, "note" text not null, constraint "closures_pk" primary key ("plan_id", "task_id"));
insert or ignore into "kysely_migration" ("name", "timestamp") values ('0004_supervision', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
