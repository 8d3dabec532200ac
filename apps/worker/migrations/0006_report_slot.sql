-- Generated from @plan/store's migration 0006_report_slot by `pnpm --filter @plan/worker migrations`: do not edit.
-- Safe to apply to a database the app has already migrated (see scripts/migration-sql.ts).

create table if not exists "report_claims" ("plan_id" text not null references "plans" ("id") on delete cascade, "task_id" text not null, "target_idx" integer not null, "milestone_idx" integer not null, "unit" text not null, "period" text not null, "after_report" text not null, constraint "report_claims_pk" primary key ("plan_id", "task_id", "target_idx", "milestone_idx", "unit", "period", "after_report"));
create index if not exists "progress_slot" on "progress" ("plan_id", "task_id", "target_idx", "milestone_idx", "unit", "period", "reported_at", "id");
insert or ignore into "kysely_migration" ("name", "timestamp") values ('0006_report_slot', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
