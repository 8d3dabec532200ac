// The Node entry: builds the dependencies from the environment and serves the API.
//   PORT (default 8787), HOST (default 127.0.0.1), PLAN_DB or DATABASE_URL (default ./.plan/plan.db),
//   PLAN_CORS_ORIGINS (comma-separated), PLAN_MAX_BODY_BYTES.

import { runUntilSignalled } from "@plan/api/node";

const env = process.env;
await runUntilSignalled({
  port: Number(env.PORT ?? 8787),
  hostname: env.HOST ?? "127.0.0.1",
  db: env.PLAN_DB ?? env.DATABASE_URL,
  corsOrigins: (env.PLAN_CORS_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
  ...(env.PLAN_MAX_BODY_BYTES ? { maxBodyBytes: Number(env.PLAN_MAX_BODY_BYTES) } : {}),
});
