// Writes migrations/*.sql from the store's migrations (see migration-sql.ts for why and how).
//   pnpm --filter @plan/worker migrations          rewrite the files
//   pnpm --filter @plan/worker migrations --check  exit 1 if they are stale

import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { migrationFiles } from "./migration-sql.js";

const dir = fileURLToPath(new URL("../migrations/", import.meta.url));
const check = process.argv.includes("--check");
const files = await migrationFiles();
mkdirSync(dir, { recursive: true });
const present = readdirSync(dir).filter((f) => f.endsWith(".sql"));
const stale = [...files.filter((f) => !present.includes(f.file) || readFileSync(`${dir}${f.file}`, "utf8") !== f.sql).map((f) => f.file), ...present.filter((p) => !files.some((f) => f.file === p))];
if (check) {
  if (stale.length > 0) {
    console.error(`migrations/ is stale (${stale.join(", ")}): run pnpm --filter @plan/worker migrations`);
    process.exit(1);
  }
  console.log(`migrations/ is up to date (${files.length} files)`);
} else {
  for (const p of present) if (!files.some((f) => f.file === p)) rmSync(`${dir}${p}`);
  for (const f of files) writeFileSync(`${dir}${f.file}`, f.sql);
  console.log(stale.length > 0 ? `wrote ${stale.join(", ")}` : `migrations/ was up to date (${files.length} files)`);
}
