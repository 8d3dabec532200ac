// The Node entry: builds the dependencies from the environment and serves the API.
//   PORT (default 8787), HOST (default 127.0.0.1), PLAN_DB or DATABASE_URL (default ./.plan/plan.db),
//   and the settings settingsFromEnv reads: PLAN_CORS_ORIGINS (comma-separated), PLAN_MAX_BODY_BYTES,
//   PLAN_READ_TIMEOUT_MS, PLAN_READ_MEMORY_MB and PLAN_READ_QUEUE (the time and heap one reading of an upload
//   or of progress sheets, or one rendering of a 通报, may take, and how many may wait),
//   PLAN_BOOTSTRAP_SECRET (lets POST /bootstrap make the first admin key of an empty store).

import { runUntilSignalled, settingsFromEnv } from "@plan/api/node";

const env = process.env;
let settings: ReturnType<typeof settingsFromEnv>;
try {
  settings = settingsFromEnv(env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

await runUntilSignalled({ port: Number(env.PORT ?? 8787), hostname: env.HOST ?? "127.0.0.1", db: env.PLAN_DB ?? env.DATABASE_URL, ...settings });
