-- Generated from @plan/store's migration 0003_list_pages by `pnpm --filter @plan/worker migrations`: do not edit.
-- Safe to apply to a database the app has already migrated (see scripts/migration-sql.ts).

create index if not exists "plans_page" on "plans" ("imported_at", "id");
create index if not exists "progress_page" on "progress" ("plan_id", "reported_at", "id");
create index if not exists "progress_task_page" on "progress" ("plan_id", "task_id", "reported_at", "id");
create index if not exists "progress_unit_page" on "progress" ("plan_id", "unit", "reported_at", "id");
drop index if exists "progress_unit";
insert or ignore into "kysely_migration" ("name", "timestamp") values ('0003_list_pages', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
