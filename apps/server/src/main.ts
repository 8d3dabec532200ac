// The Node entry: builds the dependencies from the environment and serves the API.
//   PORT (default 8787), HOST (default 127.0.0.1), PLAN_DB or DATABASE_URL (default ./.plan/plan.db),
//   PLAN_CORS_ORIGINS (comma-separated), PLAN_MAX_BODY_BYTES, PLAN_READ_TIMEOUT_MS and
//   PLAN_READ_MEMORY_MB (the time and heap one upload's reading may take).

import { runUntilSignalled } from "@plan/api/node";

const env = process.env;

/** A positive number from the environment, or undefined when unset; anything else stops the start. */
const positive = (name: string): number | undefined => {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name}=${raw}: expected a positive number`);
    process.exit(2);
  }
  return value;
};
const maxBodyBytes = positive("PLAN_MAX_BODY_BYTES");
const timeoutMs = positive("PLAN_READ_TIMEOUT_MS");
const memoryMb = positive("PLAN_READ_MEMORY_MB");

await runUntilSignalled({
  port: Number(env.PORT ?? 8787),
  hostname: env.HOST ?? "127.0.0.1",
  db: env.PLAN_DB ?? env.DATABASE_URL,
  corsOrigins: (env.PLAN_CORS_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
  ...(maxBodyBytes ? { maxBodyBytes } : {}),
  read: { ...(timeoutMs ? { timeoutMs } : {}), ...(memoryMb ? { memoryMb } : {}) },
});
