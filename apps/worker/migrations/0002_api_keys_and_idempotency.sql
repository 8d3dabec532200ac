-- Generated from @plan/store's migration 0002_api_keys_and_idempotency by `pnpm --filter @plan/worker migrations`: do not edit.
-- Safe to apply to a database the app has already migrated (see scripts/migration-sql.ts).

create table if not exists "api_keys" ("id" text primary key, "hash" text not null unique, "role" text not null, "unit" text, "label" text not null, "created_at" text not null, "revoked_at" text);
create table if not exists "idempotency" ("actor" text not null, "key" text not null, "request_hash" text not null, "result_id" text not null, "created_at" text not null, constraint "idempotency_pk" primary key ("actor", "key"));
insert or ignore into "kysely_migration" ("name", "timestamp") values ('0002_api_keys_and_idempotency', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
