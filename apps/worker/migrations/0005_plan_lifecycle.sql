-- Generated from @plan/store's migration 0005_plan_lifecycle by `pnpm --filter @plan/worker migrations`: do not edit.
-- Safe to apply to a database the app has already migrated (see scripts/migration-sql.ts).

create index if not exists "plans_revision" on "plans" ("revision_of", "imported_at");
insert or ignore into "kysely_migration" ("name", "timestamp") values ('0005_plan_lifecycle', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
